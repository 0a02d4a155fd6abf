/* Hengyang Park Explorer: the charts of the chain page and the overview report, drawn with
 * Apache ECharts (resources/web/vendor/echarts-*, Apache-2.0) as SVG: vector in the printed
 * PDF, sharp at any zoom. Texts and numbers come from the page's JSON data; ECharts sets
 * them as SVG text, never as HTML. */
(function () {
  "use strict";

  var charts = [], pending = 0, waiting = [];

  function done() {
    if (pending > 0) {
      return;
    }
    var callbacks = waiting;
    waiting = [];
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        callbacks.forEach(function (cb) { cb(); });
      });
    });
  }

  function draw(box, id, height, option, lang) {
    var div = document.createElement("div");
    div.className = "chart";
    div.id = id;
    div.style.height = height + "px";
    box.appendChild(div);
    var chart = echarts.init(div, null, {renderer: "svg", locale: lang === "en" ? "EN" : "ZH"});
    option.animation = false;
    option.textStyle = {fontFamily: "Noto Sans CJK SC, Source Han Sans SC, sans-serif"};
    pending += 1;
    chart.on("finished", function onFinished() {
      chart.off("finished", onFinished);
      pending -= 1;
      done();
    });
    chart.setOption(option);
    charts.push(chart);
    return chart;
  }

  function note(box, text) {
    var p = document.createElement("p");
    p.className = "empty";
    p.textContent = text;
    box.appendChild(p);
  }

  function heading(box, text) {
    var h = document.createElement("h3");
    h.textContent = text;
    box.appendChild(h);
  }

  function firmsPerPark(box, data) {
    var T = data.text, c = data.charts.firms_per_park;
    heading(box, T.firms_per_park);
    if (!c) {
      note(box, T.no_firm_chart);
      return;
    }
    draw(box, "chart-firms-per-park", 60 + 34 * c.names.length, {
      grid: {left: 8, right: 40, top: 10, bottom: 24, containLabel: true},
      xAxis: {type: "value", minInterval: 1},
      yAxis: {type: "category", data: c.names, inverse: true,
              axisLabel: {width: 260, overflow: "break"}},
      series: [{type: "bar", data: c.counts, barMaxWidth: 22, label: {show: true, position: "right"},
                itemStyle: {color: data.chain.color}}]
    }, data.lang);
  }

  function overTime(box, data) {
    var T = data.text, series = data.charts.over_time;
    heading(box, T.over_time);
    if (!series.length) {
      note(box, T.no_time_chart);
      return;
    }
    series.forEach(function (s, i) {
      draw(box, "chart-over-time-" + i, 240, {
        title: {text: s.name, textStyle: {fontSize: 12}},
        grid: {left: 8, right: 30, top: 40, bottom: 20, containLabel: true},
        xAxis: {type: "category", data: s.periods},
        yAxis: {type: "value"},
        series: [{type: s.kind === "target" ? "bar" : "line", data: s.values,
                  label: {show: true, formatter: function (p) { return s.labels[p.dataIndex]; }},
                  itemStyle: {color: data.chain.color}}]
      }, data.lang);
    });
  }

  function faded(color) {
    return /^#[0-9a-fA-F]{6}$/.test(color) ? color + "73" : "#88888873";
  }

  function parksAndFirms(box, data) {
    var T = data.text, c = data.charts.parks_firms;
    heading(box, T.parks_firms_chart);
    draw(box, "chart-parks-firms", 340, {
      legend: {data: [T.parks, T.firms], top: 0},
      grid: {left: 8, right: 16, top: 30, bottom: 8, containLabel: true},
      xAxis: {type: "category", data: c.names, axisLabel: {interval: 0, rotate: 40}},
      yAxis: {type: "value", minInterval: 1},
      series: [
        {name: T.parks, type: "bar", label: {show: true, position: "top"},
         data: c.parks.map(function (v, i) { return {value: v, itemStyle: {color: c.colors[i]}}; })},
        {name: T.firms, type: "bar", label: {show: true, position: "top"},
         data: c.firms.map(function (v, i) {
           return {value: v, itemStyle: {color: faded(c.colors[i])}};
         })}
      ]
    }, data.lang);
  }

  window.addEventListener("resize", function () {
    charts.forEach(function (chart) { chart.resize(); });
  });

  window.chainCharts = {
    reset: function () {
      charts.forEach(function (chart) { chart.dispose(); });
      charts = [];
      pending = 0;
    },
    chainCharts: function (box, data) {
      firmsPerPark(box, data);
      overTime(box, data);
    },
    overviewCharts: function (box, data) {
      parksAndFirms(box, data);
    },
    /* `then()` once every chart has drawn (at once when there are none). */
    whenDrawn: function (then) {
      waiting.push(then);
      done();
    }
  };
}());
