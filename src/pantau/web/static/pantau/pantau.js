// Pantau: behaviour without inline scripts (the CSP forbids them).
(function () {
  "use strict";
  document.addEventListener("change", function (event) {
    var el = event.target;
    if (el && el.matches && el.matches("[data-autosubmit]") && el.form) {
      el.form.submit();
    }
  });
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // A table wider (or taller) than its box scrolls; a keyboard user can scroll it only when the
  // box takes focus (WCAG 2.1.1). Boxes that fit stay out of the tab order. Checked again when
  // the window resizes, htmx swaps content in or a <details> opens.
  var SCROLL_BOXES = ".table-responsive, .pantau-scroll";

  function scrollBoxLabel(box) {
    var table = box.querySelector("table");
    var card = box.closest(".card");
    var source = (table && table.caption) || (card && card.querySelector(".card-header")) ||
      document.querySelector("h1");
    return source ? source.textContent.replace(/\s+/g, " ").trim() : document.title;
  }

  function markScrollBoxes() {
    document.querySelectorAll(SCROLL_BOXES).forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1 ||
        box.scrollHeight > box.clientHeight + 1;
      if (scrolls && !box.hasAttribute("tabindex")) {
        var named = box.hasAttribute("aria-label") || box.hasAttribute("aria-labelledby");
        box.setAttribute("data-scroll-box", named ? "" : "labelled");
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        if (!named) { box.setAttribute("aria-label", scrollBoxLabel(box)); }
      } else if (!scrolls && box.hasAttribute("data-scroll-box")) {
        if (box.getAttribute("data-scroll-box") === "labelled") { box.removeAttribute("aria-label"); }
        ["data-scroll-box", "tabindex", "role"].forEach(function (name) {
          box.removeAttribute(name);
        });
      }
    });
  }

  var pending = false;
  function markSoon() {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; markScrollBoxes(); });
  }
  markScrollBoxes();
  window.addEventListener("load", markSoon);
  window.addEventListener("resize", markSoon);
  document.addEventListener("htmx:afterSettle", markSoon);
  document.addEventListener("toggle", markSoon, true);
})();
