/* Search suggestions: an ARIA 1.2 combobox on every search field (progressive enhancement).
 * Without this script the forms submit to /sok/ as usual. Suggestions come from /sok/forslag/.
 * Keys: arrow down/up move through the list, Enter opens the chosen page, Escape closes.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var endpoint = (script && script.dataset.autocompleteUrl) || "/sok/forslag/";
  var MIN_LENGTH = 2;
  var DELAY = 150;
  var counter = 0;

  function enhance(input) {
    counter += 1;
    var listId = "search-suggestions-" + counter;
    var statusId = listId + "-status";
    var form = input.form;
    var wrapper = input.parentNode;
    wrapper.classList.add("portal-combobox");

    var list = document.createElement("ul");
    list.id = listId;
    list.className = "portal-combobox__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Forslag");
    list.hidden = true;
    wrapper.appendChild(list);

    var status = document.createElement("div");
    status.id = statusId;
    status.className = "ds-sr-only";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    wrapper.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    var items = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var lastQuery = "";

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function setActive(index) {
      var options = list.querySelectorAll("[role=option]");
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function go(index) {
      if (items[index]) {
        window.location.assign(items[index].url);
      }
    }

    function render(suggestions) {
      items = suggestions;
      list.textContent = "";
      active = -1;
      if (!suggestions.length) {
        close();
        status.textContent = lastQuery.length >= MIN_LENGTH ? "Ingen forslag." : "";
        return;
      }
      suggestions.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.className = "portal-combobox__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        var title = document.createElement("span");
        title.className = "portal-combobox__title";
        title.textContent = item.title;
        if (item.lang) {
          title.setAttribute("lang", item.lang); // nynorsk pages are read as nynorsk
        }
        var type = document.createElement("span");
        type.className = "portal-combobox__type";
        type.textContent = item.type;
        option.appendChild(title);
        option.appendChild(document.createTextNode(" "));
        option.appendChild(type);
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the field
        });
        option.addEventListener("click", function () {
          go(i);
        });
        list.appendChild(option);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent =
        suggestions.length +
        (suggestions.length === 1 ? " forslag" : " forslag") +
        ". Bruk pil opp og ned for å velge, Enter for å åpne.";
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      lastQuery = query;
      if (query.length < MIN_LENGTH) {
        render([]);
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = window.AbortController ? new AbortController() : null;
      fetch(endpoint + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        signal: controller ? controller.signal : undefined,
      })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          if (input.value.trim() === query) {
            render(data.suggestions || []);
          }
        })
        .catch(function () {
          /* Aborted or offline: the plain form still works. */
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY);
    });

    input.addEventListener("keydown", function (event) {
      var open = !list.hidden && items.length > 0;
      if (event.key === "ArrowDown") {
        if (!open) {
          if (items.length) {
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
          }
          return;
        }
        event.preventDefault();
        setActive(active + 1 >= items.length ? 0 : active + 1);
      } else if (event.key === "ArrowUp") {
        if (!open) return;
        event.preventDefault();
        setActive(active - 1 < 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter") {
        if (open && active >= 0) {
          event.preventDefault();
          go(active);
        }
      } else if (event.key === "Escape") {
        if (open) {
          event.preventDefault();
          close();
        }
      }
    });

    input.addEventListener("blur", function () {
      window.setTimeout(close, 100);
    });

    if (form) {
      form.addEventListener("submit", close);
    }
  }

  document.querySelectorAll('form[role="search"] input[name="q"]').forEach(enhance);
})();
