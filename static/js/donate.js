// The donate page's calculator works as a plain form (the server answers with the
// result). This updates the result as the visitor types, without sending the form.
(function () {
    "use strict";
    var form = document.querySelector("[data-gift-calculator]");
    var result = document.querySelector("[data-gift-result]");
    if (!form || !result || !window.Intl) {
        return;
    }
    var input = form.querySelector("input[name=amount]");
    var rate = parseFloat(form.getAttribute("data-rate"));
    var language = form.getAttribute("data-language") || document.documentElement.lang;
    var french = language.indexOf("fr") === 0;
    var largest = 1000000;

    function parseAmount(text) {
        var cleaned = text.replace(/[\s\u00a0\u202f€]/g, "");
        // French writes 1 500,50; English writes 1,500.50.
        cleaned = french ? cleaned.replace(",", ".") : cleaned.replace(/,/g, "");
        if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) {
            return null;
        }
        var amount = parseFloat(cleaned);
        return amount > 0 && amount <= largest ? amount : null;
    }

    function euros(amount) {
        var whole = Math.round(amount * 100) % 100 === 0;
        return new Intl.NumberFormat(french ? "fr-FR" : "en-GB", {
            style: "currency",
            currency: "EUR",
            minimumFractionDigits: whole ? 0 : 2,
            maximumFractionDigits: 2
        }).format(amount);
    }

    function show(name, amount) {
        var element = result.querySelector("[data-gift-" + name + "]");
        if (element) {
            element.textContent = euros(amount);
        }
    }

    function update() {
        var gift = parseAmount(input.value);
        if (gift === null) {
            result.hidden = true;
            return;
        }
        var cost = Math.round(gift * (100 - rate)) / 100;
        show("amount", gift);
        show("cost", cost);
        show("reduction", Math.round((gift - cost) * 100) / 100);
        result.hidden = false;
    }

    input.addEventListener("input", update);
})();
