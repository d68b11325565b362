/* The work plan's table in the page (progressive enhancement: every button also works without
 * JavaScript, by saving the step; this script does the same without reloading).
 *
 * Add, move and remove a task or a whole phase's tasks; the rows are then numbered again (the
 * form's names, ids and labels), and a "change" on the form lets autosave.js save the step.
 * Moving a row past the edge of its phase moves it into the neighbouring phase, as the server
 * does (mandates/work_plan.py). Filters hide rows in place; hidden rows are still saved. Every
 * change is said in the polite status line, and focus stays on the control that was used.
 */
(function () {
  "use strict";
  var plan = document.querySelector("[data-work-plan]");
  if (!plan || !window.history || !("content" in document.createElement("template"))) return;
  var form = plan.closest("form");
  var total = plan.querySelector('input[name$="-TOTAL_FORMS"]');
  var prefix = total.name.replace(/-TOTAL_FORMS$/, "");
  var status = plan.querySelector("[data-plan-status]");
  var template = plan.querySelector("template[data-row-template]");
  var filterBox = plan.querySelector("[data-plan-filter]");
  var filterForm = document.getElementById("plan-filter");
  var rowLabel = plan.getAttribute("data-row-label");
  var maxRows = parseInt(plan.getAttribute("data-max-rows"), 10);
  var indexed = new RegExp(prefix + "-(\\d+|__prefix__)-", "g");
  var groupBy = plan.getAttribute("data-group-by");
  // The page says a row's phase only in the first row of its phase (the server gives the rows
  // after it the one above); a row moved or added here gets its own, renumber() names it.
  function groupInput(tr) {
    var input = tr.querySelector('input[type="hidden"][name$="-' + groupBy + '"]');
    if (!input) {
      input = document.createElement("input");
      input.type = "hidden";
      input.name = prefix + "-0-" + groupBy;
      tr.querySelector("th").appendChild(input);
    }
    return input;
  }

  function rows() { return Array.prototype.slice.call(plan.querySelectorAll("tr[data-row]")); }
  function groups() { return Array.prototype.slice.call(plan.querySelectorAll("[data-group]")); }
  function say(text) { status.textContent = text; }
  function saved() { form.dispatchEvent(new Event("change", { bubbles: true })); }
  function label(group) { return group.querySelector("[data-group-label]").textContent; }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  function renumber() {
    var all = rows();
    all.forEach(function (tr, i) {
      var n = i + 1;
      groupInput(tr).value = tr.closest("[data-group]").getAttribute("data-phase");
      tr.id = "rad-" + n;
      tr.querySelector("th").firstChild.nodeValue = String(n);
      Array.prototype.forEach.call(tr.querySelectorAll("[name],[id],[aria-describedby]"), function (el) {
        ["name", "id", "aria-describedby"].forEach(function (attr) {
          var value = el.getAttribute(attr);
          if (value && value.indexOf(prefix + "-") !== -1) el.setAttribute(attr, value.replace(indexed, prefix + "-" + i + "-"));
        });
      });
      Array.prototype.forEach.call(tr.querySelectorAll("[aria-label]"), function (el) {
        el.setAttribute("aria-label", el.getAttribute("aria-label").replace(/(\d+|__n__)$/, String(n)));
      });
      Array.prototype.forEach.call(tr.querySelectorAll("button[value]"), function (button) {
        button.value = button.value.replace(/-(\d+|__prefix__)$/, "-" + i);
      });
      tr.querySelector('button[value^="opp-"]').disabled = i === 0;
      tr.querySelector('button[value^="ned-"]').disabled = i === all.length - 1;
    });
    total.value = String(all.length);
    var first = 0;
    groups().forEach(function (group) {
      var size = group.querySelectorAll("tr[data-row]").length;
      if (!size) { group.remove(); return; }
      var name = label(group);
      group.querySelector("[data-group-size]").textContent = plural(size, "oppgave", "oppgaver");
      group.querySelector("[data-add-to-group]").value = "ny-" + first;
      var remove = group.querySelector("[data-remove-group]");
      remove.value = "fjern-fase-" + first;
      remove.textContent = "Fjern alle " + size + " oppgavene i " + name;
      first += size;
    });
  }

  function focusIn(tr, selector) {
    var target = tr && tr.querySelector(selector);
    if (target && target.disabled) target = tr.querySelector(selector === 'button[value^="opp-"]' ? 'button[value^="ned-"]' : 'button[value^="opp-"]');
    if (target) target.focus();
  }

  function move(tr, step, selector) {
    var all = rows();
    var i = all.indexOf(tr);
    var other = all[i + step];
    if (!other) return;
    var group = tr.closest("[data-group]");
    var target = other.closest("[data-group]");
    var note = "";
    if (group !== target) {
      var body = target.querySelector("[data-group-rows]");
      if (step < 0) body.appendChild(tr); else body.insertBefore(tr, body.firstChild);
      groupInput(tr).value = target.getAttribute("data-phase");
      target.open = true;
      note = " i " + label(target);
    } else if (step < 0) {
      tr.parentNode.insertBefore(tr, other);
    } else {
      tr.parentNode.insertBefore(other, tr);
    }
    renumber();
    focusIn(tr, selector);
    say(rowLabel + " flyttet til nummer " + (rows().indexOf(tr) + 1) + note + ".");
    saved();
  }

  function remove(tr) {
    var all = rows();
    var i = all.indexOf(tr);
    var text = tr.querySelector("textarea");
    var what = text && text.value.trim() ? "«" + text.value.trim().split("\n")[0].slice(0, 60) + "»" : rowLabel.toLowerCase() + " " + (i + 1);
    tr.remove();
    renumber();
    var next = rows()[Math.min(i, rows().length - 1)];
    if (next) focusIn(next, 'button[value^="fjern-"]'); else plan.querySelector("[data-add-row]").focus();
    say(rowLabel + " " + what + " er fjernet. Den ligger i historikken hvis dere vil ha den tilbake.");
    saved();
  }

  function removeGroup(group) {
    var size = group.querySelectorAll("tr[data-row]").length;
    var name = label(group);
    var next = group.nextElementSibling;
    group.remove();
    renumber();
    if (next && next.matches("[data-group]")) next.querySelector("summary").focus();
    else plan.querySelector("[data-add-row]").focus();
    say(plural(size, "oppgave", "oppgaver") + " i " + name + " er fjernet.");
    saved();
  }

  function randomId() {
    var bytes = new Uint8Array(4);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function addTo(group) {
    if (rows().length >= maxRows) { say("Arbeidsplanen kan ha høyst " + maxRows + " oppgaver."); return; }
    var fragment = template.content.cloneNode(true);
    var tr = fragment.querySelector("tr");
    tr.querySelector('input[name$="-id"]').value = randomId();
    groupInput(tr).value = group.getAttribute("data-phase");
    group.querySelector("[data-group-rows]").appendChild(tr);
    group.hidden = false;
    group.open = true;
    renumber();
    var n = rows().indexOf(tr) + 1;
    var first = tr.querySelector("textarea, input:not([type=hidden]), select");
    if (first) first.focus();
    say("Ny " + rowLabel.toLowerCase() + " lagt til i " + label(group) + " som nummer " + n + ".");
    saved();
  }

  plan.addEventListener("click", function (event) {
    var button = event.target.closest("button[value]");
    if (!button || !plan.contains(button)) return;
    var value = button.value;
    var tr = button.closest("tr[data-row]");
    var group = button.closest("[data-group]");
    var last = groups()[groups().length - 1];
    if (tr && /^opp-/.test(value)) { event.preventDefault(); move(tr, -1, 'button[value^="opp-"]'); }
    else if (tr && /^ned-/.test(value)) { event.preventDefault(); move(tr, 1, 'button[value^="ned-"]'); }
    else if (tr && /^fjern-\d+$/.test(value)) { event.preventDefault(); remove(tr); }
    else if (group && /^fjern-fase-/.test(value)) { event.preventDefault(); removeGroup(group); }
    else if (group && /^ny-/.test(value)) { event.preventDefault(); addTo(group); }
    else if (value === "legg-til" && last) { event.preventDefault(); addTo(last); }
  });

  // Filters: applied at once, the address updated so a reload or a shared link shows the same.
  var controls = { status: filterBox.querySelector("#filter-status"), ansvarlig: filterBox.querySelector("#filter-ansvarlig"), forfalt: filterBox.querySelector("#filter-forfalt") };

  function cell(tr, column) { return tr.querySelector('[name$="-' + column + '"]'); }

  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + ("0" + (d.getMonth() + 1)).slice(-2) + "-" + ("0" + d.getDate()).slice(-2);
  }

  function applyFilter() {
    var wanted = controls.status.value;
    var who = controls.ansvarlig.value;
    var overdue = controls.forfalt.checked;
    var now = today();
    var shown = 0;
    var all = rows();
    all.forEach(function (tr) {
      var state = cell(tr, "status").value;
      var names = cell(tr, "responsible").value.split(",").map(function (s) { return s.trim(); });
      var deadline = cell(tr, "deadline").value;
      var match = (!wanted || state === wanted) && (!who || names.indexOf(who) !== -1) &&
        (!overdue || (deadline && deadline < now && state !== "ferdig"));
      tr.hidden = !match;
      if (match) shown += 1;
    });
    groups().forEach(function (group) { group.hidden = !group.querySelector("tr[data-row]:not([hidden])"); });
    var active = wanted || who || overdue;
    say(active ? "Viser " + shown + " av " + all.length + " oppgaver." : all.length + " oppgaver i " + plural(groups().length, "fase", "faser") + ".");
    var query = new URLSearchParams();
    if (wanted) query.set("status", wanted);
    if (who) query.set("ansvarlig", who);
    if (overdue) query.set("forfalt", "1");
    var search = query.toString();
    window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
    var clear = filterBox.querySelector("[data-filter-clear]");
    if (clear) clear.hidden = !active;
  }

  ["change", "input"].forEach(function (type) {
    // The filter's controls belong to the filter form, not the step: autosave must not see them.
    filterBox.addEventListener(type, function (event) {
      event.stopPropagation();
      if (type === "change") applyFilter();
    });
  });
  if (filterForm) filterForm.addEventListener("submit", function (event) { event.preventDefault(); applyFilter(); });
  var clear = filterBox.querySelector("[data-filter-clear]");
  if (clear) clear.addEventListener("click", function (event) {
    event.preventDefault();
    controls.status.value = "";
    controls.ansvarlig.value = "";
    controls.forfalt.checked = false;
    applyFilter();
    controls.status.focus();
  });
  var submit = filterBox.querySelector("[data-filter-submit]");
  if (submit) submit.hidden = true; // applied as soon as a filter changes
})();
