"""The layers in pyproject.toml hold, and the contracts would catch a wrong import.

`lint-imports` runs the same contracts in CI (make lint). These tests add imports that break
them to the real import graph in memory, so a contract that stopped checking anything (a typo in
a layer's name, say) fails here.
"""

from pathlib import Path

import grimp
import pytest
from importlinter import api
from importlinter.contracts.acyclic_siblings import AcyclicSiblingsContract
from importlinter.contracts.forbidden import ForbiddenContract
from importlinter.contracts.layers import LayersContract

ROOT = Path(__file__).resolve().parents[2]
CONTRACT_TYPES = {
    "layers": LayersContract,
    "acyclic_siblings": AcyclicSiblingsContract,
    "forbidden": ForbiddenContract,
}


@pytest.fixture(scope="module")
def configuration():
    return api.read_configuration(str(ROOT / "pyproject.toml"))


def contracts(configuration):
    session = configuration["session_options"]
    for options in configuration["contracts_options"]:
        kind = options["type"]
        yield CONTRACT_TYPES[kind](
            name=options["name"], session_options=session, contract_options=options
        )


def broken(configuration, graph):
    checked = contracts(configuration)
    return sorted(c.name for c in checked if not c.check(graph, verbose=False).kept)


@pytest.fixture
def graph(configuration):
    return grimp.build_graph(*configuration["session_options"]["root_packages"], cache_dir=None)


def add_import(graph, importer, imported):
    graph.add_import(
        importer=importer, imported=imported, line_number=1, line_contents=f"import {imported}"
    )


def test_the_code_keeps_every_contract(configuration, graph):
    assert broken(configuration, graph) == []


def test_the_core_importing_an_app_breaks_the_layers(configuration, graph):
    add_import(graph, "core.text", "examples.pages")
    assert [name for name in broken(configuration, graph) if name.startswith("Layers")]


def test_the_two_domain_apps_may_not_know_each_other(configuration, graph):
    add_import(graph, "examples.pages", "mandates.drafts")
    assert [name for name in broken(configuration, graph) if name.startswith("Layers")]


def test_a_cycle_inside_an_app_breaks_the_cycle_contract(configuration, graph):
    add_import(graph, "mandates.drafts", "mandates.views.steps")
    assert "No import cycles inside any package" in broken(configuration, graph)


def test_an_app_may_not_import_the_settings(configuration, graph):
    add_import(graph, "glossary.models", "portal.settings.base")
    assert [name for name in broken(configuration, graph) if name.startswith("Settings")]
