"""A working group's mandate draft, its sections with versions and revisions, and its share links.

A draft belongs to nobody: whoever holds an edit link may change it. Each wizard step is a
section with its own version number, so two members writing in different sections never get in
each other's way; every save is kept as a revision.
"""

import secrets

from django.db import models
from django.utils import timezone

from mandates.sections import EDITABLE_STEPS
from mandates.words import draft_name

SECTION_CHOICES = [(step.key, f"{step.number}. {step.title}") for step in EDITABLE_STEPS]


def new_public_id():
    """The draft's id in URLs: no secret (access needs a share link), but not guessable."""
    return secrets.token_urlsafe(9)


class MandateDraft(models.Model):
    public_id = models.CharField(max_length=16, unique=True, default=new_public_id, editable=False)
    name = models.CharField("Navn på utkastet", max_length=80, default=draft_name)
    work_process = models.ForeignKey(
        "phases.WorkProcessPage",
        verbose_name="Arbeidsprosess",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("Opprettet", default=timezone.now)

    class Meta:
        verbose_name = "Mandatutkast"
        verbose_name_plural = "Mandatutkast"

    def __str__(self):
        return self.name


class MandateSection(models.Model):
    draft = models.ForeignKey(MandateDraft, on_delete=models.CASCADE, related_name="sections")
    key = models.CharField(max_length=40, choices=SECTION_CHOICES)
    data = models.JSONField(default=dict)
    version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(default=timezone.now)
    # The browser whose open run of autosaves holds the current version (and when the last new
    # revision was begun): a page shown this version closes that run (``seal_run`` in
    # mandates/saving.py), so the version stays in the history as the page's base. Kept here,
    # on the row every save locks anyway, so a page view costs no query when there is no run.
    run_browser = models.CharField(max_length=32, blank=True, default="")
    run_started_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["draft", "key"], name="mandate_section_per_draft")
        ]

    def __str__(self):
        return f"{self.draft} – {self.get_key_display()} (versjon {self.version})"


class SectionRevision(models.Model):
    """The content of a section as a save left it. Restoring one is itself a new save.

    Autosaves by one browser within a few minutes are one revision: it covers the versions
    ``first_version`` to ``version`` and was saved from ``started_at`` to ``created_at``.
    """

    section = models.ForeignKey(MandateSection, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()
    data = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=120, blank=True)
    first_version = models.PositiveIntegerField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    autosave = models.BooleanField(default=False)  # False: a restore point (Lagre, restore)
    browser = models.CharField(max_length=32, blank=True)  # the saving browser's random id
    author = models.CharField("Lagret av", max_length=80, blank=True)  # the name it gave
    # What the browser sent, when the save was merged with others' changes and so differs from
    # ``data``: the page still shows it, and its next save is merged against it («grunnlag»).
    sent = models.JSONField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["section", "version"], name="one_revision_per_version")
        ]
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.section} – versjon {self.version}"


class ShareLink(models.Model):
    """A capability: whoever holds the token may read or edit. Only a hash of it is stored."""

    class Access(models.TextChoices):
        EDIT = "edit", "Redigere"
        READ = "read", "Lese"

    draft = models.ForeignKey(MandateDraft, on_delete=models.CASCADE, related_name="links")
    access = models.CharField(max_length=4, choices=Access.choices)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField("Utløper", null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["access", "-created_at"]

    def __str__(self):
        return f"{self.get_access_display()}lenke til {self.draft}"

    def is_active(self, now=None):
        now = now or timezone.now()
        if self.revoked_at is not None:
            return False
        return self.expires_at is None or self.expires_at > now

    @property
    def can_edit(self):
        return self.access == self.Access.EDIT

    @property
    def status_label(self):
        if self.revoked_at is not None:
            return "Trukket tilbake"
        if not self.is_active():
            return "Utløpt"
        return "Aktiv"


class WordTemplate(models.Model):
    """A municipality's own Word template for this draft's Word export (checked on upload by
    ``mandates.exports.word_template``). It lives in the database with the draft, so it is
    deleted with it, also by ``delete_stale_mandate_drafts``."""

    draft = models.OneToOneField(
        MandateDraft, on_delete=models.CASCADE, related_name="word_template"
    )
    filename = models.CharField("Filnavn", max_length=200)
    content = models.BinaryField("Innhold")
    size = models.PositiveIntegerField("Størrelse i byte")
    uploaded_at = models.DateTimeField("Lastet opp", default=timezone.now)

    class Meta:
        verbose_name = "Word-mal"
        verbose_name_plural = "Word-maler"

    def __str__(self):
        return f"{self.filename} ({self.draft})"
