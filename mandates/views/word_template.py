"""The group's own Word template: upload (checked: .docx/.dotx, no macros, size-capped,
zip-bomb-safe), see which one is in use, remove it. Stored with the draft, deleted with it."""

from django import forms
from django.db import transaction

from core.http import private, see_other
from mandates.drafts import WordTemplate
from mandates.exports.word_template import (
    EMPTY,
    MAX_UPLOAD,
    TOO_BIG,
    TemplateRefused,
    check_template,
    megabytes,
)
from mandates.rendering import error_list, render, require_access

UPLOAD, REMOVE = "last-opp", "fjern"


class TemplateForm(forms.Form):
    template = forms.FileField(
        label="Word-mal (.docx eller .dotx)",
        help_text="Høyst 5 MB, uten makroer. Stilene, topp- og bunnteksten og logoen i malen "
        "brukes i Word-eksporten.",
        error_messages={"required": EMPTY, "empty": EMPTY, "invalid": EMPTY},
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".docx,.dotx,application/vnd.openxmlformats-officedocument."
                "wordprocessingml.document,application/vnd.openxmlformats-officedocument."
                "wordprocessingml.template"
            }
        ),
    )

    def clean_template(self):
        upload = self.cleaned_data["template"]
        if upload.size > MAX_UPLOAD:  # refuse before reading it into memory
            raise forms.ValidationError(TOO_BIG.format(size=megabytes(upload.size)))
        try:
            self.checked = check_template(upload.name, upload.read(MAX_UPLOAD + 1))
        except TemplateRefused as refusal:
            raise forms.ValidationError(str(refusal)) from refusal
        return upload


def word_template(request, wizard, public_id):
    access, refused = require_access(request, wizard, public_id, edit=True)
    if refused:
        return refused
    draft = access.draft
    form = TemplateForm()
    status = 200
    if request.method == "POST":
        target = wizard.draft_url(draft, "word_template")
        if request.POST.get("handling") == REMOVE:
            WordTemplate.objects.filter(draft=draft).delete()
            return private(see_other(f"{target}?fjernet=1"))
        form = TemplateForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["template"]
            with transaction.atomic():
                WordTemplate.objects.update_or_create(
                    draft=draft,
                    defaults={
                        "filename": upload.name[:200],
                        "content": form.checked,
                        "size": upload.size,
                    },
                )
            return private(see_other(f"{target}?lagret=1"))
        status = 400
    current = WordTemplate.objects.filter(draft=draft).defer("content").first()
    return render(
        request,
        wizard,
        "mandates/word_template.html",
        {
            "access": access,
            "draft": draft,
            "form": form,
            "errors": error_list(form),
            "current": current,
            "saved": request.GET.get("lagret") == "1",
            "removed": request.GET.get("fjernet") == "1",
        },
        status=status,
    )
