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
from phases.models import SubProcessPage, WorkProcessPage

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

    subprocesses = forms.MultipleChoiceField(
        label="Ta med oppgavene i en delprosess (valgfritt)",
        help_text=(
            "Oppgavene i delprosessen kommer rett etter fasen den hører til. Delprosessen må "
            "høre til arbeidsprosessen du valgte over."
        ),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": "Velg delprosesser fra listen."},
    )

    def __init__(self, *args, processes=(), subprocesses=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.processes = {str(p.pk): p for p in processes}
        self.fields["process"].choices = [
            *[(str(p.pk), p.title) for p in processes],
            (BLANK, "Start uten arbeidsprosess (tom arbeidsplan)"),
        ]
        # only those whose process is offered (a process can be unpublished under a live one)
        subprocesses = [s for s in subprocesses if self.process_of(s)]
        self.offered_subprocesses = {str(s.pk): s for s in subprocesses}
        if subprocesses:
            self.fields["subprocesses"].choices = [
                (str(s.pk), f"{s.title} ({self.process_of(s).title})") for s in subprocesses
            ]
        else:  # no sub-process is published: the question would have no answers
            del self.fields["subprocesses"]

    def process_of(self, page):
        return next((p for p in self.processes.values() if page.path.startswith(p.path)), None)

    def clean(self):
        cleaned = super().clean()
        process = self.processes.get(cleaned.get("process"))
        chosen = [self.offered_subprocesses[key] for key in cleaned.get("subprocesses", [])]
        for sub in chosen:
            if process is None or not sub.path.startswith(process.path):
                self.add_error(
                    "subprocesses",
                    f"Delprosessen «{sub.title}» hører til «{self.process_of(sub).title}». Velg "
                    "den arbeidsprosessen, eller fjern krysset ved delprosessen.",
                )
        cleaned["chosen_subprocesses"] = chosen
        return cleaned

    @property
    def chosen_process(self):
        return self.processes.get(self.cleaned_data["process"])


def start(request, wizard):
    processes = list(
        public_live(WorkProcessPage.objects.all(), request)
        .order_by("path")
        .only("title", "pk", "path")
    )
    subprocesses = list(
        public_live(SubProcessPage.objects.all(), request)
        .order_by("path")
        .only("title", "pk", "path")
    )
    # «Verktøy og maler» on a phase links here with its process chosen (?prosess=<id>).
    asked = request.GET.get("prosess", "")
    initial = {"process": asked} if asked in {str(p.pk) for p in processes} else {}
    form = StartForm(
        request.POST if request.method == "POST" else None,
        processes=processes,
        subprocesses=subprocesses,
        initial=initial,
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
            draft, tokens = create_draft(
                form.chosen_process, form.cleaned_data["chosen_subprocesses"]
            )
            response = see_other(wizard.draft_url(draft, "links"))
            edit_link = draft.links.get(access="edit")
            grant(response, edit_link, wizard.draft_path(draft))
            remember_fresh_links(response, wizard.draft_path(draft), draft, tokens)
            return private(response)
        else:
            status = 400
    context = {
        "form": form,
        "errors": error_list(form, radios=["process", "subprocesses"], labelled=False),
    }
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
