// Quarterly report form: live "x dari y indikator terisi" while typing, and evidence upload on
// choosing a file. Loaded as a static file (the CSP forbids inline scripts).
(function () {
  "use strict";
  var text = document.getElementById("progres-teks");
  var bar = document.getElementById("progres-bar");
  var inputs = document.querySelectorAll(".realisasi-input");
  function refresh() {
    if (!text || !bar) { return; }
    var total = parseInt(text.dataset.total || "0", 10);
    var filled = 0;
    inputs.forEach(function (input) { if (input.value.trim() !== "") { filled += 1; } });
    text.textContent = filled + " dari " + total + " indikator terisi";
    var percent = total ? Math.round(filled * 100 / total) : 0;
    bar.style.width = percent + "%";
    bar.parentElement.setAttribute("aria-valuenow", String(percent));
  }
  inputs.forEach(function (input) { input.addEventListener("input", refresh); });
  document.querySelectorAll(".bukti-input").forEach(function (input) {
    input.addEventListener("change", function () { if (input.files.length) { input.form.submit(); } });
  });
}());
