/* Autosave for the wizard's steps (progressive enhancement: the Save button works without it).
 *
 * Typing schedules a save of the whole step a moment after the last keystroke. Saves go one at a
 * time and carry the version the page is based on. The server merges them with what others saved
 * in between and answers with the new version and the fields where another member's change was
 * merged in.
 *
 * Never losing a confirmed save: the page may only claim the new version for what it really
 * shows. A merged field the user has not typed in since the save was sent is updated in place.
 * A field the user typed in meanwhile, and a table (its rows cannot be redrawn in place), are
 * listed in the hidden «grunnlag» input as "still what I sent in the save that became version
 * N": the server merges them against that on every save, so nothing another member saved is
 * sent back as old, and two texts written in the same field lead to the side-by-side view. When a table changed, the user
 * gets a «Last inn endringene» button instead of a page that reloads by itself (WCAG 3.2.2).
 *
 * The status line is a polite live region: it announces only finished saves and problems. Its
 * data-state says where the script is (idle, pending, saving, saved, conflict, invalid, rate,
 * full, offline, forbidden), and each change is also an "autosave" event on the form.
 */
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.FormData) return;
  var status = form.querySelector("[data-save-status]");
  var offer = form.querySelector("[data-save-offer]");
  var version = form.querySelector("[data-version]");
  var basis = form.querySelector("[data-basis]");
  var saveButton = form.querySelector('.portal-wizard__actions button[value="lagre"]');
  var fields = (form.getAttribute("data-fields") || "").split(" ").filter(Boolean);
  var DELAY = 1200;
  var RETRY = 5000;
  var older = {}; // field or table name -> the version its content in this page came from
  var timer = null;
  var inFlight = false;
  var again = false;
  var dirty = false;
  var submitting = false;
  var waitingSubmit = null;
  var renewed = false;

  function setState(state, text) {
    if (text !== undefined && status.textContent !== text) status.textContent = text;
    status.setAttribute("data-state", state);
    form.dispatchEvent(new CustomEvent("autosave", { detail: { state: state } }));
  }

  function hhmm(text) { return "Lagret kl. " + text; }

  function value(name) {
    var control = form.elements[name];
    if (!control) return null;
    return control.type === "checkbox" ? (control.checked ? "on" : "") : control.value;
  }

  function snapshot() {
    var values = {};
    fields.forEach(function (name) { values[name] = value(name); });
    return values;
  }

  function labelOf(name) {
    var control = form.elements[name];
    var label = control && control.labels && control.labels[0];
    return label ? label.firstChild.textContent.trim() : name;
  }

  function writeBasis() {
    basis.value = Object.keys(older).map(function (name) { return name + ":" + older[name]; }).join(" ");
  }

  // One button beside the status line (there is at most one offer at a time).
  function offerButton(text, submitValue) {
    offer.textContent = "";
    var button = document.createElement("button");
    button.type = "submit";
    button.name = "handling";
    button.value = submitValue;
    button.className = "ds-button";
    button.setAttribute("data-variant", "secondary");
    button.setAttribute("data-size", "sm");
    button.textContent = text;
    offer.appendChild(button);
  }

  function markStep(complete) {
    var key = form.getAttribute("data-step-key");
    var state = document.querySelector('[data-step-state="' + key + '"]');
    if (!state) return;
    state.textContent = complete ? "Fullført" : "Ikke fullført";
    state.classList.toggle("portal-steps__state--done", complete);
  }

  // The save was stored as version body.version. Take over what others changed where this page
  // still shows what it sent; everything else keeps the version it came from.
  function saved(body, sent) {
    var next = {};
    var applied = [];
    Object.keys(body.updated || {}).forEach(function (name) {
      var control = form.elements[name];
      if (control && value(name) === sent.values[name]) {
        if (control.type === "checkbox") control.checked = body.updated[name] !== null;
        else control.value = body.updated[name] === null ? "" : body.updated[name];
        applied.push(labelOf(name));
      } else {
        next[name] = body.version; // still what this save sent: merge against that
      }
    });
    (body.tables || []).forEach(function (name) { next[name] = body.version; });
    older = next;
    version.value = body.version;
    writeBasis();
    markStep(body.complete);
    offer.textContent = "";
    var text = hhmm(body.saved_at);
    if (applied.length) text += ". Endringer fra andre i gruppen er tatt inn i: " + applied.join(", ");
    if ((body.tables || []).length) {
      text += ". Andre i gruppen har endret tabellen. Last inn endringene for å se dem.";
      offerButton("Last inn endringene", "last-inn");
    }
    setState(dirty ? "pending" : "saved", text);
  }

  function save() {
    timer = null;
    if (inFlight) { again = true; return; }
    if (!dirty) return;
    inFlight = true;
    dirty = false;
    var sent = { version: version.value, older: JSON.parse(JSON.stringify(older)), values: snapshot() };
    var data = new FormData(form);
    data.delete("handling");
    setState("saving");
    fetch(form.getAttribute("data-autosave"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-Autosave": "1", "Accept": "application/json" }
    }).then(function (response) {
      return response.json();
    }).then(function (body) {
      if (body.status === "saved") {
        renewed = false;
        saved(body, sent);
        return;
      }
      dirty = true;
      if (body.status === "conflict") {
        setState("conflict", "Ikke lagret: en annen i gruppen har endret den samme teksten.");
        offerButton("Vis begge tekstene og slå sammen", "lagre");
      } else if (body.status === "invalid") {
        setState("invalid", "Ikke lagret: " + body.errors.length + " felt må rettes. Trykk «Lagre» for å se hvilke.");
      } else if (body.status === "rate") {
        setState("rate", "Ikke lagret ennå: det lagres veldig ofte i dette utkastet akkurat nå. Vi prøver igjen om litt.");
        window.setTimeout(schedule, (body.retry_after || 5) * 1000);
      } else if (body.status === "full") {
        setState("full", "Ikke lagret: utkastet har nådd grensen for hvor mye det kan lagre. Teksten din står her fortsatt; trykk «Lagre» for å se hva du kan gjøre.");
      } else if (body.status === "csrf") {
        renewToken();
      } else if (body.status === "forbidden") {
        setState("forbidden", "Ikke lagret: tilgangen din gjelder ikke lenger. Trykk «Lagre» for å ta vare på teksten.");
      } else {
        throw new Error(body.status);
      }
    }).catch(function () {
      dirty = true;
      setState("offline", "Ikke lagret: fikk ikke kontakt med serveren. Vi prøver igjen om litt.");
      window.setTimeout(schedule, RETRY);
    }).then(function () {
      inFlight = false;
      if (waitingSubmit) {
        // The user pressed a button while a save was on its way: send it now, with the new version.
        var submitter = waitingSubmit;
        waitingSubmit = null;
        submitting = true;
        if (form.requestSubmit) form.requestSubmit(submitter); else submitter.click();
        return;
      }
      if (again) { again = false; schedule(); }
    });
  }

  // The form's security token no longer matches the browser's cookie (the page stood open very
  // long, or the cookie was cleared). Fetch the step afresh once for a new token and save again;
  // if that does not help, the Save button leads to a page that shows what was typed.
  function renewToken() {
    var field = form.elements.csrfmiddlewaretoken;
    var stuck = "Ikke lagret: nettleseren godtar ikke informasjonskapslene våre. " +
      "Trykk «Lagre», så vises teksten din, og du kan ta vare på den.";
    if (renewed || !field || !window.DOMParser) { setState("forbidden", stuck); return; }
    renewed = true;
    fetch(window.location.href, { credentials: "same-origin" }).then(function (response) {
      return response.text();
    }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, "text/html");
      var fresh = doc.querySelector('input[name="csrfmiddlewaretoken"]');
      if (!fresh) throw new Error("no token");
      field.value = fresh.value;
      schedule();
    }).catch(function () { setState("forbidden", stuck); });
  }

  function schedule() {
    if (timer) window.clearTimeout(timer);
    timer = window.setTimeout(save, DELAY);
  }

  function changed(event) {
    var target = event.target;
    if (target.type === "submit" || target.type === "button") return;
    if (target === version || target === basis) return;
    // Text fields fire "change" when they lose focus, after the "input" that already counted.
    if (event.type === "change" && (target.tagName === "TEXTAREA" || target.type === "text")) return;
    dirty = true;
    if (!inFlight) setState("pending");
    schedule();
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", function (event) {
    if (timer) window.clearTimeout(timer);
    if (inFlight) {
      event.preventDefault();
      waitingSubmit = event.submitter || saveButton;
      return;
    }
    submitting = true;
  });
  window.addEventListener("beforeunload", function (event) {
    if ((dirty || inFlight) && !submitting) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
