// The main menu is a <details> element, so it opens and closes without this file.
// This keeps it open on wide screens, where the menu is always shown, and lets
// Escape or a click elsewhere close it on small screens.
(function () {
    "use strict";
    var menu = document.querySelector("[data-site-menu]");
    if (!menu) {
        return;
    }
    var toggle = menu.querySelector("summary");
    var wide = window.matchMedia("(min-width: 60em)");

    function fitToScreen() {
        menu.open = wide.matches;
    }

    fitToScreen();
    wide.addEventListener("change", fitToScreen);

    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && menu.open && !wide.matches) {
            menu.open = false;
            toggle.focus();
        }
    });

    document.addEventListener("click", function (event) {
        if (menu.open && !wide.matches && !menu.contains(event.target)) {
            menu.open = false;
        }
    });
})();

// Search suggestions: the header's search field becomes a combobox with a listbox
// popup (the WAI-ARIA 1.2 pattern), proposing pages as the visitor types. Without
// this file it stays a plain search field and the form is sent as usual.
(function () {
    "use strict";
    var form = document.querySelector("[data-search-suggestions]");
    if (!form || !window.fetch) {
        return;
    }
    var input = form.querySelector("input[name=q]");
    var listbox = form.querySelector("[role=listbox]");
    var status = form.querySelector("[data-search-status]");
    var MIN_LENGTH = 2;
    var pages = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);

    function optionId(index) {
        return listbox.id + "-" + index;
    }

    function close() {
        listbox.hidden = true;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
        active = -1;
    }

    function open() {
        if (pages.length) {
            listbox.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }
    }

    function choose(index) {
        var options = listbox.querySelectorAll("[role=option]");
        active = index;
        options.forEach(function (option, position) {
            option.setAttribute("aria-selected", position === index ? "true" : "false");
        });
        if (index >= 0) {
            input.setAttribute("aria-activedescendant", optionId(index));
            options[index].scrollIntoView({ block: "nearest" });
        } else {
            input.removeAttribute("aria-activedescendant");
        }
    }

    function announce(count) {
        if (!count) {
            status.textContent = status.dataset.none;
        } else if (count === 1) {
            status.textContent = status.dataset.one;
        } else {
            status.textContent = status.dataset.many.replace("%(count)s", count);
        }
    }

    function show(results) {
        pages = results;
        listbox.textContent = "";
        results.forEach(function (page, index) {
            var option = document.createElement("li");
            option.id = optionId(index);
            option.className = "site-search__suggestion";
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            var title = document.createElement("span");
            title.className = "site-search__suggestion-title";
            title.textContent = page.title;
            option.appendChild(title);
            if (page.kind) {
                var kind = document.createElement("span");
                kind.className = "site-search__suggestion-kind";
                kind.textContent = " · " + page.kind;
                option.appendChild(kind);
            }
            // Keeps the focus in the field, where the combobox pattern wants it.
            option.addEventListener("mousedown", function (event) {
                event.preventDefault();
            });
            option.addEventListener("click", function () {
                window.location.assign(page.url);
            });
            listbox.appendChild(option);
        });
        active = -1;
        input.removeAttribute("aria-activedescendant");
        if (results.length) {
            open();
        } else {
            close();
        }
        announce(results.length);
    }

    function ask() {
        var query = input.value.trim();
        if (query.length < MIN_LENGTH) {
            pages = [];
            listbox.textContent = "";
            status.textContent = "";
            close();
            return;
        }
        var ticket = ++asked;
        fetch(form.dataset.searchSuggestions + "?q=" + encodeURIComponent(query), {
            headers: { Accept: "application/json" },
            credentials: "same-origin",
        })
            .then(function (response) {
                return response.ok ? response.json() : { results: [] };
            })
            .then(function (answer) {
                // An older answer arriving late must not replace a newer one.
                if (ticket === asked) {
                    show(answer.results || []);
                }
            })
            .catch(function () {
                close();
            });
    }

    input.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(ask, 150);
    });

    input.addEventListener("keydown", function (event) {
        var expanded = !listbox.hidden;
        if (event.key === "ArrowDown") {
            event.preventDefault();
            if (!expanded) {
                open();
            }
            if (pages.length) {
                choose(active + 1 < pages.length ? active + 1 : 0);
            }
        } else if (event.key === "ArrowUp") {
            event.preventDefault();
            if (!expanded) {
                open();
            }
            if (pages.length) {
                choose(active > 0 ? active - 1 : pages.length - 1);
            }
        } else if (event.key === "Enter") {
            if (expanded && active >= 0) {
                event.preventDefault();
                window.location.assign(pages[active].url);
            }
        } else if (event.key === "Escape") {
            if (expanded) {
                event.preventDefault();
                close();
            } else if (input.value) {
                event.preventDefault();
                input.value = "";
            }
        }
    });

    form.addEventListener("focusout", function (event) {
        if (!form.contains(event.relatedTarget)) {
            close();
        }
    });
})();
