"""What a mandate document records about itself: its approval and its change log.

The exports print both (an approval block with «Vedtatt av», «Dato», «Saksnummer» and
«Signatur», and a change log with version, date, by whom and what). They read only what is
recorded; whatever is not recorded yet is printed as an empty line to fill in by hand.

The interface for what comes later is these two dataclasses: an approval step fills
`MandateDocument.approval` with an `Approval` (the document then says «Godkjent» and names the
approved version), and revisions that carry their author's name give `Change.author` through
`change_log`.
"""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from mandates.sections import STEPS_BY_KEY


@dataclass(frozen=True)
class Approval:
    """Who approved which version, when and under which case number."""

    approved_by: str  # «Styringsgruppen», «Kommunedirektøren» …
    approved_on: date | None = None
    case_number: str = ""
    version: int | None = None  # the approved version («Godkjent versjon N»)


@dataclass(frozen=True)
class Change:
    """One line of the change log: the versions it covers, when, who and what changed."""

    first_version: int
    last_version: int
    day: date
    author: str  # "" when the revisions do not say (a blank cell to fill in)
    what: str

    @property
    def versions(self):
        if self.first_version == self.last_version:
            return str(self.last_version)
        return f"{self.first_version}–{self.last_version}"


def change_log(revisions):
    """The change log of a draft from its section revisions, oldest first.

    The document's version is the sum of its sections' versions, so the document version after
    each revision is worked out by replaying the revisions in order. Saves by the same person on
    the same day are one line, naming the sections they changed. A revision's author is read
    from ``revision.author`` where revisions have one.
    """
    current = {}  # section key -> version
    changes = []
    for revision in sorted(revisions, key=lambda r: (r.created_at, r.pk)):
        key = revision.section.key
        current[key] = revision.version
        if revision.version == 0:  # the draft's creation, not a change
            continue
        version = sum(current.values())
        day = timezone.localtime(revision.created_at).date()
        author = " ".join(str(getattr(revision, "author", "") or "").split())
        title = STEPS_BY_KEY[key].title
        last = changes[-1] if changes else None
        if last is not None and last["day"] == day and last["author"] == author:
            last["last"] = version
            if title not in last["what"]:
                last["what"].append(title)
            continue
        changes.append(
            {"first": version, "last": version, "day": day, "author": author, "what": [title]}
        )
    return [
        Change(c["first"], c["last"], c["day"], c["author"], ", ".join(c["what"])) for c in changes
    ]


def export_moment(now=None):
    """When a document is exported, in the site's time zone (its date is the document's date)."""
    return timezone.localtime(now or timezone.now())
