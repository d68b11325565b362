"""«Foreslå et eksempel»: municipal staff propose a case; it becomes a draft in moderation.

Nothing a visitor sends is ever published by itself: the proposal is saved as a draft example
under the example section and submitted to the section's moderation workflow, whose notification
tells the moderators by e-mail who proposed what (templates/wagtailadmin/notifications/).
CSRF protection (Django's), a honeypot field and a per-IP rate limit keep robots out; a human
who trips the limit gets a clear message and keeps everything typed.
"""

from django import forms
from django.conf import settings
from django.utils.html import escape

from core.ratelimit import over_limit
from core.text import clean_text
from places.fields import MunicipalityField

RATE_LIMIT_DEFAULT = (5, 3600)  # proposals per IP address per window (seconds)


class ProposalForm(forms.Form):
    title = forms.CharField(label="Tittel på eksempelet", max_length=200)
    municipality = MunicipalityField(
        label="Kommune",
        help_text="Skriv navnet og velg fra listen, eller skriv kommunenummeret.",
    )
    contact_name = forms.CharField(label="Ditt navn", max_length=150)
    contact_email = forms.EmailField(
        label="Din e-postadresse",
        error_messages={"invalid": "Skriv en gyldig e-postadresse, som navn@kommune.no."},
    )
    summary = forms.CharField(
        label="Kort oppsummert",
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="To–tre setninger om hva eksempelet handler om (høyst 600 tegn).",
    )
    measures = forms.CharField(
        label="Hva ble gjort?", max_length=5000, widget=forms.Textarea(attrs={"rows": 6})
    )
    results = forms.CharField(
        label="Hva ble resultatet?",
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    link = forms.URLField(
        label="Lenke til mer informasjon",
        required=False,
        assume_scheme="https",
        error_messages={"invalid": "Skriv en hel nettadresse, som https://kommune.no/side."},
    )
    # Honeypot: hidden from people (and from assistive technology); robots fill it in.
    website = forms.CharField(label="Ikke fyll ut dette feltet", required=False)

    required_message = "Dette feltet må fylles ut."

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.error_messages["required"] = self.required_message
            field.error_messages.setdefault(
                "max_length", "Teksten er for lang: høyst %(limit_value)d tegn (nå %(show_value)d)."
            )

    def clean(self):
        cleaned = super().clean()
        for name in ("title", "contact_name", "summary", "measures", "results"):
            value = cleaned.get(name)
            if isinstance(value, str):
                cleaned[name] = clean_text(value)
        return cleaned

    @property
    def is_spam(self):
        return bool(self.data.get("website"))


TYPED_LABELS = {
    name: field.label
    for name, field in ProposalForm.base_fields.items()
    if name != "website" and not isinstance(field, forms.ChoiceField)
}


def typed_label(key):
    """The label of the proposal's text a posted key holds, or None (core.typed)."""
    return TYPED_LABELS.get(key)


def over_rate_limit(request):
    """Count this proposal for the client's IP; True once the configured limit is passed."""
    rate = getattr(settings, "EXAMPLE_PROPOSAL_RATE_LIMIT", RATE_LIMIT_DEFAULT)
    return over_limit(request, "proposals", rate)


def paragraphs(text):
    return "".join(f"<p>{escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip())


def page_fields(data):
    """What a valid proposal puts into a draft example (ExampleIndexPage.create_proposal)."""
    body = paragraphs(data["measures"])
    if data.get("link"):
        body += (
            f'<p>Mer informasjon: <a href="{escape(data["link"])}">{escape(data["link"])}</a></p>'
        )
    return {
        "title": data["title"],
        "municipality": data["municipality"],
        "summary": data["summary"],
        "body": [{"type": "paragraph", "value": body}],
        "results": paragraphs(data.get("results", "")),
        "contact_name": data["contact_name"],
        "contact_email": data["contact_email"],
    }
