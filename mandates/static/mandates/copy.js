/* "Kopier lenken" on the share page: shown only where the browser can copy. */
(function () {
  "use strict";
  var status = document.querySelector("[data-copy-status]");
  if (!navigator.clipboard || !window.isSecureContext) return;
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var input = document.getElementById(button.getAttribute("data-copy"));
    if (!input) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(input.value).then(
        function () { if (status) status.textContent = "Lenken er kopiert."; },
        function () { if (status) status.textContent = "Kunne ikke kopiere. Merk teksten og kopier den selv."; }
      );
    });
  });
})();
