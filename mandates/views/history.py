"""Every save of a draft as a revision: list, view and restore."""

from core.http import private, see_other
from mandates.diffs import is_empty, step_changes
from mandates.document import MandateDocument
from mandates.drafts import SectionRevision
from mandates.members import writer_for
from mandates.rendering import refuse, render, require_access
from mandates.saving import save_section
from mandates.sections import STEPS_BY_KEY

HISTORY_LENGTH = 300


def history(request, wizard, public_id):
    access, refused = require_access(request, wizard, public_id)
    if refused:
        return refused
    revisions = list(
        SectionRevision.objects.filter(section__draft=access.draft)
        .select_related("section")
        .defer("data")
        .order_by("-created_at", "-pk")[:HISTORY_LENGTH]
    )
    for revision in revisions:
        revision.step = STEPS_BY_KEY[revision.section.key]
    return render(
        request,
        wizard,
        "mandates/history.html",
        {"access": access, "draft": access.draft, "revisions": revisions},
    )


def revision(request, wizard, public_id, revision_id):
    access, refused = require_access(request, wizard, public_id, edit=request.method == "POST")
    if refused:
        return refused
    found = (
        SectionRevision.objects.filter(pk=revision_id, section__draft=access.draft)
        .select_related("section")
        .first()
    )
    if found is None:
        return refuse(request, wizard, "ukjent-versjon")
    step = STEPS_BY_KEY[found.section.key]
    previous = (
        SectionRevision.objects.filter(section=found.section, version__lt=found.version)
        .exclude(pk=found.pk)
        .order_by("-version")
        .first()
    )
    emptying = is_empty(step, found.data) and not is_empty(step, found.section.data)
    if request.method == "POST" and emptying and request.POST.get("bekreft") != "tom":
        # Restoring an empty version empties the step: the page asks first (409, nothing saved).
        return revision_page(request, wizard, access, found, step, previous, 409, confirm=True)
    if request.method == "POST":
        result = save_section(
            {"pk": found.section.pk},
            found.section.version,
            found.data,
            note=f"Gjenopprettet fra versjon {found.version}",
            writer=writer_for(request),
        )
        target = wizard.draft_url(public_id, "step", number=step.number)
        target += f"?gjenopprettet={found.version}"
        if not result.saved:  # someone saved in between: show the history again
            target = wizard.draft_url(public_id, "revision", revision_id=found.pk)
        return private(see_other(target))
    return revision_page(request, wizard, access, found, step, previous)


def revision_page(request, wizard, access, found, step, previous, status=200, confirm=False):
    """A revision: who saved it and when, what it changed (word by word, row by row) against
    the revision before it, and the step as it stood; ``confirm`` asks before emptying."""
    document = MandateDocument(
        name=access.draft.name,
        public_id=access.draft.public_id,
        process_title="",
        sections={step.key: found.data},
    )
    return render(
        request,
        wizard,
        "mandates/revision.html",
        {
            "access": access,
            "draft": access.draft,
            "revision": found,
            "previous": previous,
            "changes": step_changes(step, previous.data if previous else {}, found.data),
            "empty": is_empty(step, found.data),
            "confirm": confirm,
            "step": step,
            "document": document,
            "is_current": found.version == found.section.version,
        },
        status=status,
    )
