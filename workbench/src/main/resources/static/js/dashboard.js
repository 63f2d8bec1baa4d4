/* The dashboard's charts: ECharts draws each .chart[data-chart] (categories, series of the API's
   counts, null where suppressed) and a click on a point opens the cases behind it. The tables
   beside the charts have the same values and links, for keyboards and browsers without scripts. */
(function () {
  'use strict';
  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 48 },
      xAxis: { type: 'category', data: data.categories, axisLabel: { interval: 0, rotate: data.categories.length > 8 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: data.series.map(function (s) {
        return { name: s.name, type: data.kind, data: s.data, connectNulls: false };
      })
    });
    chart.on('click', function (event) {
      var link = data.series[event.seriesIndex].links[event.dataIndex];
      if (link) {
        window.location.href = link;
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function drawAll() {
    document.querySelectorAll('.chart[data-chart]').forEach(draw);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
