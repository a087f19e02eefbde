// Draws <canvas data-gap-chart data-source="ID" data-max="N" data-stacked="true|false"> as
// horizontal bars of each unit's points per dimension (stacked to the unit score) or per aspect,
// from the JSON {labels, series: [{label, data}]} in <script id="ID">.
// Kept out of templates because the CSP forbids inline scripts.
(function () {
  "use strict";
  if (!window.Chart) { return; }
  var locale = document.documentElement.lang === "id" ? "id-ID" : "en-GB";
  var colours = ["#0b4f6c", "#01baef", "#20bf55", "#fb8b24", "#9a031e", "#5f0f40"];
  document.querySelectorAll("canvas[data-gap-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.dataset.source);
    if (!source) { return; }
    var chart = JSON.parse(source.textContent);
    var stacked = canvas.dataset.stacked === "true";
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: chart.labels,
        datasets: chart.series.map(function (s, n) {
          return { label: s.label, data: s.data, backgroundColor: colours[n % colours.length] };
        })
      },
      options: {
        locale: locale,
        indexAxis: "y",
        maintainAspectRatio: false,
        scales: {
          x: { stacked: stacked, min: 0, max: Number(canvas.dataset.max) },
          y: { stacked: stacked }
        }
      }
    });
  });
})();
