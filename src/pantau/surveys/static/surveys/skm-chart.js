// Draws the NRR-per-element bar chart from the json_script block (the CSP forbids inline scripts).
(function () {
  "use strict";
  if (!window.Chart) { return; }
  document.querySelectorAll("canvas[data-skm-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.dataset.source);
    if (!source) { return; }
    var rows = JSON.parse(source.textContent);
    var kind = canvas.dataset.kind || "bar";  // "bar" (1–4), "line" (1–4 trend), "count"
    var scale = kind === "count" ? { beginAtZero: true, ticks: { precision: 0 } } : { min: 1, max: 4 };
    new window.Chart(canvas, {
      type: kind === "line" ? "line" : "bar",
      data: {
        labels: rows.map(function (r) { return r.label; }),
        datasets: [{ label: canvas.dataset.series || "NRR",
                     data: rows.map(function (r) { return Number(r.value); }),
                     backgroundColor: "#0b4f6c", borderColor: "#0b4f6c" }]
      },
      options: {
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { title: function (items) {
            var row = rows[items[0].dataIndex]; return row.label + ". " + row.name; } } }
        },
        scales: { y: scale },
        locale: document.documentElement.lang === "id" ? "id-ID" : "en-GB"
      }
    });
  });
})();
