// The one chart script of the pages: draws every <canvas data-chart="bar|line" data-source="ID">
// from the JSON in <script id="ID"> (the CSP forbids inline scripts). The JSON is either rows
// [{label, value (or count), note}] (one series; a row's note shows in its tooltip) or
// {labels, series: [{label, data}]} (several series, with a legend). Options, all optional:
//   data-axis="x|y"         bars run along y (horizontal) unless "x"; lines ignore it
//   data-title="..."        the single series' name
//   data-min / data-max     the value axis range (else from zero)
//   data-stacked="true"     stack the series
//   data-integer="true"     whole-number ticks (counts)
//   data-fit="true"         fill the parent's height (the parent sets it)
//   data-thresholds="100:#198754,50:#0b4f6c,0:#b02a37"  a row's colour by its value
(function () {
  "use strict";
  if (!window.Chart) { return; }
  var locale = document.documentElement.lang === "id" ? "id-ID" : "en-GB";
  var palette = ["#0b4f6c", "#01baef", "#20bf55", "#fb8b24", "#9a031e", "#5f0f40"];

  function thresholdColours(spec, values) {
    var steps = spec.split(",").map(function (part) {
      var pieces = part.split(":");
      return { from: Number(pieces[0]), colour: pieces[1] };
    });
    return values.map(function (value) {
      var step = steps.find(function (s) { return value !== null && value >= s.from; });
      return step ? step.colour : steps[steps.length - 1].colour;
    });
  }

  function seriesOf(canvas, json) {
    if (!Array.isArray(json)) {
      return { labels: json.labels, notes: null, datasets: json.series.map(function (s, n) {
        var colour = palette[n % palette.length];
        return { label: s.label, data: s.data, backgroundColor: colour, borderColor: colour };
      }) };
    }
    var values = json.map(function (r) { return r.value !== undefined ? r.value : r.count; });
    var colour = canvas.dataset.thresholds ?
      thresholdColours(canvas.dataset.thresholds, values) : palette[0];
    return {
      labels: json.map(function (r) { return r.label; }),
      notes: json.map(function (r) { return r.note || ""; }),
      datasets: [{ label: canvas.dataset.title || "", data: values, backgroundColor: colour,
                   borderColor: palette[0], tension: 0.2, spanGaps: true }]
    };
  }

  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.dataset.source);
    if (!source) { return; }
    var d = canvas.dataset;
    var chart = seriesOf(canvas, JSON.parse(source.textContent));
    var horizontal = d.chart === "bar" && d.axis !== "x";
    var valueAxis = { beginAtZero: true, stacked: d.stacked === "true" };
    if (d.min !== undefined) { valueAxis.min = Number(d.min); }
    if (d.max !== undefined) { valueAxis.max = Number(d.max); }
    if (d.integer === "true") { valueAxis.ticks = { precision: 0 }; }
    var labelAxis = { stacked: d.stacked === "true", ticks: { autoSkip: !horizontal } };
    new window.Chart(canvas, {
      type: d.chart,
      data: { labels: chart.labels, datasets: chart.datasets },
      options: {
        locale: locale,
        indexAxis: horizontal ? "y" : "x",
        maintainAspectRatio: d.fit !== "true",
        scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
        plugins: {
          legend: { display: chart.datasets.length > 1 },
          tooltip: { callbacks: { afterLabel: function (item) {
            return chart.notes ? chart.notes[item.dataIndex] : "";
          } } }
        }
      }
    });
  });
})();
