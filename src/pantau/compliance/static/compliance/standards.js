// Draws each <canvas data-standards-chart data-source="ID"> as horizontal bars of each OPD's
// completeness (0–100 %), from the JSON rows {label, value} in <script id="ID">.
// Kept out of templates because the CSP forbids inline scripts.
(function () {
  "use strict";
  if (!window.Chart) { return; }
  var locale = document.documentElement.lang === "id" ? "id-ID" : "en-GB";
  document.querySelectorAll("canvas[data-standards-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.dataset.source);
    if (!source) { return; }
    var rows = JSON.parse(source.textContent);
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: rows.map(function (r) { return r.label; }),
        datasets: [{
          label: canvas.dataset.title,
          data: rows.map(function (r) { return r.value; }),
          backgroundColor: rows.map(function (r) {
            return r.value >= 100 ? "#198754" : (r.value >= 50 ? "#0b4f6c" : "#b02a37");
          })
        }]
      },
      options: {
        indexAxis: "y", locale: locale, maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { x: { min: 0, max: 100 }, y: { ticks: { autoSkip: false } } }
      }
    });
  });
})();
