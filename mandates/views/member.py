"""«Hvem skriver?»: a member names themselves once per browser (no account).

The name is kept in a cookie of the browser (``mandates/members.py``) and stored with every
revision the browser saves from then on. The form is in the draft bar of every page a member
can edit from, and on its own page (``…/<draft>/navn/``) to change or remove the name; it works
without JavaScript and sends the member back to the page they came from.
"""

from django import forms
from django.utils.http import url_has_allowed_host_and_scheme

from core.http import private, see_other
from mandates.members import NAME_LENGTH, clean_name, member_name, remember_name
from mandates.rendering import error_list, render, require_access

FORGET = "glem"


class NameForm(forms.Form):
    name = forms.CharField(
        label="Navnet ditt",
        max_length=NAME_LENGTH,
        error_messages={
            "required": "Skriv navnet ditt, for eksempel «Kari Nordmann», så ser gruppen hvem "
            "som har skrevet hva.",
            "max_length": f"Navnet kan ha høyst {NAME_LENGTH} tegn.",
        },
    )

    def clean_name(self):
        name = clean_name(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(self.fields["name"].error_messages["required"])
        return name


def back_to(request, wizard, draft):
    """Where the form was sent from, if that is one of this draft's pages; else the draft."""
    home = wizard.draft_url(draft)
    target = request.POST.get("tilbake") or request.GET.get("tilbake") or ""
    if (
        target.startswith(home)
        and "\\" not in target
        and url_has_allowed_host_and_scheme(target, allowed_hosts=None)
    ):
        return target
    return home


def name(request, wizard, public_id):
    access, refused = require_access(request, wizard, public_id, edit=True)
    if refused:
        return refused
    draft = access.draft
    target = back_to(request, wizard, draft)
    form = NameForm(initial={"name": member_name(request)})
    status = 200
    if request.method == "GET" and "tomt" in request.GET:  # «Lagre navnet» with no name in a step
        form, status = NameForm({"name": ""}), 422
    if request.method == "POST":
        if request.POST.get("handling") == FORGET:
            return remember_name(request, private(see_other(target)), wizard, "")
        form = NameForm(request.POST)
        if form.is_valid():
            response = private(see_other(target))
            return remember_name(request, response, wizard, form.cleaned_data["name"])
        status = 422
    return render(
        request,
        wizard,
        "mandates/member_name.html",
        {
            "access": access,
            "draft": draft,
            "form": form,
            "errors": error_list(form),
            "back": target,
        },
        status=status,
    )
