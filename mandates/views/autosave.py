"""Autosave: the step's form posted by the browser script while the group types.

A route of the wizard page beside the step URL (``…/<draft>/steg/<n>/autolagring/``). It answers
in JSON; the Save button of the step keeps working without it. A saved answer says which of the
step's fields now hold something else than the browser sent (another member's change, merged
in), as the controls show them, and which tables changed: the browser applies what it can and
keeps an older base for the rest (``grunnlag``), so a later save never undoes those changes.
"""

from django.http import JsonResponse

from core.http import private
from mandates.access import access_for
from mandates.forms import StepForms
from mandates.members import remember_browser, writer_for
from mandates.rendering import saved_label
from mandates.retention import retry_after, too_many_saves
from mandates.saving import parse_older, parse_version, save_section
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
    if too_many_saves(request, access.draft):
        response = answer({"status": "rate", "retry_after": retry_after()}, 429)
        response["Retry-After"] = str(retry_after())
        return response
    forms = StepForms(step, data=request.POST)
    if not forms.is_valid():
        errors = [{"id": a, "label": lbl, "message": m} for a, lbl, m in forms.errors_for_summary()]
        return answer({"status": "invalid", "errors": errors}, 422)
    result = save_section(
        {"draft_id": access.draft.pk, "key": step.key},
        parse_version(request.POST.get("versjon")),
        forms.cleaned(),
        older=parse_older(request.POST.get("grunnlag"), step.all_field_names()),
        writer=writer_for(request, autosave=True),
    )
    if result.status == "full":
        return answer({"status": "full"}, 507)
    if not result.saved:
        return answer({"status": "conflict", "fields": sorted(result.conflicts)}, 409)
    stored = result.section
    specs = {f.name: f for f in step.fields}
    response = answer(
        {
            "status": "saved",
            "version": stored.version,
            "saved_at": saved_label(stored.updated_at),
            "updated": {
                name: specs[name].kind.posted(value)
                for name, value in result.updated.items()
                if name in specs
            },
            "tables": [name for name in result.updated if step.table and name == step.table.name],
            "complete": not missing_parts(step, stored.data),
        }
    )
    return remember_browser(request, response, wizard)
