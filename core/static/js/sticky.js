/* Keep the focused control clear of sticky bars (WCAG 2.4.11 Focus Not Obscured).
 *
 * The wizard's save bar and the listing's «Vis N eksempler» stay at the bottom of the screen
 * ([data-sticky-bottom]). The CSS gives the page a scroll-padding for them, but Chromium does not
 * apply it when focus moves by Tab into a control that is already partly on screen, so a textarea
 * could stay a quarter hidden. When a control outside such a bar gets focus and the bar covers it,
 * the page scrolls just enough to show it above the bar.
 */
(function () {
  "use strict";

  var MARGIN = 8;

  document.addEventListener("focusin", function (event) {
    var target = event.target;
    if (!target || !target.getBoundingClientRect) return;
    var box = target.getBoundingClientRect();
    var needed = 0;
    document.querySelectorAll("[data-sticky-bottom]").forEach(function (bar) {
      if (bar.contains(target)) return;
      var style = getComputedStyle(bar);
      if (style.position !== "sticky" && style.position !== "fixed") return;
      var top = bar.getBoundingClientRect().top;
      if (box.bottom > top && box.top < top + bar.offsetHeight) {
        needed = Math.max(needed, box.bottom - top + MARGIN);
      }
    });
    // Never push the control's own top off the screen.
    needed = Math.min(needed, Math.max(0, box.top - MARGIN));
    if (needed > 0) window.scrollBy(0, needed);
  });
})();
