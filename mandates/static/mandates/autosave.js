/* Autosave for the wizard's steps (progressive enhancement: the Save button works without it).
 *
 * Typing schedules a save of the whole step a moment after the last keystroke. Saves go one at a
 * time and carry the step's version; the server answers with the new version, or says another
 * member changed the same text (then the user opens the side-by-side view with one button). The
 * status line is a polite live region: it announces only finished saves and problems.
 */
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.FormData) return;
  var status = form.querySelector("[data-save-status]");
  var version = form.querySelector("[data-version]");
  var saveButton = form.querySelector('.portal-wizard__actions button[value="lagre"]');
  var DELAY = 1200;
  var timer = null;
  var inFlight = false;
  var again = false;
  var dirty = false;
  var submitting = false;
  var waitingSubmit = null;
  var renewed = false;

  function say(text) {
    if (status.textContent !== text) status.textContent = text;
  }

  function hhmm(text) { return "Lagret kl. " + text; }

  function offerMerge(message) {
    say(message);
    if (status.querySelector("button")) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "ds-button";
    button.setAttribute("data-variant", "secondary");
    button.setAttribute("data-size", "sm");
    button.textContent = "Vis begge tekstene og slå sammen";
    button.addEventListener("click", function () {
      submitting = true;
      if (form.requestSubmit) form.requestSubmit(saveButton); else saveButton.click();
    });
    status.appendChild(document.createTextNode(" "));
    status.appendChild(button);
  }

  function applyUpdates(updated) {
    Object.keys(updated || {}).forEach(function (name) {
      var field = form.elements[name];
      if (!field || field === document.activeElement) return;
      if (field.type === "checkbox") field.checked = !!updated[name];
      else field.value = updated[name] === null ? "" : updated[name];
    });
  }

  function markStep(complete) {
    var key = form.getAttribute("data-step-key");
    var state = document.querySelector('[data-step-state="' + key + '"]');
    if (!state) return;
    state.textContent = complete ? "Fullført" : "Ikke fullført";
    state.classList.toggle("portal-steps__state--done", complete);
  }

  function save() {
    timer = null;
    if (inFlight) { again = true; return; }
    if (!dirty) return;
    inFlight = true;
    dirty = false;
    var data = new FormData(form);
    data.delete("handling");
    fetch(form.getAttribute("data-autosave"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-Autosave": "1", "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (body) { return body; });
    }).then(function (body) {
      if (body.status === "saved") {
        renewed = false;
        version.value = body.version;
        applyUpdates(body.updated);
        markStep(body.complete);
        say(hhmm(body.saved_at));
        if (body.reload && !dirty) {
          say("Lagret kl. " + body.saved_at + ". Andre har endret tabellen, så siden lastes inn på nytt.");
          window.setTimeout(function () { window.location.reload(); }, 1500);
        }
      } else if (body.status === "conflict") {
        dirty = true;
        offerMerge("Ikke lagret: en annen i gruppen har endret den samme teksten.");
      } else if (body.status === "invalid") {
        dirty = true;
        say("Ikke lagret: " + body.errors.length + " felt må rettes. Trykk «Lagre» for å se hvilke.");
      } else if (body.status === "csrf") {
        dirty = true;
        renewToken();
      } else if (body.status === "forbidden") {
        dirty = true;
        say("Ikke lagret: tilgangen din gjelder ikke lenger. Trykk «Lagre» for å ta vare på teksten.");
      }
    }).catch(function () {
      dirty = true;
      say("Ikke lagret: fikk ikke kontakt med serveren. Vi prøver igjen om litt.");
      window.setTimeout(schedule, 5000);
    }).then(function () {
      inFlight = false;
      if (waitingSubmit) {
        // The user pressed a button while a save was on its way: send it now, with the new version.
        var submitter = waitingSubmit;
        waitingSubmit = null;
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
    if (renewed || !field || !window.DOMParser) { say(stuck); return; }
    renewed = true;
    fetch(window.location.href, { credentials: "same-origin" }).then(function (response) {
      return response.text();
    }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, "text/html");
      var fresh = doc.querySelector('input[name="csrfmiddlewaretoken"]');
      if (!fresh) throw new Error("no token");
      field.value = fresh.value;
      schedule();
    }).catch(function () { say(stuck); });
  }

  function schedule() {
    if (timer) window.clearTimeout(timer);
    timer = window.setTimeout(save, DELAY);
  }

  function changed(event) {
    if (event.target.type === "submit" || event.target.type === "button") return;
    dirty = true;
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
