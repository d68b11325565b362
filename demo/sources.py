"""The note on the demo content (demo/SOURCES.md): every process, phase, step and sub-process,
the public page each was written from, and the counts of examples, municipalities and terms.

The note is made from the data modules, so it cannot drift from what the loader builds:
``python -m demo.sources > demo/SOURCES.md`` rewrites it, and tests/portal/test_demo_sources.py
fails when the file and the data disagree. A page's own source is the module's source whose
address ends with the page's slug or whose title names the page; a page with none (veiviseren's
page was not among the stored public pages) says so, and the writers' notes in demo/notes/ give
what it was written from instead.
"""

import importlib
import re
import sys

from demo.data import areas as area_data
from demo.data import examples as example_data
from demo.data import examples_veiviseren as more_example_data
from demo.data import glossary as glossary_data
from demo.data import glossary_processes as more_glossary_data
from demo.data import law as law_data
from demo.data import process as process_data
from demo.data import processes as process_modules
from demo.data import understanding as understanding_data

FIRST_PROCESS_SOURCE = (
    "veiviserens «Organisering og tverrfaglig samarbeid» (kildematerialet i ../shared/seeds/)"
)


def process_modules_in_order():
    return [process_data] + [
        importlib.import_module(f"{process_modules.__name__}.{name}")
        for name in process_modules.MODULES
    ]


def own_sources(sources, item, process_slug=None):
    """The module's sources that are the page's own page: its address ends with the page's slug,
    or its title names the page («… – Fase 1: Formidling av flyktninger», «Forfase (…)»), or, for
    a phase of the process itself, it is the process's page with the phase's number («Fase 1:
    Kartlegging og planlegging av første del av soning» under …/loslatelse-fra-forvaring/)."""
    title = item["title"].lower()
    number = item.get("number", "")
    numbered = [f"{word} {number}: {title}" for word in ("fase", "trinn") if number]
    found = []
    for source in sources:
        source_title = source["title"].lower()
        parts = [part.strip() for part in re.split(r" – |: ", source_title)]
        if (
            source["url"].rstrip("/").rsplit("/", 1)[-1] == item["slug"]
            or any(n in source_title for n in numbered)
            or any(part == title or part.startswith(f"{title} (") for part in parts)
            or (
                process_slug
                and number
                and f"/{process_slug}/" in source["url"]
                and re.search(rf"\b(fase|trinn) {number}:", source_title)
            )
        ):
            found.append(source)
    return found


def cite(sources):
    if not sources:
        return "ingen egen side blant de lagrede offentlige sidene; se skribentens notat"
    return "; ".join(f"[{s['title']}]({s['url']})" for s in sources)


def page_lines(sources, item, kind, indent, process_slug=None):
    number = f" {item['number']}" if "number" in item else ""
    heading = f"{kind}{number}: {item['title']}"
    lines = [f"{indent}- {heading} — {cite(own_sources(sources, item, process_slug))}"]
    for phase in item.get("phases", []):
        lines += page_lines(sources, phase, "Fase", indent + "  ")
    for sub in item.get("subprocesses", []):
        lines += page_lines(sources, sub, "Delprosess", indent + "  ")
    return lines


def counts():
    examples = example_data.EXAMPLES + more_example_data.EXAMPLES
    municipalities = {e["municipality"] for e in examples if e.get("municipality")}
    return {
        "examples": len(examples),
        "municipalities": len(municipalities),
        "terms": len(glossary_data.TERMS) + len(more_glossary_data.TERMS),
        "provisions": len(law_data.PROVISIONS),
    }


def note():
    areas = {area["slug"]: area["title"] for area in area_data.AREAS}
    figures = counts()
    lines = [
        "# Demoinnholdet og kildene",
        "",
        "Laget av `python -m demo.sources` fra `demo/data/` (ikke rediger for hånd). Hver side er "
        "skrevet med egne ord; fakta, navn, tall og årstall er hentet fra kildene. Skribentenes "
        "notater med alle kildene per fase ligger i `demo/notes/`.",
        "",
        f"- Eksempler: {figures['examples']}, fra {figures['municipalities']} kommuner",
        f"- Ordlistebegreper: {figures['terms']}",
        f"- Lovhjemler: {figures['provisions']}",
        "",
    ]
    for module in process_modules_in_order():
        process = module.WORK_PROCESS
        area = areas.get(getattr(module, "AREA", "planlegge-lede-og-utvikle"), "")
        sources = getattr(module, "SOURCES", [])
        lines += [f"## {process['title']}", "", f"Arbeidsområde: {area}.", ""]
        if module is process_data:
            lines.append(f"Skrevet fra {FIRST_PROCESS_SOURCE}.")
        else:
            lines.append(f"Skrevet fra {len(sources)} offentlige kilder, blant dem:")
            lines += [f"- [{s['title']}]({s['url']})" for s in sources[:3]]
        lines.append("")
        circular = process.get("kind") == "circular"
        for item in module.PHASES:
            if module is process_data:
                number = f" {item['number']}" if "number" in item else ""
                lines.append(f"- Fase{number}: {item['title']}")
            else:
                lines += page_lines(
                    sources, item, "Trinn" if circular else "Fase", "", process["slug"]
                )
        lines.append("")
    lines += ["## Forstå helheten", ""]
    lines += [
        f"- Suksessfaktor: {factor['title']}" for factor in understanding_data.SUCCESS_FACTORS
    ]
    lines.append(
        f"- Bruker- og pårørendeorganisasjoner: {len(understanding_data.USER_ORGANISATIONS)}"
    )
    lines += ["", "Kilder:"]
    lines += [f"- [{s['title']}]({s['url']})" for s in understanding_data.SOURCES]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(note())
