// Draws every <canvas data-analysis-chart="bar|line|quadrant" data-source="ID"> from the JSON
// in <script id="ID"> (the CSP forbids inline scripts): bar and line from rows
// {label, capaian, serapan}; quadrant from {pace, levels, points} (early warning).
(function () {
  "use strict";
  if (!window.Chart) { return; }
  var locale = document.documentElement.lang === "id" ? "id-ID" : "en-GB";
  var format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var levelColours = { critical: "#dc3545", attention: "#b58105", on_track: "#198754" };

  function barOrLine(canvas, kind, rows) {
    return {
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
    };
  }

  // Dashed lines at the pace on both axes: the four quadrants of the early warning.
  var paceLines = {
    id: "paceLines",
    afterDatasetsDraw: function (chart, _args, options) {
      var x = chart.scales.x.getPixelForValue(options.pace);
      var y = chart.scales.y.getPixelForValue(options.pace);
      var area = chart.chartArea;
      var ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = "#6c757d";
      ctx.setLineDash([5, 4]);
      ctx.beginPath();
      ctx.moveTo(x, area.top); ctx.lineTo(x, area.bottom);
      ctx.moveTo(area.left, y); ctx.lineTo(area.right, y);
      ctx.stroke();
      ctx.restore();
    }
  };

  function quadrant(canvas, data) {
    var top = Math.max(100, data.pace + 10);
    data.points.forEach(function (p) { top = Math.max(top, p.capaian + 5, p.serapan + 5); });
    return {
      type: "scatter",
      data: {
        datasets: data.levels.map(function (level) {
          var colour = levelColours[level.key];
          return {
            label: level.label, backgroundColor: colour, borderColor: colour, pointRadius: 5,
            data: data.points.filter(function (p) { return p.severity === level.key; })
              .map(function (p) { return { x: p.serapan, y: p.capaian, name: p.name }; })
          };
        })
      },
      plugins: [paceLines],
      options: {
        locale: locale,
        plugins: {
          paceLines: { pace: data.pace },
          tooltip: { callbacks: { label: function (item) {
            return item.raw.name + ": " + data.titles.capaian + " " + format.format(item.raw.y) +
              " %, " + data.titles.serapan + " " + format.format(item.raw.x) + " %";
          } } }
        },
        scales: {
          x: { min: 0, max: top, title: { display: true, text: data.titles.x } },
          y: { min: 0, max: top, title: { display: true, text: data.titles.y } }
        }
      }
    };
  }

  document.querySelectorAll("canvas[data-analysis-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.dataset.source);
    if (!source) { return; }
    var data = JSON.parse(source.textContent);
    var kind = canvas.dataset.analysisChart;
    new window.Chart(canvas, kind === "quadrant" ? quadrant(canvas, data) : barOrLine(canvas, kind, data));
  });
})();
