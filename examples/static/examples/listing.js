/* The example listing's filter form, enhanced (it works as a plain GET form without this):
 *
 * - «Vis N eksempler» and every value's count follow the ticked boxes, from …/antall/?<state>;
 *   the new total is read out politely;
 * - Enter on a checkbox applies the filters, as it does in the text field;
 * - after filtering (the form and the chips lead to #resultater) focus moves to the result count,
 *   so a screen reader hears how many examples there are and Tab goes on to the first one.
 */
(function () {
  "use strict";

  var form = document.querySelector("form.portal-filters[data-count-url]");
  if (!form) return;
  var button = form.querySelector("[data-count-button]");
  var status = form.querySelector("[data-count-status]");
  var pending = null;
  var timer = null;

  function examples(n) {
    return n + (n === 1 ? " eksempel" : " eksempler");
  }

  function state() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value !== "") params.append(name, value);
    });
    return params.toString();
  }

  function apply(data) {
    button.textContent = "Vis " + examples(data.count);
    status.textContent = examples(data.count) + " passer med valgene.";
    Object.keys(data.facets).forEach(function (name) {
      var counts = data.facets[name];
      form.querySelectorAll('input[type="checkbox"][name="' + name + '"]').forEach(function (box) {
        var n = counts[box.value] || 0;
        var count = box.labels[0] && box.labels[0].querySelector(".portal-facet__count");
        if (count) {
          count.firstChild.nodeValue = "(" + n;
          count.querySelector(".ds-sr-only").textContent = n === 1 ? " eksempel" : " eksempler";
        }
        box.disabled = n === 0 && !box.checked;
      });
    });
  }

  function refresh() {
    if (pending) pending.abort();
    pending = new AbortController();
    fetch(form.getAttribute("data-count-url") + "?" + state(), {
      headers: { Accept: "application/json" },
      signal: pending.signal,
    })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) apply(data); })
      .catch(function () { /* the button still submits the form */ });
  }

  form.addEventListener("change", function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 150);
  });

  form.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key === "Enter" && target.type === "checkbox") {
      event.preventDefault();
      form.requestSubmit(button);
    }
  });

  // Chromium clears focus when it scrolls to a fragment that cannot take focus, after the page
  // has loaded: move focus once that is done.
  function focusCount() {
    var count = document.getElementById("antall");
    if (count && window.location.hash === "#resultater") count.focus({ preventScroll: true });
  }
  if (document.readyState === "complete") setTimeout(focusCount, 0);
  else window.addEventListener("load", function () { setTimeout(focusCount, 0); });
})();
