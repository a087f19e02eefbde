// Draws every <canvas data-analysis-chart="bar|line" data-source="ID"> from the JSON rows
// {label, capaian, serapan} in <script id="ID"> (the CSP forbids inline scripts).
(function () {
  "use strict";
  if (!window.Chart) { return; }
  var locale = document.documentElement.lang === "id" ? "id-ID" : "en-GB";
  var format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  document.querySelectorAll("canvas[data-analysis-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.dataset.source);
    if (!source) { return; }
    var rows = JSON.parse(source.textContent);
    var kind = canvas.dataset.analysisChart;
    new window.Chart(canvas, {
      type: kind,
      data: {
        labels: rows.map(function (r) { return r.label; }),
        datasets: [
          { label: "Capaian (%)", data: rows.map(function (r) { return r.capaian; }),
            backgroundColor: "#0b4f6c", borderColor: "#0b4f6c", spanGaps: true },
          { label: "Serapan (%)", data: rows.map(function (r) { return r.serapan; }),
            backgroundColor: "#f0a202", borderColor: "#f0a202", spanGaps: true }
        ]
      },
      options: {
        locale: locale,
        plugins: { tooltip: { callbacks: { label: function (item) {
          return item.dataset.label + ": " + (item.raw === null ? "–" : format.format(item.raw));
        } } } },
        scales: { y: { beginAtZero: true } }
      }
    });
  });
})();
