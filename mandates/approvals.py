"""Approved versions of a mandate and what the group has ticked off since.

Approving freezes the draft as it stands: the data and version of every section are copied into
an ``ApprovedVersion`` numbered 1, 2, … («Godkjent versjon N»). The draft stays editable; what
is edited afterwards is the draft of version N+1, and every approved version can still be
downloaded in every export format from its own copy. Approving the same content twice is
refused (nothing to approve).

``ResultCheck`` is one result of a phase the group has reached (the phase's «Resultater fra
fasen», by the block's stable id), with the day it was reached; the progress view ticks them.
"""

from django.db import models
from django.utils import timezone

from mandates.drafts import MandateDraft


class ApprovedVersion(models.Model):
    draft = models.ForeignKey(MandateDraft, on_delete=models.CASCADE, related_name="approvals")
    number = models.PositiveIntegerField("Godkjent versjon")
    approved_by = models.CharField("Godkjent av", max_length=200)
    approved_on = models.DateField("Dato for godkjenning")
    case_number = models.CharField("Saksnummer", max_length=50, blank=True)
    # step key -> {"data": the section's data, "version": its version} when it was approved
    sections = models.JSONField()
    document_version = models.PositiveIntegerField()  # the sum of the section versions then
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "Godkjent versjon"
        verbose_name_plural = "Godkjente versjoner"
        ordering = ["draft", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["draft", "number"], name="one_approval_per_number")
        ]

    def __str__(self):
        return f"{self.draft} – godkjent versjon {self.number}"


class ResultCheck(models.Model):
    draft = models.ForeignKey(MandateDraft, on_delete=models.CASCADE, related_name="result_checks")
    result_id = models.CharField(max_length=64)  # the StreamField block's id in the phase
    done_on = models.DateField("Nådd")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["draft", "result_id"], name="one_check_per_result")
        ]

    def __str__(self):
        return f"{self.draft} – {self.result_id}"
