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
