"""Autosave: the step's form posted by the browser script while the group types.

A route of the wizard page beside the step URL (``…/<draft>/steg/<n>/autolagring/``). It answers
in JSON; the Save button of the step keeps working without it.
"""

from django.http import JsonResponse

from core.http import private
from mandates.access import access_for
from mandates.forms import StepForms
from mandates.rendering import saved_label
from mandates.saving import parse_version, save_section
from mandates.sections import STEPS_BY_NUMBER, missing_parts


def answer(payload, status=200):
    return private(JsonResponse(payload, status=status))


def autosave(request, wizard, public_id, number):
    if request.method != "POST":
        return answer({"status": "method"}, 405)
    step = STEPS_BY_NUMBER.get(number)
    if step is None or step.is_review:
        return answer({"status": "unknown"}, 404)
    access = access_for(request, public_id)
    if access is None:
        return answer({"status": "forbidden", "reason": "ingen-tilgang"}, 404)
    if not access.can_edit:
        return answer({"status": "forbidden", "reason": "bare-lesing"}, 403)
    forms = StepForms(step, data=request.POST)
    if not forms.is_valid():
        errors = [{"id": a, "label": lbl, "message": m} for a, lbl, m in forms.errors_for_summary()]
        return answer({"status": "invalid", "errors": errors}, 422)
    result = save_section(
        {"draft_id": access.draft.pk, "key": step.key},
        parse_version(request.POST.get("versjon")),
        forms.cleaned(),
    )
    if not result.saved:
        return answer({"status": "conflict"}, 409)
    stored = result.section
    table = step.table.name if step.table else None
    return answer(
        {
            "status": "saved",
            "version": stored.version,
            "saved_at": saved_label(stored.updated_at),
            "updated": {k: v for k, v in result.updated.items() if k != table},
            "reload": table in result.updated,
            "complete": not missing_parts(step, stored.data),
        }
    )
