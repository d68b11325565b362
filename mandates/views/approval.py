"""Approving the mandate: who approved it, when and under which case number, and the list of
approved versions with their downloads."""

from core.http import private, see_other
from core.input import ascii_int
from mandates.approving import NothingToApprove, approve, approved_versions, document_version
from mandates.forms import ApprovalForm
from mandates.rendering import error_list, render, require_access
from mandates.sections import EDITABLE_STEPS, missing_parts

REFUSALS = {
    "endret": "Noen har lagret endringer i mandatet mens du fylte ut skjemaet. Se over det som "
    "er endret, og godkjenn på nytt.",
    "allerede-godkjent": "Denne versjonen er allerede godkjent. Endre mandatet først hvis en ny "
    "versjon skal godkjennes.",
}


def approval(request, wizard, public_id):
    access, refused = require_access(request, wizard, public_id, edit=request.method == "POST")
    if refused:
        return refused
    draft = access.draft
    sections = list(draft.sections.all())
    status, refusal = 200, ""
    if request.method == "POST" and access.can_edit:
        form = ApprovalForm(request.POST)
        if form.is_valid():
            shown = ascii_int(request.POST.get("dokumentversjon"), default=-1)
            try:
                approved = approve(draft, form.stored(), shown)
            except NothingToApprove as refusal_of:
                refusal, status = REFUSALS[refusal_of.reason], 409
            else:
                url = wizard.draft_url(draft, "approval") + f"?godkjent={approved.number}"
                return private(see_other(url))
        else:
            status = 422
    else:
        case_number = next(
            (s.data.get("case_number", "") for s in sections if s.key == "om-arbeidet"), ""
        )
        form = ApprovalForm(initial={"case_number": case_number})
    approved = approved_versions(draft)
    last = approved[0] if approved else None
    shown = document_version(sections)
    data = {s.key: s.data for s in sections}
    return render(
        request,
        wizard,
        "mandates/approval.html",
        {
            "access": access,
            "draft": draft,
            "form": form,
            "errors": error_list(form) if form.is_bound else [],
            "refusal": refusal,
            "missing": [
                m for step in EDITABLE_STEPS for m in missing_parts(step, data.get(step.key))
            ],
            "shown_version": shown,
            "next_number": (last.number if last else 0) + 1,
            "approved": approved,
            "last": last,
            "unchanged": last is not None and last.document_version == shown,
            "just_approved": ascii_int(request.GET.get("godkjent")),
        },
        status=status,
    )
