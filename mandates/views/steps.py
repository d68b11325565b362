"""The wizard's steps: one URL each, saved on the server with or without JavaScript."""

from urllib.parse import quote

from core.http import private, see_other
from core.input import ascii_int
from mandates.document import MandateDocument
from mandates.forms import StepForms
from mandates.members import (
    browser_id,
    clean_name,
    member_name,
    remember_browser,
    remember_name,
)
from mandates.prefill import new_row_id, plan_parts, process_phases
from mandates.rendering import refuse, render, require_access, saved_label
from mandates.retention import retry_after, too_many_saves
from mandates.saving import Writer, parse_older, parse_version, save_section, seal_run
from mandates.sections import STEPS, STEPS_BY_NUMBER, TASKS, empty_row, missing_parts
from mandates.work_plan import apply_plan_action, move_row

NAVIGATION = {"neste": 1, "forrige": -1}
# After a save, the step again with a notice: «Lagre» and the row buttons, or «Last inn
# endringene» (the autosave script's offer when another member changed a table).
NOTICES = {"last-inn": "oppdatert=1", "navn": "navn=1"}


def draft_home(request, wizard, public_id):
    access, refused = require_access(request, wizard, public_id)
    if refused:
        return refused
    if access.can_edit:
        return private(see_other(wizard.draft_url(public_id, "step", number=1)))
    sections = list(access.draft.sections.all())
    document = MandateDocument.from_draft(access.draft, sections)
    return render(
        request,
        wizard,
        "mandates/read.html",
        {"access": access, "draft": access.draft, "document": document},
    )


def step(request, wizard, public_id, number):
    current = STEPS_BY_NUMBER.get(number)
    if current is None:
        return refuse(request, wizard, "ukjent-steg")
    access, refused = require_access(request, wizard, public_id, edit=request.method == "POST")
    if refused:
        return refused
    if not access.can_edit:
        return private(see_other(wizard.draft_url(public_id)))
    draft = access.draft
    sections = {s.key: s for s in draft.sections.all()}
    if current.is_review:
        return review(request, wizard, access, sections)
    section = sections[current.key]
    if request.method == "POST":
        return save(request, wizard, access, current, section, sections)
    forms = StepForms(current, stored=section.data)
    if "mangler" in request.GET:
        flag_missing(forms, current, section.data)
    response = render_step(request, wizard, access, current, section, sections, forms)
    return remember_browser(request, response, wizard)


def flag_missing(forms, current, data):
    """Show the review's "må fylles ut" as field errors when the user comes to fix them."""
    forms.flagged_summary = []
    table = current.table
    for item in missing_parts(current, data):
        forms.flagged_summary.append((item.anchor, item.label, item.message))
        name = item.anchor.removeprefix("id_")
        target = forms.form
        if table is not None and name.startswith(f"{table.name}-"):
            parts = name.split("-", 2)
            if len(parts) < 3:  # the table's own anchor («må ha minst én rad»): no field to flag
                continue
            _, index, name = parts
            target = forms.formset.forms[int(index)]
        if name in target.fields:
            target.cleaned_data = getattr(target, "cleaned_data", {})
            target.add_error(name, f"{target.fields[name].label} {item.message}.")


def render_step(request, wizard, access, current, section, sections, forms, status=200, **conflict):
    """The step's page; ``conflict`` holds the conflict view's extras (texts and version)."""
    seal_run(section)
    # The work plan offers each phase's and step's tasks; the guidance's phases come from them.
    parts = plan_parts(access.draft, request) if current.table is TASKS else None
    data_by_key = {key: s.data for key, s in sections.items()}
    # «Fullført» only when someone has saved the step: a pre-filled plan nobody looked at is not.
    states = {
        s.key: sections[s.key].version > 0 and not missing_parts(s, data_by_key.get(s.key))
        for s in STEPS
        if not s.is_review
    }
    context = {
        "access": access,
        "draft": access.draft,
        "step": current,
        "states": states,
        "section": section,
        "version": section.version,
        "forms": forms,
        "errors": (
            forms.errors_for_summary()
            if forms.form.is_bound
            else getattr(forms, "flagged_summary", [])
        ),
        "guidance": wizard.guidance_for(current.key),
        "phases": process_phases(access.draft, request, parts),
        "plan_parts": [part for part in parts or () if part.tasks],
        "saved_at": saved_label(section.updated_at) if section.version else "",
        "just_saved": request.GET.get("lagret") == "1",
        "reloaded": request.GET.get("oppdatert") == "1",
        "previous_step": STEPS_BY_NUMBER.get(current.number - 1),
        "next_step": STEPS_BY_NUMBER.get(current.number + 1),
        **conflict,
    }
    return render(request, wizard, "mandates/step.html", context, status=status)


def apply_row_action(action, current, data, parts=()):
    """Add, remove or move a table row, or (a grouped table) add or remove a whole group's rows
    (buttons that work without JavaScript): the new data and the id of the row to show next
    (None: no row action)."""
    table = current.table
    if table is None or not action:
        return data, None
    rows = list(data.get(table.name, []))
    grouped = apply_plan_action(action, table, rows, parts)
    if grouped is not None:
        rows, focus = grouped
        return {**data, table.name: rows}, rows[focus]["id"] if focus is not None else None
    verb, _, position = action.partition("-")
    index = ascii_int(position, default=-1)
    focus = None
    if verb == "legg" and len(rows) < table.max_rows:
        # In a grouped table a new row joins the last group.
        group = (
            {table.group_by: rows[-1].get(table.group_by, "")} if table.group_by and rows else {}
        )
        rows.append({"id": new_row_id(), **empty_row(table), **group})
        focus = len(rows) - 1
    elif verb == "fjern" and 0 <= index < len(rows):
        del rows[index]
        focus = min(index, len(rows) - 1) if rows else None
    elif verb in ("opp", "ned"):
        focus = move_row(rows, index, -1 if verb == "opp" else 1, table.group_by)
        if focus is None:
            return data, None
    else:
        return data, None
    return {**data, table.name: rows}, rows[focus]["id"] if focus is not None else None


def row_anchor(current, data, row_id):
    """``#rad-N`` for the row with ``row_id`` where the save put it (a merge may have put rows
    others added before it), or "" when there is none."""
    if row_id is None or current.table is None:
        return ""
    ids = [row.get("id") for row in data.get(current.table.name, [])]
    return f"#rad-{ids.index(row_id) + 1}" if row_id in ids else ""


def save(request, wizard, access, current, section, sections):
    forms = StepForms(current, data=request.POST, stored=section.data)
    if too_many_saves(request, access.draft):
        # Nothing saved, nothing lost: the form comes back as it was sent, with the reason.
        response = render_step(
            request, wizard, access, current, section, sections, forms, status=429, limited=True
        )
        response["Retry-After"] = str(retry_after())
        return response
    if not forms.is_valid():
        return render_step(request, wizard, access, current, section, sections, forms, status=422)
    action = request.POST.get("handling", "lagre")
    named = clean_name(request.POST.get("hvem", ""))  # «Hvem skriver?» in the step's form
    parts = plan_parts(access.draft, request) if action.startswith("hent-fase-") else ()
    data, focus = apply_row_action(action, current, forms.cleaned(), parts)
    result = save_section(
        {"pk": section.pk},
        parse_version(request.POST.get("versjon")),
        data,
        older=parse_older(request.POST.get("grunnlag"), current.all_field_names()),
        writer=Writer(browser=browser_id(request), name=named or member_name(request)),
    )
    if result.status == "full":
        return render_step(
            request, wizard, access, current, section, sections, forms, status=507, full=True
        )
    if not result.saved:
        merged = StepForms(current, stored=result.data)
        sections[current.key] = result.section
        return render_step(
            request,
            wizard,
            access,
            current,
            result.section,
            sections,
            merged,
            status=409,
            conflicts=result.conflicts,
            their_forms=StepForms(current, stored=result.section.data),
        )
    step_url = wizard.draft_url(access.draft, "step", number=current.number)
    if action == "bytt-navn" or (action == "navn" and not named):
        # Saved; the name's own page changes the name (or says what is missing).
        target = wizard.draft_url(access.draft, "member_name") + "?"
        target += "tomt=1&" if action == "navn" else ""
        return private(see_other(f"{target}tilbake={quote(step_url, safe='/')}"))
    move = NAVIGATION.get(action)
    if move and STEPS_BY_NUMBER.get(current.number + move):
        url = wizard.draft_url(access.draft, "step", number=current.number + move)
    else:
        renamed = named and named != member_name(request)
        notice = (
            NOTICES["navn"] if renamed and action == "lagre" else NOTICES.get(action, "lagret=1")
        )
        url = f"{step_url}?{notice}{row_anchor(current, result.data, focus)}"
    response = private(see_other(url))
    if named and named != member_name(request):
        remember_name(request, response, wizard, named)
    return response


def review(request, wizard, access, sections):
    document = MandateDocument.from_draft(access.draft, list(sections.values()))
    missing = document.missing()
    states = document.step_states()
    return render(
        request,
        wizard,
        "mandates/review.html",
        {
            "access": access,
            "draft": access.draft,
            "step": STEPS_BY_NUMBER[7],
            "states": states,
            "document": document,
            "missing": missing,
            "previous_step": STEPS_BY_NUMBER[6],
            "guidance": wizard.guidance_for("gjennomgang"),
        },
    )
