"""Law references as data: the list of every provision the portal cites (where, and when it was
last checked) and the editors' report of provisions not checked for 12 months."""

from datetime import date, timedelta

from django.test import Client

import pytest

from glossary.factories import GlossaryTermFactory
from legal.factories import LegalIndexPageFactory, LegalProvisionFactory, law_references
from legal.models import LegalIndexPage, LegalProvision
from phases.factories import PhasePageFactory, WorkProcessPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cited(site_tree):
    """Two provisions cited by a phase and a glossary term, one cited by nothing, one cited only
    by an unpublished phase."""
    old = LegalProvisionFactory(
        key="proveloven-9-11",
        section="§ 9-11",
        title="Varsel til Nav",
        last_checked=date.today() - timedelta(days=400),
    )
    fresh = LegalProvisionFactory(key="proveloven-3-5", section="§ 3-5", title="Depositum")
    unused = LegalProvisionFactory(key="proveloven-1-1", section="§ 1-1", last_checked=None)
    hidden = LegalProvisionFactory(key="proveloven-2-1", section="§ 2-1", title="Skjult")
    LegalIndexPageFactory(parent=site_tree.home)
    process = WorkProcessPageFactory(parent=site_tree.process_index, slug="prosess-x")
    phase = PhasePageFactory(
        parent=process,
        number=1,
        title="Varsle Nav",
        slug="fase-1-varsle",
        law_references=law_references(old, fresh),
    )
    draft = PhasePageFactory(
        parent=process,
        number=2,
        title="Utkastfase",
        slug="fase-2-utkast",
        law_references=law_references(hidden),
    )
    draft.unpublish()
    term = GlossaryTermFactory(term="Prøvevarsel", slug="provevarsel")
    term.law_references = law_references(old)
    term.save()
    term.save_revision().publish()
    return {
        "old": old,
        "fresh": fresh,
        "unused": unused,
        "hidden": hidden,
        "phase": phase,
        "term": term,
    }


def test_the_list_shows_each_cited_provision_with_where_and_when(cited):
    page = LegalIndexPage.objects.get()
    html = Client().get(page.url).content.decode()
    row = html[html.index("prøveloven § 9-11") :]
    row = row[: row.index("</tr>")]
    assert "Varsle Nav" in row and cited["phase"].url in row
    assert "Prøvevarsel" in row and "/ordliste/provevarsel/" in row
    assert cited["old"].last_checked.strftime("%Y-%m-%d") in row
    assert "prøveloven § 3-5" in html
    assert "prøveloven § 1-1" not in html  # cited nowhere
    assert "Skjult" not in html and "Utkastfase" not in html  # only an unpublished page cites it


def test_a_phase_shows_its_provisions_with_lovdata_links(cited):
    html = Client().get(cited["phase"].url).content.decode()
    section = html[html.index("Lover og forskrifter") :]
    assert f'href="{cited["old"].url}"' in section and "Varsel til Nav" in section


def test_the_report_lists_provisions_not_checked_for_twelve_months(cited, admin_client):
    due = set(LegalProvision.objects.due_for_check().values_list("key", flat=True))
    assert {"proveloven-9-11", "proveloven-1-1"} <= due
    assert "proveloven-3-5" not in due
    response = admin_client.get("/admin/rapporter/lovhjemler-til-kontroll/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Lovhjemler som bør kontrolleres" in html
    assert "prøveloven § 9-11" in html and "Varsle Nav" in html
    assert "prøveloven § 1-1" in html and "Ikke brukt" in html
    assert "prøveloven § 3-5" not in html


def test_the_report_is_for_editors_only(client):
    response = client.get("/admin/rapporter/lovhjemler-til-kontroll/")
    assert response.status_code == 302 and "/admin/login/" in response.url
