"""Start a draft at /veiviser/ and exchange a share link's token for access."""

from django import forms
from django.conf import settings
from django.utils import timezone

from core.http import private, see_other
from core.queries import public_live
from core.ratelimit import over_limit
from mandates.access import (
    access_for,
    find_link,
    grant,
    over_lookup_limit,
    remember_fresh_links,
)
from mandates.prefill import create_draft
from mandates.rendering import error_list, render
from phases.models import WorkProcessPage

BLANK = "blank"


class StartForm(forms.Form):
    process = forms.ChoiceField(
        label="Hvilken arbeidsprosess skal arbeidsplanen bygge på?",
        help_text=(
            "Arbeidsplanen fylles ut på forhånd med fasene og oppgavene i prosessen du velger. "
            "Dere kan endre alt."
        ),
        widget=forms.RadioSelect,
        error_messages={
            "required": "Velg en arbeidsprosess, eller velg å starte uten.",
            "invalid_choice": "Velg en arbeidsprosess fra listen, eller velg å starte uten.",
        },
    )

    def __init__(self, *args, processes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.processes = {str(p.pk): p for p in processes}
        self.fields["process"].choices = [
            *[(str(p.pk), p.title) for p in processes],
            (BLANK, "Start uten arbeidsprosess (tom arbeidsplan)"),
        ]

    @property
    def chosen_process(self):
        return self.processes.get(self.cleaned_data["process"])


def start(request, wizard):
    processes = list(
        public_live(WorkProcessPage.objects.all(), request).order_by("path").only("title", "pk")
    )
    # «Verktøy og maler» on a phase links here with its process chosen (?prosess=<id>).
    asked = request.GET.get("prosess", "")
    initial = {"process": asked} if asked in {str(p.pk) for p in processes} else {}
    form = StartForm(
        request.POST if request.method == "POST" else None, processes=processes, initial=initial
    )
    status = 200
    if request.method == "POST":
        if over_limit(request, "mandate-drafts", settings.MANDATE_CREATE_RATE_LIMIT):
            status = 429
            form.add_error(
                None,
                "Det er laget mange utkast fra denne adressen den siste timen. Vent litt og "
                "prøv igjen.",
            )
        elif form.is_valid():
            draft, tokens = create_draft(form.chosen_process)
            response = see_other(wizard.draft_url(draft, "links"))
            edit_link = draft.links.get(access="edit")
            grant(response, edit_link, wizard.draft_path(draft))
            remember_fresh_links(response, wizard.draft_path(draft), draft, tokens)
            return private(response)
        else:
            status = 400
    context = {"form": form, "errors": error_list(form, radios=["process"], labelled=False)}
    return render(request, wizard, "mandates/mandate_wizard_page.html", context, status)


def exchange(request, wizard, token):
    """Swap the token in a share link for a cookie, then continue on a URL without the token."""
    if over_lookup_limit(request):
        return render(request, wizard, "mandates/refused.html", {"reason": "for-mange"}, 429)
    link = find_link(token)
    if link is None:
        return render(request, wizard, "mandates/refused.html", {"reason": "ugyldig-lenke"}, 404)
    link.last_used_at = timezone.now()
    link.save(update_fields=["last_used_at"])
    current = access_for(request, link.draft.public_id)
    keep_editing = current is not None and current.can_edit and not link.can_edit
    if link.can_edit or keep_editing:
        target = wizard.draft_url(link.draft, "step", number=1)
    else:
        target = wizard.draft_url(link.draft)
    response = see_other(target)
    if not keep_editing:  # a read link opened where one can already edit takes nothing away
        grant(response, link, wizard.draft_path(link.draft))
    return private(response)
