"""The start page at /veiviser/: a CMS page whose help texts editors change without code."""

import re

from wagtail.models import Page

import pytest

from mandates.models import MandateDraft, MandateWizardPage, StepGuidance
from tests.mandates.conftest import step_url


def test_start_page_lists_the_processes_and_a_blank_start(client, wizard, process):
    response = client.get("/veiviser/")
    assert response.status_code == 200
    html = response.content.decode()
    assert process.title in html
    assert "Start uten arbeidsprosess" in html
    assert "Lag et nytt utkast" in html


@pytest.mark.parametrize("choice", [None, "999999", "<script>", "blank' OR 1=1"])
def test_a_bad_choice_gets_a_norwegian_error_and_creates_nothing(client, wizard, choice):
    data = {} if choice is None else {"process": choice}
    response = client.post("/veiviser/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Velg en arbeidsprosess" in html
    assert 'id="feiloppsummering"' in html
    assert not MandateDraft.objects.exists()


def test_a_blank_draft_can_be_started(client, wizard):
    response = client.post("/veiviser/", {"process": "blank"})
    assert response.status_code == 303
    assert MandateDraft.objects.get().work_process is None


def test_creating_drafts_is_rate_limited(client, wizard, settings):
    settings.MANDATE_CREATE_RATE_LIMIT = (2, 3600)
    for _ in range(2):
        assert client.post("/veiviser/", {"process": "blank"}).status_code == 303
    response = client.post("/veiviser/", {"process": "blank"})
    assert response.status_code == 429
    assert "mange utkast" in response.content.decode()
    assert MandateDraft.objects.count() == 2


def test_guidance_comes_from_the_cms(editor, draft, wizard):
    StepGuidance.objects.filter(page=wizard, step="oppdrag").update(
        help_text="<p>Redaksjonens nye råd om oppdraget.</p>",
        example_wording="Gruppen skal levere en rapport.",
    )
    html = editor.get(step_url(draft, 3)).content.decode()
    assert "Redaksjonens nye råd om oppdraget." in html
    assert "Gruppen skal levere en rapport." in html


def test_the_step_shows_the_first_phase_beside_the_form(editor, draft, process):
    from phases.models import PhasePage

    first = PhasePage.objects.child_of(process).get(number=1)
    html = editor.get(step_url(draft, 1)).content.decode()
    assert f"Fra Fase 1: {first.title}" in html
    assert first.url in html


def test_the_wizard_page_lives_only_under_the_home_page(home, wizard):
    assert MandateWizardPage.can_create_at(home) is False  # one per site, and it exists
    assert "mandates.MandateWizardPage" in [
        f"{m._meta.app_label}.{m.__name__}" for m in home.specific_class.allowed_subpage_models()
    ]
    assert MandateWizardPage.allowed_subpage_models() == []
    assert Page.objects.type(MandateWizardPage).get().get_parent().specific == home


def test_drafts_are_not_in_the_sitemap_or_search(client, draft):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/veiviser/" in sitemap
    assert draft.public_id not in sitemap
    results = client.get("/sok/", {"q": draft.name}).content.decode()
    assert draft.public_id not in results


def test_admin_edit_view_opens(admin_client, wizard):
    response = admin_client.get(f"/admin/pages/{wizard.pk}/edit/")
    assert response.status_code == 200
    assert "Veiledning for stegene" in response.content.decode()


def test_a_link_from_a_phase_tool_preselects_its_process(client, wizard, process):
    html = client.get(f"/veiviser/?prosess={process.pk}").content.decode()
    chosen = re.search(rf'<input[^>]*value="{process.pk}"[^>]*>', html).group(0)
    assert "checked" in chosen
    html = client.get("/veiviser/?prosess=999999").content.decode()
    assert "checked" not in html  # an unknown process preselects nothing
