"""How much a draft may be saved and how much history it keeps: the limits, and the pruning.

Saves of one draft (by all its members, autosaves and buttons alike) are limited to
``MANDATE_SAVE_RATE_LIMIT`` per window, counted in the shared cache (``core.ratelimit``). A save
over the limit is refused with a Norwegian message; the browser keeps the text and tries again.

Each draft may hold ``MANDATE_REVISION_LIMIT`` revisions of ``MANDATE_HISTORY_SIZE_LIMIT``
bytes at most (measured as PostgreSQL stores them, compressed: ``pg_column_size``). Before a
save adds a revision that would pass either limit, the draft's history is pruned. Pruning keeps
the restore points that matter:

- each section's first revision («Opprettet», with the work plan as the phases filled it in)
  and its latest revision (what the section holds now, and what others merge against);
- every restore point: a save made with «Lagre» (or another button), and every restore;
- every revision of the last ``KEEP_EVERYTHING`` (24 hours), so today's work can be undone
  step by step;
- before that, the last autosave of each section on each day: the state the day ended in.

If the draft is still over a limit, the oldest revisions go first, except each section's first
and latest. Only if even that cannot make room (never with the forms' own length limits) is the
save refused, with a Norwegian message and the text kept in the browser.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Func, IntegerField, Sum
from django.utils import timezone

from core.ratelimit import over_limit
from mandates.drafts import MandateDraft, SectionRevision

KEEP_EVERYTHING = timedelta(hours=24)


class StoredSize(Func):
    """The bytes PostgreSQL uses for a value, compressed (a TOASTed value is not read)."""

    function = "pg_column_size"
    output_field = IntegerField()


def too_many_saves(request, draft):
    """Count this save of the draft; True when the draft is being saved too often."""
    return over_limit(request, "mandate-saves", settings.MANDATE_SAVE_RATE_LIMIT, who=draft.pk)


def retry_after():
    """Seconds a refused save should wait: a tenth of the window, at least two."""
    return max(2, settings.MANDATE_SAVE_RATE_LIMIT[1] // 10)


def usage(draft_id):
    """(revisions, bytes) the draft's history holds."""
    found = SectionRevision.objects.filter(section__draft_id=draft_id).aggregate(
        count=Count("pk"), size=Sum(StoredSize("data"))
    )
    return found["count"], found["size"] or 0


def fits(count, size, adding=1):
    return (
        count + adding <= settings.MANDATE_REVISION_LIMIT
        and size <= settings.MANDATE_HISTORY_SIZE_LIMIT
    )


def make_room(draft_id):
    """Called before a new revision is written: True when it fits, after pruning if need be."""
    if fits(*usage(draft_id)):
        return True
    # One save at a time prunes a draft (two sections saved at once would delete the same rows).
    MandateDraft.objects.select_for_update().filter(pk=draft_id).values_list("pk").first()
    prune(draft_id)
    count, size = usage(draft_id)
    if fits(count, size):
        return True
    drop_oldest(draft_id, count, size)
    return fits(*usage(draft_id))


def _ends(draft_id):
    """The ids of each section's first and latest revision: never pruned."""
    revisions = SectionRevision.objects.filter(section__draft_id=draft_id)
    first = revisions.order_by("section_id", "version").distinct("section_id")
    last = revisions.order_by("section_id", "-version").distinct("section_id")
    return {*first.values_list("pk", flat=True), *last.values_list("pk", flat=True)}


def prune(draft_id, now=None):
    """Delete the revisions the policy above does not keep. Returns how many went."""
    now = now or timezone.now()
    old_autosaves = SectionRevision.objects.filter(
        section__draft_id=draft_id, autosave=True, created_at__lt=now - KEEP_EVERYTHING
    )
    # The last autosave of each section on each day (in the site's time zone): small columns
    # of at most MANDATE_REVISION_LIMIT rows, picked here.
    day_ends = {}
    rows = old_autosaves.order_by("version").values_list("pk", "section_id", "created_at")
    for pk, section_id, created_at in rows:
        day_ends[section_id, timezone.localdate(created_at)] = pk
    keep = _ends(draft_id) | set(day_ends.values())
    deleted, _ = old_autosaves.exclude(pk__in=keep).delete()
    return deleted


def drop_oldest(draft_id, count, size):
    """Delete the oldest revisions (not a section's first or latest) until the draft fits."""
    keep = _ends(draft_id)
    candidates = (
        SectionRevision.objects.filter(section__draft_id=draft_id)
        .exclude(pk__in=keep)
        .annotate(size=StoredSize("data"))
        .order_by("created_at", "pk")
        .values_list("pk", "size")
    )
    doomed = []
    for pk, bytes_used in candidates.iterator():
        if fits(count, size):
            break
        doomed.append(pk)
        count -= 1
        size -= bytes_used or 0
    SectionRevision.objects.filter(pk__in=doomed).delete()
    return len(doomed)
