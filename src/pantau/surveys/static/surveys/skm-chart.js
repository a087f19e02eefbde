// Draws the SKM charts (NRR per element, IKM per OPD or unit, trends, profiles) from the
// json_script block (the CSP forbids inline scripts).
(function () {
  "use strict";
  if (!window.Chart) { return; }
  document.querySelectorAll("canvas[data-skm-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.dataset.source);
    if (!source) { return; }
    var rows = JSON.parse(source.textContent);
    // "bar": NRR 1–4; "ikm": IKM 25–100; "ikm-line": IKM trend; "ikm-rank": IKM as horizontal
    // bars, one line per row so long lists stay readable on a phone; "count": respondents
    var kind = canvas.dataset.kind || "bar";
    var scale = kind === "count" ? { beginAtZero: true, ticks: { precision: 0 } }
      : kind.indexOf("ikm") === 0 ? { min: 25, max: 100 } : { min: 1, max: 4 };
    var ranked = kind === "ikm-rank";
    if (ranked) { canvas.parentElement.style.height = (rows.length * 26 + 48) + "px"; }
    new window.Chart(canvas, {
      type: kind === "ikm-line" ? "line" : "bar",
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
            var row = rows[items[0].dataIndex];
            return row.name === row.label ? row.label : row.label + ". " + row.name; } } }
        },
        indexAxis: ranked ? "y" : "x",
        maintainAspectRatio: !ranked,
        scales: ranked ? { x: scale } : { y: scale },
        locale: document.documentElement.lang === "id" ? "id-ID" : "en-GB"
      }
    });
  });
})();
