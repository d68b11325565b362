"""Share links of a draft: shown once when made, listed with their status, revoked, replaced."""

import datetime

from django import forms
from django.utils import timezone

from core.http import private, see_other
from core.input import ascii_int
from mandates.access import (
    FRESH_LINKS_COOKIE,
    create_link,
    fresh_links,
    grant,
    remember_fresh_links,
    revoke,
)
from mandates.drafts import ShareLink
from mandates.rendering import error_list, render, require_access


class NewLinkForm(forms.Form):
    access = forms.ChoiceField(
        label="Tilgang",
        choices=ShareLink.Access.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Velg om lenken skal gi lese- eller redigeringstilgang."},
    )
    expires = forms.DateField(
        label="Gyldig til og med (valgfritt)",
        required=False,
        input_formats=["%Y-%m-%d", "%d.%m.%Y"],
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Skriv en gyldig dato, for eksempel 15.03.2027."},
    )

    def clean_expires(self):
        day = self.cleaned_data.get("expires")
        if day and day < timezone.localdate():
            raise forms.ValidationError("Datoen kan ikke være tilbake i tid.")
        return day

    def expires_at(self):
        day = self.cleaned_data.get("expires")
        if not day:
            return None
        end = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time())
        return timezone.make_aware(end)


def absolute(request, wizard, token):
    return request.build_absolute_uri(wizard.route_url("exchange", token=token))


def links(request, wizard, public_id):
    access, refused = require_access(request, wizard, public_id, edit=True)
    if refused:
        return refused
    draft = access.draft
    form = NewLinkForm(request.POST if request.POST.get("handling") == "ny" else None)
    if request.method == "POST":
        action = request.POST.get("handling", "")
        response = None
        if action == "ny" and form.is_valid():
            link, token = create_link(draft, form.cleaned_data["access"], form.expires_at())
            response = redirect_to_links(wizard, draft)
            remember_fresh_links(response, wizard.draft_path(draft), draft, {link.access: token})
        elif action.startswith(("trekk-", "erstatt-")):
            verb, _, pk = action.partition("-")
            link = draft.links.filter(pk=ascii_int(pk, default=0)).first()
            if link is not None and (verb == "erstatt" or link.pk != access.link.pk):
                revoke(link)
                response = redirect_to_links(wizard, draft)
                if verb == "erstatt":
                    new, token = create_link(draft, link.access, link.expires_at)
                    remember_fresh_links(
                        response, wizard.draft_path(draft), draft, {new.access: token}
                    )
                    if link.pk == access.link.pk:
                        grant(response, new, wizard.draft_path(draft))
        if response is not None:
            return private(response)
    fresh = fresh_links(request, draft)
    context = {
        "access": access,
        "draft": draft,
        "form": form,
        "errors": error_list(form, radios=["access"]),
        "links": list(draft.links.all()),
        "fresh": {
            kind: absolute(request, wizard, fresh[kind])
            for kind in ("edit", "read")
            if kind in fresh
        },
    }
    response = render(
        request, wizard, "mandates/links.html", context, status=400 if form.errors else 200
    )
    if fresh:
        response.delete_cookie(FRESH_LINKS_COOKIE, path=wizard.draft_path(draft))
    return response


def redirect_to_links(wizard, draft):
    return see_other(wizard.draft_url(draft, "links"))
