"""What every draft view shares: private headers, access checks and the refusal pages."""

from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format

from core.http import private
from core.typed import typed_values
from mandates.access import access_for
from mandates.members import member_name
from mandates.sections import STEPS, typed_label


def render(request, wizard, template, context=None, status=200):
    full = {
        **wizard.get_context(request),
        "steps": STEPS,
        "member_name": member_name(request),  # «Du skriver som …» in the draft bar
        "here": request.get_full_path(),
        **(context or {}),
    }
    return private(TemplateResponse(request, template, full, status=status))


def error_list(form, radios=(), labelled=True):
    """A form's errors as the error summary shows them: (anchor id, label, message).

    A group of radio buttons has no control with the field's own id: its first button is the
    place to go (``radios`` names such fields).
    """
    items = []
    for name, messages in form.errors.items():
        if name == "__all__":
            items.extend(("", "", message) for message in messages)
            continue
        field = form[name]
        anchor = f"{field.auto_id}_0" if name in radios else field.auto_id
        label = field.label if labelled else ""
        items.extend((anchor, label, message) for message in messages)
    return items


def refuse(request, wizard, reason, status=404):
    """Why the visitor cannot see or change this draft, and what to do about it.

    Anything they had typed is shown back to them so they can copy it before opening the link
    again: an expired link never swallows text.
    """
    typed = typed_values(request.POST, typed_label) if request.method == "POST" else []
    return render(
        request,
        wizard,
        "mandates/refused.html",
        {"reason": reason, "typed": typed},
        status=status,
    )


def require_access(request, wizard, public_id, edit=False):
    """The visitor's access, or the response that refuses them."""
    access = access_for(request, public_id)
    if access is None:
        return None, refuse(request, wizard, "ingen-tilgang")
    if edit and not access.can_edit:
        return None, refuse(request, wizard, "bare-lesing", status=403)
    return access, None


def saved_label(moment):
    """«hh:mm», as the save status shows the last save."""
    return date_format(timezone.localtime(moment), "H:i")
