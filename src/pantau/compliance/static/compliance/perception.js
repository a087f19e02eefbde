// Draws <canvas data-perception-chart data-source="ID"> as bars of the share of respondents
// reporting no maladministration per question, from the JSON rows {label, title, value} in
// <script id="ID">. Kept out of templates because the CSP forbids inline scripts.
(function () {
  "use strict";
  if (!window.Chart) { return; }
  var locale = document.documentElement.lang === "id" ? "id-ID" : "en-GB";
  document.querySelectorAll("canvas[data-perception-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.dataset.source);
    if (!source) { return; }
    var rows = JSON.parse(source.textContent);
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: rows.map(function (r) { return r.label + " " + r.title; }),
        datasets: [{
          label: canvas.dataset.title,
          data: rows.map(function (r) { return r.value; }),
          backgroundColor: "#0b4f6c"
        }]
      },
      options: {
        locale: locale, indexAxis: "y",
        plugins: { legend: { display: false } },
        scales: { x: { min: 0, max: 100 } }
      }
    });
  });
})();
