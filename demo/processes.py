"""Work processes from the data modules: areas, processes, phases, planning steps and their
phases, and sub-processes. Like the rest of the loader, it only creates pages that are missing:
a page is found by its slug under its parent, and a process anywhere under the process section,
so a process an editor moved to another area is not made again."""

from wagtail.models import Page

from phases.models import (
    AreaPage,
    PhasePage,
    PlanningStepPage,
    SubProcessPage,
    WorkProcessPage,
)


def html_to_body(html):
    return [{"type": "paragraph", "value": html}] if html else []


def stream(block_type, values):
    return [{"type": block_type, "value": value} for value in values]


def task_groups(data):
    return stream(
        "task_group",
        [
            {
                "heading": group["heading"],
                "tasks": [
                    {
                        "text": task["text"],
                        "responsible": task.get("responsible", []),
                        "sub_points": task.get("sub_points", []),
                    }
                    for task in group["tasks"]
                ],
            }
            for group in data.get("task_groups", [])
        ],
    )


def tools(data):
    return stream(
        "tool",
        [
            {
                "title": tool["title"],
                "description": tool.get("description", ""),
                "page": None,
                "url": tool.get("url", ""),
            }
            for tool in data.get("tools", [])
        ],
    )


class ProcessBuilder:
    """Builds one process's pages; ``loader`` publishes them and counts what it made."""

    def __init__(self, loader, terms, provisions):
        self.loader = loader
        self.terms = terms
        self.provisions = provisions

    def law_references(self, data):
        return stream(
            "provision",
            [
                {"provision": self.provisions[key].pk, "note": ""}
                for key in data.get("law_references", [])
                if key in self.provisions
            ],
        )

    def existing(self, parent, slug):
        page = Page.objects.child_of(parent).filter(slug=slug).first()
        return page.specific if page is not None else None

    def create(self, parent, page, data):
        parent.add_child(instance=page)
        page.glossary_terms.set(
            [self.terms[s] for s in data.get("glossary_terms", []) if s in self.terms]
        )
        page.save_revision().publish()
        self.loader.report.add(type(page).__name__)
        return page

    def area(self, index, data):
        return self.existing(index, data["slug"]) or self.loader.publish_new_child(
            index, AreaPage(title=data["title"], slug=data["slug"], intro=data.get("intro", ""))
        )

    def process(self, index, parent, data, phases):
        """The process (found anywhere under ``index``) and its pages; returns its phases by
        number, and for a planning circle by (step, number)."""
        page = WorkProcessPage.objects.descendant_of(index).filter(slug=data["slug"]).first()
        if page is None:
            page = self.create(
                parent,
                WorkProcessPage(
                    title=data["title"],
                    slug=data["slug"],
                    search_description=data.get("search_description", ""),
                    kind=data.get("kind", WorkProcessPage.Kind.LINEAR),
                    intro=data["intro"],
                    background=data.get("background", ""),
                    body=html_to_body(data.get("body", "")),
                    law_references=self.law_references(data),
                ),
                data,
            )
        by_number = {}
        if page.kind == WorkProcessPage.Kind.CIRCULAR:
            for step_data in phases:
                step = self.step(page, step_data)
                by_number[step_data["number"]] = step
                for phase_data in step_data.get("phases", []):
                    by_number[(step_data["number"], phase_data["number"])] = self.phase(
                        step, phase_data
                    )
        else:
            for phase_data in phases:
                by_number[phase_data["number"]] = self.phase(page, phase_data)
        return page, by_number

    def step(self, process, data):
        slug = f"trinn-{data['number']}-{data['slug']}"
        return self.existing(process, slug) or self.create(
            process,
            PlanningStepPage(
                title=data["title"],
                slug=slug,
                number=data["number"],
                who_does_what=data.get("who_does_what", ""),
                background=data.get("background", ""),
                description=data["description"],
                task_groups=task_groups(data),
                tools=tools(data),
                law_references=self.law_references(data),
            ),
            data,
        )

    def phase(self, parent, data):
        slug = f"fase-{data['number']}-{data['slug']}"
        phase = self.existing(parent, slug) or self.create(
            parent,
            PhasePage(
                title=data["title"],
                slug=slug,
                number=data["number"],
                short_description=data["short_description"],
                results_intro=data.get("results_intro", ""),
                results=stream("result", data.get("results", [])),
                task_groups=task_groups(data),
                reflection_questions=stream("question", data.get("reflection_questions", [])),
                tools=tools(data),
                law_references=self.law_references(data),
            ),
            data,
        )
        for sub in data.get("subprocesses", []):
            self.subprocess(phase, sub)
        return phase

    def subprocess(self, phase, data):
        return self.existing(phase, data["slug"]) or self.create(
            phase,
            SubProcessPage(
                title=data["title"],
                slug=data["slug"],
                background=data.get("background", ""),
                short_description=data["short_description"],
                results_intro=data.get("results_intro", ""),
                results=stream("result", data.get("results", [])),
                task_groups=task_groups(data),
                reflection_questions=stream("question", data.get("reflection_questions", [])),
                tools=tools(data),
                law_references=self.law_references(data),
            ),
            data,
        )
