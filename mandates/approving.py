"""Approving a draft and the documents of its approved versions.

``approve`` freezes the draft's sections as the next «Godkjent versjon N». ``current_document``
is the draft as the exports show it now: «Godkjent versjon N» while nobody has changed it since
the last approval, else the draft of version N+1. ``approved_document`` is an approved version
as it was approved, for its downloads.
"""

from datetime import date

from django.db import transaction

from mandates.approvals import ApprovedVersion
from mandates.document import MandateDocument
from mandates.drafts import MandateDraft, MandateSection
from mandates.record import Approval


class NothingToApprove(Exception):
    """The draft changed since the page was shown, or this content is approved already."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason  # "endret" or "allerede-godkjent"


def document_version(sections):
    return sum(s.version for s in sections)


def as_record(approved):
    """An approved version as the exports' ``Approval``."""
    return Approval(
        approved_by=approved.approved_by,
        approved_on=approved.approved_on,
        case_number=approved.case_number,
        version=approved.number,
    )


def approve(draft, values, shown_version):
    """Freeze the draft as its next approved version. ``shown_version`` is the document version
    the approver saw: if anyone saved since, nothing is approved (they must see it first)."""
    with transaction.atomic():
        MandateDraft.objects.select_for_update().filter(pk=draft.pk).first()
        sections = list(MandateSection.objects.filter(draft=draft))
        if document_version(sections) != shown_version:
            raise NothingToApprove("endret")
        last = ApprovedVersion.objects.filter(draft=draft).order_by("-number").first()
        if last is not None and last.document_version == shown_version:
            raise NothingToApprove("allerede-godkjent")
        return ApprovedVersion.objects.create(
            draft=draft,
            number=(last.number if last else 0) + 1,
            approved_by=values["approved_by"],
            approved_on=date.fromisoformat(values["approved_on"]),
            case_number=values.get("case_number", ""),
            sections={s.key: {"data": s.data, "version": s.version} for s in sections},
            document_version=document_version(sections),
        )


def approval_state(draft, sections):
    """(the latest approved version or None, True when the draft is still that version)."""
    last = ApprovedVersion.objects.filter(draft=draft).defer("sections").first()
    return last, last is not None and last.document_version == document_version(sections)


def current_document(draft, sections=None):
    if sections is None:
        sections = list(draft.sections.all())
    last, unchanged = approval_state(draft, sections)
    document = MandateDocument.from_draft(
        draft, sections, approval=as_record(last) if unchanged else None
    )
    document.approved_versions = last.number if last else 0
    return document


def approved_document(draft, approved):
    """An approved version's document: its frozen sections and the change log up to then."""
    frozen = approved.sections
    document = MandateDocument.from_draft(
        draft,
        [
            MandateSection(key=key, data=part["data"], version=part["version"])
            for key, part in frozen.items()
        ],
        approval=as_record(approved),
        until=approved.created_at,
    )
    document.approved_versions = approved.number
    return document


def approved_versions(draft):
    return list(ApprovedVersion.objects.filter(draft=draft).defer("sections"))
