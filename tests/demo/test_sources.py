"""The note on the demo content (demo/SOURCES.md) lists every process, phase, step and
sub-process the loader builds, with its source, and the figures it states are the data's."""

from pathlib import Path

from demo.data import examples as example_data
from demo.data import examples_veiviseren as more_example_data
from demo.sources import note, process_modules_in_order

NOTE = Path(__file__).resolve().parents[2] / "demo" / "SOURCES.md"


def test_the_note_is_the_one_the_data_gives():
    assert NOTE.read_text(encoding="utf-8") == note(), (
        "run: python -m demo.sources > demo/SOURCES.md"
    )


def test_every_page_of_every_process_is_in_the_note_with_a_source_or_a_reason():
    lines = NOTE.read_text(encoding="utf-8").splitlines()
    pages = 0
    for module in process_modules_in_order()[1:]:  # the first: one source for the process
        assert f"## {module.WORK_PROCESS['title']}" in lines
        for item in module.PHASES:
            for page in [item, *item.get("phases", []), *item.get("subprocesses", [])]:
                line = next(line for line in lines if f": {page['title']} — " in line)
                assert "](https://" in line or "ingen egen side" in line, line
                pages += 1
    assert pages == 49 + 4 + 6 + 5  # phases, sub-processes, planning steps, a step's phases


def test_the_counts_are_the_datas():
    examples = example_data.EXAMPLES + more_example_data.EXAMPLES
    text = NOTE.read_text(encoding="utf-8")
    municipalities = {e["municipality"] for e in examples if e.get("municipality")}
    assert f"- Eksempler: {len(examples)}, fra {len(municipalities)} kommuner" in text
    assert len(examples) == 59 and len(municipalities) == 34
