/* "Kopier lenke" and "Skriv ut" on an example: shown only when JavaScript can do the job. */
(function () {
  "use strict";
  var box = document.querySelector("[data-share]");
  if (!box) return;
  var status = box.querySelector(".portal-share__status");
  var copy = box.querySelector("[data-copy-link]");
  var print = box.querySelector("[data-print]");
  if (copy && navigator.clipboard && window.isSecureContext) {
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(window.location.href.split("#")[0]).then(
        function () { status.textContent = "Lenken er kopiert."; },
        function () { status.textContent = "Kunne ikke kopiere. Kopier adressen fra adressefeltet."; }
      );
    });
  } else if (copy) {
    copy.remove();
  }
  if (print) print.addEventListener("click", function () { window.print(); });
  box.hidden = false;
})();
