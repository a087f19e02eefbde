// Quarterly report form: the live "x dari y indikator terisi" counter while typing (its wording
// comes from the template, so it is translated), a question before leaving the page with unsaved
// input, and a reset of an evidence upload form once htmx has sent it (evidence is uploaded in
// place, so nothing typed is lost). Loaded as a static file (the CSP forbids inline scripts).
(function () {
  "use strict";
  var form = document.getElementById("form-realisasi");
  var text = document.getElementById("progres-teks");
  var bar = document.getElementById("progres-bar");
  var inputs = document.querySelectorAll(".realisasi-input");
  // A form shown again after a refused save holds input that is not stored yet.
  var unsaved = Boolean(form && form.dataset.unsaved === "true");

  function refresh() {
    if (!text || !bar) { return; }
    var total = parseInt(text.dataset.total || "0", 10);
    var filled = 0;
    inputs.forEach(function (input) { if (input.value.trim() !== "") { filled += 1; } });
    text.textContent = (text.dataset.pattern || "{x} / {y}")
      .replace("{x}", String(filled)).replace("{y}", String(total));
    var percent = total ? Math.round(filled * 100 / total) : 0;
    bar.style.width = percent + "%";
    bar.parentElement.setAttribute("aria-valuenow", String(percent));
  }
  inputs.forEach(function (input) { input.addEventListener("input", refresh); });

  if (form) {
    form.addEventListener("input", function () { unsaved = true; });
    form.addEventListener("submit", function () { unsaved = false; });
  }
  window.addEventListener("beforeunload", function (event) {
    if (unsaved) {
      event.preventDefault();
      event.returnValue = "";  // older browsers show the question only with a value set
    }
  });

  document.body.addEventListener("htmx:afterRequest", function (event) {
    var source = event.detail && event.detail.elt;
    if (source && source.classList && source.classList.contains("bukti-form")) {
      source.reset();  // choosing the same file again uploads it again
    }
  });
}());
