// Draws the NRR-per-element bar chart from the json_script block (the CSP forbids inline scripts).
(function () {
  "use strict";
  if (!window.Chart) { return; }
  document.querySelectorAll("canvas[data-skm-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.dataset.source);
    if (!source) { return; }
    var rows = JSON.parse(source.textContent);
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: rows.map(function (r) { return r.label; }),
        datasets: [{ label: "NRR", data: rows.map(function (r) { return Number(r.value); }),
                     backgroundColor: "#0b4f6c" }]
      },
      options: {
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { title: function (items) {
            var row = rows[items[0].dataIndex]; return row.label + ". " + row.name; } } }
        },
        scales: { y: { min: 1, max: 4 } },
        locale: document.documentElement.lang === "id" ? "id-ID" : "en-GB"
      }
    });
  });
})();
