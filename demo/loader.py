"""Build the demo portal from the data modules in ``demo.data``.

The loader only *creates* what is missing; it never changes what exists. So a second run changes
nothing, an interrupted run is completed by the next one, and editors' changes to demo pages
survive a rerun. The one exception is the Site's address, which is configuration and
follows PUBLIC_BASE_URL on every run. Everything is published through revisions, as an editor would.
"""

import importlib
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from core.indexing import search_index_updates_deferred
from demo.data import areas as area_data
from demo.data import examples as example_data
from demo.data import examples_veiviseren as more_example_data
from demo.data import glossary as glossary_data
from demo.data import glossary_processes as more_glossary_data
from demo.data import information as information_data
from demo.data import law as law_data
from demo.data import municipalities as municipality_data
from demo.data import process as process_data
from demo.data import processes as process_modules
from demo.data import resources as resource_data
from demo.data import sections as section_data
from demo.data import understanding as understanding_data
from demo.data import wizard as wizard_data
from demo.processes import ProcessBuilder, html_to_body
from examples.editorial import ensure_moderation
from examples.models import ExampleIndexPage, ExamplePage, ExampleTheme, TargetGroup
from glossary.models import GlossaryIndexPage, GlossaryTerm
from glossary.signals import usage_refreshed_once
from home.models import (
    HomeFeaturedProcess,
    HomePage,
    InformationPage,
    ResourceIndexPage,
    ResourcePage,
    SiteContact,
    UnderstandingPage,
)
from legal.models import LegalIndexPage, LegalProvision
from mandates.models import MandateWizardPage, StepGuidance
from phases.models import WorkProcessIndexPage, WorkProcessPage
from phases.roles import ensure_standard_roles
from places.loading import sync_register
from places.regions import County, Municipality


def public_site_address(base_url):
    """(hostname, port) of the Wagtail Site that serves ``base_url`` (PUBLIC_BASE_URL), so
    the Site's root URL, and every absolute link Wagtail builds from it, is that address."""
    parts = urlsplit(base_url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname or "localhost", port


@dataclass
class LoadReport:
    created: dict = field(default_factory=dict)

    def add(self, kind, count=1):
        self.created[kind] = self.created.get(kind, 0) + count

    @property
    def total(self):
        return sum(self.created.values())


def html_to_sections(html):
    """Body blocks from HTML with <h2> headings: a heading block, then the text under it."""
    parts = re.split(r"<h2>(.*?)</h2>", html)
    body = html_to_body(parts[0].strip())
    for heading, text in zip(parts[1::2], parts[2::2], strict=True):
        body.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
        body += html_to_body(text.strip())
    return body


class DemoContentLoader:
    def __init__(self):
        self.report = LoadReport()

    def run(self):
        with transaction.atomic(), usage_refreshed_once(), search_index_updates_deferred():
            return self._run()

    def _run(self):
        home = self.load_home()
        provisions = self.load_provisions()
        terms = self.load_glossary(provisions)
        if roles := ensure_standard_roles():
            self.report.add("ResponsibleRole", roles)
        municipalities = self.load_municipalities()
        self.load_themes()
        target_groups = self.load_target_groups()
        process_index = self.child(home, WorkProcessIndexPage, section_data.PROCESS_INDEX)
        phases = self.load_processes(home, process_index, terms, provisions)
        example_index = self.child(home, ExampleIndexPage, section_data.EXAMPLE_INDEX)
        ensure_moderation(example_index)
        self.load_examples(example_index, municipalities, target_groups, phases)
        self.child(home, GlossaryIndexPage, section_data.GLOSSARY_INDEX)
        self.load_understanding(home)
        self.child(home, LegalIndexPage, section_data.LEGAL_INDEX)
        resource_index = self.child(home, ResourceIndexPage, section_data.RESOURCE_INDEX)
        self.load_resources(resource_index)
        self.load_wizard(home)
        self.load_information(home)
        self.load_contact()
        return self.report

    # Pages -----------------------------------------------------------------------------------

    def publish_new_child(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.report.add(type(page).__name__)
        return page

    def missing_children(self, parent, items):
        """The items whose slug is not yet a child of ``parent`` (what a re-run must still add)."""
        existing = set(Page.objects.child_of(parent).values_list("slug", flat=True))
        return [data for data in items if data["slug"] not in existing]

    def child(self, parent, page_class, data, **extra):
        """The child of ``parent`` with the slug in ``data``, created and published if missing."""
        existing = Page.objects.child_of(parent).filter(slug=data["slug"]).first()
        if existing is not None:
            return existing.specific
        return self.publish_new_child(parent, page_class(**data, **extra))

    def load_home(self):
        home = HomePage.objects.first()
        root = Page.get_first_root_node()
        if root is None:  # an emptied database: rebuild what Wagtail's migrations normally create
            Locale.objects.get_or_create(
                language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
            )
            root = Page.add_root(instance=Page(title="Root", slug="root"))
            self.report.add("Root")
        if home is None:
            home = HomePage(**section_data.HOME)
            root.add_child(instance=home)
            home.save_revision().publish()
            self.report.add("HomePage")
        hostname, port = public_site_address(settings.PUBLIC_BASE_URL)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname=hostname,
                port=port,
                root_page=home,
                is_default_site=True,
                site_name="Boligsosial veiviser",
            )
            self.report.add("Site")
        elif (site.root_page_id, site.hostname, site.port) != (home.pk, hostname, port):
            # The address is configuration, not content: it follows PUBLIC_BASE_URL on every run.
            site.root_page = home
            site.hostname, site.port = hostname, port
            site.site_name = site.site_name or "Boligsosial veiviser"
            site.save()
            self.report.add("Site")
        # Wagtail's install leaves a bare "Welcome" page at the top; it has no place in the portal.
        Page.objects.child_of(root).exact_type(Page).filter(slug="home").delete()
        return home

    def load_processes(self, home, process_index, terms, provisions):
        """Every process in its area; returns {process slug: its phases by number} (by
        (step, number) for a planning step's phases)."""
        builder = ProcessBuilder(self, terms, provisions)
        areas = {data["slug"]: builder.area(process_index, data) for data in area_data.AREAS}
        modules = [process_data] + [
            importlib.import_module(f"{process_modules.__name__}.{name}")
            for name in process_modules.MODULES
        ]
        phases = {}
        for module in modules:
            data = dict(module.WORK_PROCESS)
            area = areas.get(getattr(module, "AREA", "planlegge-lede-og-utvikle"), process_index)
            existed = (
                WorkProcessPage.objects.descendant_of(process_index)
                .filter(slug=data["slug"])
                .exists()
            )
            process, by_number = builder.process(process_index, area, data, module.PHASES)
            if module is process_data and not existed:
                HomeFeaturedProcess.objects.create(page=home, process=process, sort_order=0)
            phases[data["slug"]] = by_number
        return phases

    def load_examples(self, index, municipalities, target_groups, phases):
        """The first examples (phases of «Organisering og tverrfaglig samarbeid») and the ones
        from veiviseren's bank, each linked to the phases of the process it names."""
        items = [
            {**data, "process": process_data.WORK_PROCESS["slug"]} for data in example_data.EXAMPLES
        ] + more_example_data.EXAMPLES
        for data in self.missing_children(index, items):
            source = data.get("source") or {}
            contact = data.get("contact") or {}
            page = ExamplePage(
                title=data["title"],
                slug=data["slug"],
                municipality=self.example_municipality(data, municipalities),
                responsible_unit=data.get("responsible_unit") or "",
                language=data.get("language", "nb"),
                summary=data["summary"],
                background=data.get("background", ""),
                body=html_to_body(data.get("body", "")),
                results=data.get("results", ""),
                start_year=data.get("start_year"),
                end_year=data.get("end_year"),
                source_url=source.get("url", ""),
                source_title=source.get("title", ""),
                source_published=source.get("published", ""),
                contact_name=contact.get("name", ""),
                contact_role=", ".join(p for p in (contact.get("role"), contact.get("unit")) if p),
                last_reviewed=date.fromisoformat(data["last_reviewed"])
                if data.get("last_reviewed")
                else None,
            )
            index.add_child(instance=page)
            page.tags.add(*data.get("tags", []))
            page.target_groups.set(
                [
                    target_groups[key]
                    for key in data.get("target_groups", [])
                    if key in target_groups
                ]
            )
            process_phases = phases.get(data.get("process"), {})
            step = data.get("step")
            keys = [(step, n) if step else n for n in data.get("phases", [])]
            page.phases.set([process_phases[k] for k in keys if k in process_phases])
            page.save_revision().publish()
            self.report.add("ExamplePage")

    def example_municipality(self, data, municipalities):
        """Today's municipality by name, or the former one ("Fjell", now part of Øygarden) the
        example comes from; None when the source names no municipality."""
        name, former = data.get("municipality"), data.get("former_municipality")
        if name is None:
            return None
        if name in municipalities:
            return municipalities[name]
        current = Municipality.objects.current().get(name=name)
        if former:
            return Municipality.objects.former().get(name=former, successors=current)
        return current

    def load_resources(self, index):
        for data in self.missing_children(index, resource_data.RESOURCES):
            self.publish_new_child(
                index,
                ResourcePage(
                    title=data["title"],
                    slug=data["slug"],
                    kind=data.get("kind", ResourcePage.Kind.REPORT),
                    authors=", ".join(data.get("authors", [])),
                    publisher=data.get("publisher", ""),
                    year=data.get("year"),
                    summary=data["summary"],
                    body=html_to_body(data.get("body", "")),
                    link_url=data.get("link_url", ""),
                ),
            )

    # Snippets --------------------------------------------------------------------------------

    def load_wizard(self, home):
        if Page.objects.child_of(home).filter(slug=wizard_data.WIZARD["slug"]).exists():
            return
        page = MandateWizardPage(
            **wizard_data.WIZARD,
            guidance=[StepGuidance(**item) for item in wizard_data.GUIDANCE],
        )
        self.publish_new_child(home, page)

    def load_understanding(self, home):
        data = section_data.UNDERSTANDING
        if Page.objects.child_of(home).filter(slug=data["slug"]).exists():
            return
        page = UnderstandingPage(
            **data,
            success_factors=[
                {
                    "type": "factor",
                    "value": {"title": f["title"], "summary": f["summary"], "body": f["body"]},
                }
                for f in understanding_data.SUCCESS_FACTORS
            ],
            organisations=[
                {
                    "type": "organisation",
                    "value": {"name": o["name"], "what": o["what"], "url": o.get("url", "")},
                }
                for o in understanding_data.USER_ORGANISATIONS
            ],
        )
        self.publish_new_child(home, page)

    def load_contact(self):
        """The footer's contact details, unless somebody has already filled them in."""
        contact = SiteContact.for_site(Site.objects.get(is_default_site=True))
        if not (contact.email or contact.phone or contact.organisation):
            for name, value in information_data.CONTACT.items():
                setattr(contact, name, value)
            contact.save()
            self.report.add("SiteContact")

    def load_information(self, home):
        for data in self.missing_children(home, information_data.PAGES):
            page = InformationPage(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                body=html_to_sections(data["body"]),
                last_updated=information_data.UPDATED,
            )
            self.publish_new_child(home, page)

    def load_provisions(self):
        provisions = {p.key: p for p in LegalProvision.objects.all()}
        for data in law_data.PROVISIONS:
            if data["key"] not in provisions:
                provisions[data["key"]] = LegalProvision.objects.create(
                    key=data["key"],
                    law=data["law"],
                    short_name=data["short"],
                    section=data["section"],
                    title=data["title"],
                    url=data["url"],
                    last_checked=date.fromisoformat(data["last_checked"])
                    if data["last_checked"]
                    else None,
                )
                self.report.add("LegalProvision")
        return provisions

    def load_glossary(self, provisions):
        terms = {term.slug: term for term in GlossaryTerm.objects.all()}
        new = []
        for data in glossary_data.TERMS + more_glossary_data.TERMS:
            if data["slug"] in terms:
                continue
            term = GlossaryTerm(
                term=data["term"],
                slug=data["slug"],
                definition=data["definition"],
                variants="\n".join(data.get("variants", [])),
                law_references=[
                    {"type": "provision", "value": {"provision": provisions[key].pk, "note": ""}}
                    for key in data.get("law_references", [])
                    if key in provisions
                ],
            )
            term.save()
            terms[term.slug] = term
            new.append((term, data))
        for term, data in new:
            term.related_terms.set([terms[s] for s in data.get("related", []) if s in terms])
            term.save_revision().publish()
        self.report.add("GlossaryTerm", len(new))
        return terms

    def load_municipalities(self):
        """The register (places/data/; a migration loads it, this completes a flushed one)."""
        counts = sync_register(County, Municipality, create_only=True)
        if counts["created"]:
            self.report.add("Municipality", counts["created"])
        numbers = {data["name"]: data["number"] for data in municipality_data.MUNICIPALITIES}
        by_number = Municipality.objects.in_bulk(numbers.values(), field_name="number")
        return {name: by_number[number] for name, number in numbers.items()}

    def load_themes(self):
        for name in section_data.THEMES:
            _, created = ExampleTheme.objects.get_or_create(
                name=name, defaults={"slug": slugify(name)}
            )
            if created:
                self.report.add("ExampleTheme")

    def load_target_groups(self):
        groups = {}
        for name, slug in section_data.TARGET_GROUPS:
            group, created = TargetGroup.objects.get_or_create(slug=slug, defaults={"name": name})
            if created:
                self.report.add("TargetGroup")
            groups[name] = groups[slug] = group
        return groups
