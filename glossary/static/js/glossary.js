/* Glossary popovers: a progressive enhancement of the term links the server puts in the text.
 *
 * Without JavaScript a marked term is an ordinary link to its page in the glossary. With it, the
 * link works as a disclosure button: Enter, Space, a click or a tap opens a small non-modal dialog
 * with the short definition (taken from the page's own «Ord og begreper på denne siden» list, so
 * nothing is fetched), Escape or «Lukk» closes it and focus returns to the term. Focus leaving the
 * dialog closes it too.
 *
 * The dialog is laid out in the text's flow, on the line below the term and starting under it, so
 * it pushes the rest of the paragraph down instead of covering it (and the term links in it).
 */
(function () {
  "use strict";

  var current = null; // { trigger, popover }

  function definitionOf(slug) {
    var element = document.getElementById("begrep-" + slug);
    return element ? element.textContent.trim() : "";
  }

  function close(returnFocus) {
    if (!current) return;
    var trigger = current.trigger;
    current.popover.remove();
    trigger.setAttribute("aria-expanded", "false");
    current = null;
    if (returnFocus) trigger.focus();
  }

  function open(trigger) {
    close(false);
    var slug = trigger.getAttribute("data-term");
    var popover = document.createElement("span");
    popover.id = trigger.getAttribute("aria-controls");
    popover.className = "portal-term-popover";
    popover.setAttribute("role", "dialog");
    popover.setAttribute("aria-label", "Forklaring: " + trigger.textContent);
    popover.setAttribute("aria-describedby", popover.id + "-tekst");
    popover.tabIndex = -1;

    var text = document.createElement("span");
    text.id = popover.id + "-tekst";
    text.className = "portal-term-popover__text";
    text.setAttribute("lang", "nb");
    text.textContent = definitionOf(slug);

    var more = document.createElement("a");
    more.href = trigger.href;
    more.className = "ds-link";
    more.textContent = "Les mer i ordlisten";

    var closeButton = document.createElement("button");
    closeButton.type = "button";
    closeButton.className = "ds-button portal-term-popover__close";
    closeButton.setAttribute("data-variant", "tertiary");
    closeButton.setAttribute("data-size", "sm");
    closeButton.textContent = "Lukk";
    closeButton.addEventListener("click", function () { close(true); });

    popover.append(text, more, closeButton);
    trigger.after(popover);
    place(trigger, popover);
    trigger.setAttribute("aria-expanded", "true");
    current = { trigger: trigger, popover: popover };
    popover.addEventListener("focusout", function (event) {
      var next = event.relatedTarget;
      if (current && current.popover === popover && next && !popover.contains(next) && next !== trigger) {
        close(false);
      }
    });
    popover.focus();
  }

  function place(trigger, popover) {
    // Start under the term, but never past the right edge of the text column.
    var block = popover.parentElement;
    while (block.parentElement && getComputedStyle(block).display.indexOf("inline") === 0) {
      block = block.parentElement;
    }
    var column = block.getBoundingClientRect();
    var term = trigger.getClientRects();
    var left = (term.length ? term[term.length - 1].left : column.left) - column.left;
    var room = column.width - popover.offsetWidth;
    popover.style.marginInlineStart = Math.max(0, Math.min(left, room)) + "px";
  }

  function toggle(trigger) {
    if (current && current.trigger === trigger) close(true);
    else open(trigger);
  }

  var links = document.querySelectorAll("a.portal-term[data-term]");
  Array.prototype.forEach.call(links, function (link, index) {
    if (!definitionOf(link.getAttribute("data-term"))) return; // keep it a plain link
    link.setAttribute("role", "button");
    link.setAttribute("aria-expanded", "false");
    link.setAttribute("aria-haspopup", "dialog");
    link.setAttribute("aria-controls", "begrepsforklaring-" + index);
    link.addEventListener("click", function (event) {
      event.preventDefault();
      toggle(link);
    });
    link.addEventListener("keydown", function (event) {
      if (event.key === " ") {
        event.preventDefault();
        toggle(link);
      }
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && current) {
      event.preventDefault();
      close(true);
    }
  });
  document.addEventListener("click", function (event) {
    if (current && !current.popover.contains(event.target) && event.target !== current.trigger) {
      close(false);
    }
  });
})();
