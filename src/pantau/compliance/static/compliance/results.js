// Draws each <canvas data-result-chart data-source="ID" data-max="N"> as a line of the
// Pemda's official score by year, from the JSON rows {label, value, note} in <script id="ID">.
// Kept out of templates because the CSP forbids inline scripts.
(function () {
  "use strict";
  if (!window.Chart) { return; }
  var locale = document.documentElement.lang === "id" ? "id-ID" : "en-GB";
  document.querySelectorAll("canvas[data-result-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.dataset.source);
    if (!source) { return; }
    var rows = JSON.parse(source.textContent);
    new window.Chart(canvas, {
      type: "line",
      data: {
        labels: rows.map(function (r) { return r.label; }),
        datasets: [{
          label: canvas.dataset.title,
          data: rows.map(function (r) { return r.value; }),
          borderColor: "#0b4f6c", backgroundColor: "#0b4f6c", tension: 0.2
        }]
      },
      options: {
        locale: locale,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { afterLabel: function (item) { return rows[item.dataIndex].note; } } }
        },
        scales: { y: { min: 0, max: Number(canvas.dataset.max) } }
      }
    });
  });
})();
