"""The demo loader builds the whole tree, changes nothing on a second run, completes a half-built
tree and never overwrites what editors changed; and what the demo content says where its words
are the point. Every test here asks for ``demo_content`` (loaded once for the folder)."""

from django.core.management import call_command

from wagtail.models import Page, Revision, Site

import pytest

from demo.data import examples as example_data
from demo.data import examples_veiviseren as more_example_data
from demo.data import glossary as glossary_data
from demo.data import glossary_processes as more_glossary_data
from demo.data import information as information_data
from demo.data import law as law_data
from demo.data import processes as process_modules
from demo.data.sections import THEMES
from demo.loader import DemoContentLoader
from examples.models import ExamplePage, ExampleTheme
from glossary.models import GlossaryTerm
from home.models import InformationPage, ResourcePage
from legal.models import LegalProvision
from phases.models import AreaPage, PhasePage, PlanningStepPage, SubProcessPage, WorkProcessPage
from places.regions import Municipality

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("url_path", "latest_revision_id", "live")),
        "revisions": Revision.objects.count(),
        "terms": GlossaryTerm.objects.count(),
        "municipalities": Municipality.objects.count(),
    }


def test_demo_tree_is_complete(demo_content):
    process = WorkProcessPage.objects.get(slug="organisering-og-tverrfaglig-samarbeid")
    assert WorkProcessPage.objects.live().count() == 1 + len(process_modules.MODULES) == 15
    assert AreaPage.objects.live().count() == 7
    assert WorkProcessPage.objects.filter(kind="circular").count() == 1
    assert PlanningStepPage.objects.live().count() == 6
    # 5 in the first process, 49 in the other linear ones, 5 of the fag-/temaplan step's own
    assert PhasePage.objects.live().count() == 5 + 49 + 5
    assert SubProcessPage.objects.live().count() == 4
    phases = PhasePage.objects.child_of(process).values_list("number", flat=True)
    assert sorted(phases) == [1, 2, 3, 4, 5]
    examples = len(example_data.EXAMPLES) + len(more_example_data.EXAMPLES)
    assert ExamplePage.objects.live().count() == examples >= 59
    terms = len(glossary_data.TERMS) + len(more_glossary_data.TERMS)
    assert GlossaryTerm.objects.filter(live=True).count() == terms >= 160
    assert LegalProvision.objects.count() == len(law_data.PROVISIONS)
    assert ResourcePage.objects.live().count() == 2
    assert InformationPage.objects.live().count() == len(information_data.PAGES) == 3
    assert Site.objects.get(is_default_site=True).root_page.specific_class.__name__ == "HomePage"


def test_every_example_has_municipality_county_themes_and_phases(demo_content):
    data = {e["slug"]: e for e in example_data.EXAMPLES + more_example_data.EXAMPLES}
    for example in ExamplePage.objects.live().select_related("municipality"):
        if data[example.slug].get("municipality"):
            assert example.municipality.today_county, example.title
        tags = [tag.name for tag in example.tags.all()]
        assert 1 <= len(tags) <= 5, (example.title, tags)
        assert set(tags) <= set(THEMES), (example.title, tags)
        if data[example.slug].get("phases") or example.slug in {
            e["slug"] for e in example_data.EXAMPLES
        }:
            assert example.phases.exists(), example.title


def test_old_examples_keep_their_former_municipality(demo_content):
    fjell = ExamplePage.objects.get(municipality__number="1246")
    assert str(fjell.municipality) == "Fjell (nå Øygarden)"
    assert fjell.municipality.today_county.name == "Vestland"


def test_nynorsk_examples_stay_nynorsk(demo_content):
    stord = ExamplePage.objects.get(slug="bustadsosialt-forum-stord")
    assert stord.language == "nn"
    assert "bustad" in (stord.title + stord.summary).lower()


def test_second_run_changes_nothing(demo_content):
    before = snapshot()
    report = DemoContentLoader().run()
    assert report.total == 0
    assert snapshot() == before


def test_command_says_nothing_changed(demo_content, capsys):
    call_command("load_demo_content")
    assert "ingenting ble endret" in capsys.readouterr().out


def test_half_built_tree_is_completed(demo_content):
    process = WorkProcessPage.objects.get(slug="organisering-og-tverrfaglig-samarbeid")
    expected = snapshot()
    PhasePage.objects.child_of(process).get(number=4).delete()
    SubProcessPage.objects.get(slug="gjennomforing-av-utkastelse").delete()
    PlanningStepPage.objects.get(number=6).delete()
    ExamplePage.objects.get(slug="asker-velferdslab").delete()
    GlossaryTerm.objects.get(slug="mandat").delete()
    report = DemoContentLoader().run()
    assert report.created == {
        "PhasePage": 1,
        "SubProcessPage": 1,
        "PlanningStepPage": 1,
        "ExamplePage": 1,
        "GlossaryTerm": 1,
    }
    after = snapshot()
    assert after["terms"] == expected["terms"]
    assert [p[0] for p in after["pages"]] == [p[0] for p in expected["pages"]]


def test_editors_changes_survive_a_rerun(demo_content):
    phase = PhasePage.objects.child_of(
        WorkProcessPage.objects.get(slug="organisering-og-tverrfaglig-samarbeid")
    ).get(number=2)
    phase.title = "Kunnskapsgrunnlag (redigert)"
    phase.save_revision().publish()
    DemoContentLoader().run()
    phase.refresh_from_db()
    assert phase.title == "Kunnskapsgrunnlag (redigert)"


def test_empty_database_is_built_from_scratch(demo_content):
    Site.objects.all().delete()
    Page.objects.all().delete()
    DemoContentLoader().run()
    assert Site.objects.get(is_default_site=True).root_page.title == "Boligsosial veiviser"
    assert PhasePage.objects.live().count() == 5 + 49 + 5
    assert SubProcessPage.objects.live().count() == 4
    assert Municipality.objects.current().count() == 357


def test_demo_examples_use_only_the_curated_themes(demo_content):
    assert set(ExampleTheme.objects.values_list("name", flat=True)) == set(THEMES)


def test_the_statements_point_to_the_address_in_the_footer(client, demo_content):
    for url in ("/personvern/", "/tilgjengelighet/"):
        html = client.get(url).content.decode()
        assert "e-postadressen nederst på siden" in html, url
        assert 'href="mailto:redaksjonen@boligsosial.example"' in html, url


def test_the_site_is_served_at_the_public_base_url(demo_content, settings):
    """The loader gives the Wagtail Site the address of PUBLIC_BASE_URL, so every absolute link
    Wagtail builds (sitemap, API, feed, e-mails: tests/portal/test_public_urls.py) points there."""
    settings.PUBLIC_BASE_URL = "https://veiviser.example.no"
    call_command("load_demo_content", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("veiviser.example.no", 443)
    assert site.root_page.full_url == "https://veiviser.example.no/"
