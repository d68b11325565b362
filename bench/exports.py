"""How fast a mandate is exported, in every format, with a work plan of 200 tasks.

The mandate is `mandate_samples.large_document` (the realistic mandate, every field filled in,
7 members, 200 tasks of which every tenth is a milestone), exported in memory (no database):
Word, Word on a municipality's template (with a logo), OpenDocument, PDF/A, the same PDF/A again
(the download view's cache: same content, no WeasyPrint), CSV and iCalendar.
Each format is warmed up once, then timed over RUNS runs (PDF_RUNS for the PDF); prints p50, p95
and max wall-clock time, the CPU time of the median run (the machine may be busy with other
work; CPU time is what the export itself costs), the file size and, for the PDF, its pages.
Goal: each under 1 s.

    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python bench/exports.py
    TASKS=47 RUNS=10 .venv/bin/python bench/exports.py
"""

import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from docx import Document  # noqa: E402
from PIL import Image  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from bench.mandate_samples import large_document  # noqa: E402
from mandates.exports import build_csv, build_docx, build_ics, build_odt, build_pdf  # noqa: E402
from mandates.exports.pdf import cached_pdf  # noqa: E402
from mandates.exports.word_template import check_template  # noqa: E402

TASKS = int(os.environ.get("TASKS", "200"))
RUNS = int(os.environ.get("RUNS", "20"))
PDF_RUNS = int(os.environ.get("PDF_RUNS", "8"))


def template():
    """A municipality's template: its own heading style and a header with a logo."""
    doc = Document()
    doc.styles["Heading 1"].font.name = "Georgia"
    logo = io.BytesIO()
    Image.new("RGB", (300, 120), (20, 60, 120)).save(logo, "PNG")
    logo.seek(0)
    header = doc.sections[0].header.paragraphs[0]
    header.add_run().add_picture(logo)
    header.add_run("Nordre Ås kommune")
    out = io.BytesIO()
    doc.save(out)
    return check_template("mal.docx", out.getvalue())


def percentile(sorted_values, share):
    return sorted_values[min(len(sorted_values) - 1, round(share * (len(sorted_values) - 1)))]


def measure(label, build, document, runs):
    build(document)  # warm-up
    results = []
    for _ in range(runs):
        cpu, wall = time.process_time(), time.perf_counter()
        data = build(document)
        results.append(((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000))
    walls = sorted(wall for wall, _ in results)
    median_cpu = statistics.median(cpu for _, cpu in results)
    extra = f", {len(PdfReader(io.BytesIO(data)).pages)} pages" if data[:4] == b"%PDF" else ""
    p50, p95 = statistics.median(walls), percentile(walls, 0.95)
    print(
        f"  {label:<13} p50 {p50:7.0f} ms  p95 {p95:7.0f} ms  max {walls[-1]:7.0f} ms"
        f"  cpu {median_cpu:7.0f} ms  {len(data) / 1024:6.0f} kB{extra}"
    )


def main():
    document = large_document(TASKS)
    municipal = template()
    load = os.getloadavg()[0]
    print(
        f"Mandate export: {len(document.tasks)} tasks ({len(document.milestones)} milestones), "
        f"{len(document.members)} members; {RUNS} runs ({PDF_RUNS} for the PDF) after a "
        f"warm-up; load average {load:.1f} on {os.cpu_count()} cores"
    )
    measure("Word", build_docx, document, RUNS)
    measure("Word + mal", lambda d: build_docx(d, municipal), document, RUNS)
    measure("OpenDocument", build_odt, document, RUNS)
    measure("PDF/A-2b", build_pdf, document, PDF_RUNS)
    measure("PDF/A again", cached_pdf, document, RUNS)  # the same content: from the cache
    measure("CSV", build_csv, document, RUNS)
    measure("iCalendar", build_ics, document, RUNS)


if __name__ == "__main__":
    main()
