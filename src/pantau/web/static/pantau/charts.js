// Draws every <canvas data-chart="bar" data-source="ID"> from the JSON in <script id="ID">.
// Rows are {label, count}. Kept out of templates because the CSP forbids inline scripts.
(function () {
  "use strict";
  if (!window.Chart) { return; }
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.dataset.source);
    if (!source) { return; }
    var rows = JSON.parse(source.textContent);
    new window.Chart(canvas, {
      type: canvas.dataset.chart,
      data: {
        labels: rows.map(function (r) { return r.label; }),
        datasets: [{ data: rows.map(function (r) { return r.count; }), backgroundColor: "#0b4f6c" }]
      },
      options: {
        indexAxis: canvas.dataset.axis || "y",
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
        locale: document.documentElement.lang === "id" ? "id-ID" : "en-GB"
      }
    });
  });
})();
