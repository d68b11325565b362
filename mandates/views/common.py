"""What every draft view shares: private headers, access checks and the refusal pages."""

from django.template.response import TemplateResponse

from mandates.access import access_for
from mandates.sections import FIELD_STEP, STEPS
from portal.headers import private


def render(request, wizard, template, context=None, status=200):
    full = {**wizard.get_context(request), "steps": STEPS, **(context or {})}
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


def typed_values(post):
    """What a visitor sent, with the labels of the fields it belongs to, to give back to them."""
    values = []
    for key, value in post.items():
        if not value.strip() or key in ("csrfmiddlewaretoken", "versjon", "handling"):
            continue
        name = key.rsplit("-", 1)[-1]
        step = FIELD_STEP.get(key) or FIELD_STEP.get(key.split("-", 1)[0])
        if step is None:
            continue
        label = next((f.label for f in step.fields if f.name == name), None)
        if label is None and step.table is not None:
            label = next((c.label for c in step.table.columns if c.name == name), name)
        values.append((label, value))
    return values


def refuse(request, wizard, reason, status=404):
    """Why the visitor cannot see or change this draft, and what to do about it.

    Anything they had typed is shown back to them so they can copy it before opening the link
    again: an expired link never swallows text.
    """
    typed = typed_values(request.POST) if request.method == "POST" else []
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
