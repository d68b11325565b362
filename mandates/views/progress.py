"""The progress view: the phase's results and the plan's tasks ticked off, what is overdue,
and who does what (``mandates/progress.py``)."""

from django.utils import timezone

from core.http import private, see_other
from mandates.approvals import ResultCheck
from mandates.prefill import plan_parts
from mandates.progress import (
    parse_done_dates,
    phase_results,
    save_results,
    save_tasks,
    summary,
    task_lines,
    who_does_what,
)
from mandates.rendering import render, require_access
from mandates.sections import TASKS


def progress(request, wizard, public_id):
    access, refused = require_access(request, wizard, public_id, edit=request.method == "POST")
    if refused:
        return refused
    draft = access.draft
    section = draft.sections.get(key="arbeidsplan")
    results = phase_results(plan_parts(draft, request), ResultCheck.objects.filter(draft=draft))
    rows = [r for r in (section.data or {}).get(TASKS.name, []) if str(r.get("task") or "").strip()]
    today = timezone.localdate()
    posted, errors, status = None, [], 200
    if request.method == "POST":
        posted = request.POST
        dates, errors = parse_done_dates(rows, posted)
        if not errors:
            shown = [rid for group in results for rid, _, _ in group.results]
            save_results(draft, shown, set(posted.getlist("resultat")), today)
            save_tasks(section, set(posted.getlist("ferdig")), dates, today)
            return private(see_other(wizard.draft_url(draft, "progress") + "?lagret=1"))
        status = 422
    groups, overdue = task_lines(rows, today, posted, {anchor for anchor, _, _ in errors})
    return render(
        request,
        wizard,
        "mandates/progress.html",
        {
            "access": access,
            "draft": draft,
            "results": results,
            "posted_results": set(posted.getlist("resultat")) if posted else None,
            "groups": groups,
            "overdue": overdue,
            "who": who_does_what(rows),
            "summary": summary(rows, results),
            "deadline": TASKS.column("deadline"),
            "status_column": TASKS.column("status"),
            "errors": errors,
            "just_saved": request.GET.get("lagret") == "1",
        },
        status=status,
    )
