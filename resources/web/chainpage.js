/* Hengyang Park Explorer: the page of one chain (in the chains view, and printed as a chain
 * report) and the city overview report. Python (explorer/export/chaindata.py) hands in one
 * JSON document; every catalogue text is set with textContent, never parsed as HTML.
 *
 * In the app (body.app) a click on a park or firm goes to Python through the QWebChannel
 * object `chains` as {"type": "select", "kind": "park" | "firm", "id": id}; Python calls
 * chainPage.show(data) for another chain or language. Printed (body.print) the page adds a
 * title page, the map image and each figure's source sentence in the table.
 * When everything (charts too) is drawn, window.chainPageReady is true.
 */
(function () {
  "use strict";

  var bridge = null, data = null;

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function add(parent, tag, text, className) {
    return parent.appendChild(el(tag, text, className));
  }

  function printed() {
    return document.body.classList.contains("print");
  }

  function send(kind, id) {
    if (bridge) {
      bridge.receive(JSON.stringify({type: "select", kind: kind, id: id}));
    }
  }

  function section(root, heading, className) {
    var box = add(root, "section", null, className || "");
    add(box, "h2", heading);
    return box;
  }

  function swatch(color) {
    var box = el("span", null, "swatch");
    box.style.background = /^#[0-9a-fA-F]{6}$/.test(color) ? color : "#888888";
    return box;
  }

  function link(text, kind, id) {
    var a = el(printed() ? "span" : "a", text, "item-link");
    if (!printed()) {
      a.href = "#";
      a.dataset.kind = kind;
      a.dataset.id = id;
      a.addEventListener("click", function (event) {
        event.preventDefault();
        send(kind, id);
      });
    }
    return a;
  }

  function sourceLine(source) {
    return [source.title, source.publisher, source.date, source.url, source.licence]
      .filter(function (part) { return part; }).join(" · ");
  }

  function titlePage(root, T) {
    var page = add(root, "section", null, "title-page");
    add(page, "div", T.report_title, "kicker");
    var h = add(page, "h1", null, "chain-name");
    h.appendChild(swatch(data.chain.color));
    h.appendChild(document.createTextNode(data.chain.name));
    add(page, "div", data.chain.other, "other-name");
    add(page, "p", data.chain.status, "status");
    add(page, "p", T.made.replace("{date}", data.date), "made");
    var list = add(section(page, T.sources), "ul");
    data.sources.forEach(function (s) { add(list, "li", sourceLine(s)); });
  }

  function header(root) {
    var head = add(root, "header", null, "chain-head");
    var h = add(head, "h1", null, "chain-name");
    h.appendChild(swatch(data.chain.color));
    h.appendChild(document.createTextNode(data.chain.name));
    add(h, "span", data.chain.other, "other-name");
    var status = add(head, "p", data.chain.status, "status");
    status.title = "“" + data.chain.quote + "”";
    add(head, "p", data.text.hover, "hint");
  }

  function counts(root) {
    var c = data.counts;
    add(root, "p", data.text.counts.replace("{parks}", c.parks).replace("{mapped}", c.mapped)
      .replace("{placed}", c.firms_placed).replace("{unplaced}", c.firms_unplaced), "counts");
  }

  function parks(root, T) {
    var box = section(root, T.parks + " (" + data.parks.length + ")", "parks");
    if (!data.parks.length) {
      add(box, "p", T.no_parks, "empty");
      return;
    }
    var list = add(box, "ul");
    data.parks.forEach(function (p) {
      var li = add(list, "li");
      li.appendChild(link(p.name, "park", p.id));
      var extra = [p.other, p.district, p.mapped ? "" : T.not_on_map]
        .filter(function (x) { return x; }).join(" · ");
      add(li, "span", extra ? " · " + extra : "", "detail");
    });
  }

  function firms(root, T) {
    var total = data.firms.length + data.firms_more;
    var box = section(root, T.firms + " (" + total + ")", "firms");
    if (!total) {
      add(box, "p", T.no_firms, "empty");
      return;
    }
    var list = add(box, "ul");
    data.firms.forEach(function (f) {
      var li = add(list, "li");
      li.appendChild(link(f.name, "firm", f.id));
      var extra = [f.other, f.park || T.no_park_known, f.placed ? "" : T.not_on_map]
        .filter(function (x) { return x; }).join(" · ");
      add(li, "span", " · " + extra, "detail");
    });
    if (data.firms_more > 0) {
      add(box, "p", T.firms_more.replace("{n}", data.firms_more), "more");
    }
  }

  function valueCell(row, cell, T) {
    var td = add(row, "td", cell ? cell.value : T.none, cell ? "value " + cell.kind : "none");
    if (cell) {
      td.title = "“" + cell.quote + "” — " + cell.source;
    }
    return td;
  }

  /* A table of result/target rows; printed, each row carries its source sentences. */
  function figureTable(box, rows, T, withSubject) {
    var table = add(box, "table", null, "figures");
    var head = add(add(table, "thead"), "tr");
    var columns = (withSubject ? [T.of] : []).concat(
      [T.figure, T.result, T.target, T.period, T.source]);
    if (printed()) {
      columns.push(T.quote);
    }
    columns.forEach(function (c) { add(head, "th", c); });
    var body = add(table, "tbody");
    var quoteBox = printed() ? null : add(box, "p", "", "quote-box");
    rows.forEach(function (r) {
      var first = r.result || r.target;
      var tr = add(body, "tr");
      if (withSubject) {
        add(tr, "td", r.of, "of");
      }
      add(tr, "td", r.label, "label");
      valueCell(tr, r.result, T);
      valueCell(tr, r.target, T);
      add(tr, "td", first.period, "period");
      add(tr, "td", first.source, "source");
      var quotes = [r.result, r.target].filter(function (c) { return c; })
        .map(function (c) { return "“" + c.quote + "”"; }).join(" ");
      if (printed()) {
        add(tr, "td", quotes, "quote");
      } else {
        tr.title = quotes + " — " + first.source;
        tr.addEventListener("mouseenter", function () { quoteBox.textContent = tr.title; });
      }
    });
    return table;
  }

  function figures(root, T) {
    var box = section(root, T.figures + " (" + data.figures.length + ")", "figures-section");
    if (!data.figures.length) {
      add(box, "p", T.no_figures, "empty");
      return;
    }
    figureTable(box, data.figures, T, true);
  }

  function mapSection(root, T) {
    var box = section(root, T.map, "map-section");
    if (!data.map) {
      add(box, "p", T.no_map, "empty");
      return;
    }
    var img = add(box, "img", null, "map-image");
    img.src = data.map;
    img.alt = T.map;
    add(box, "p", T.map_note, "note");
  }

  function sources(root, T) {
    var list = add(section(root, T.sources, "sources"), "ol");
    data.sources.forEach(function (s) { add(list, "li", sourceLine(s)); });
  }

  function renderChain(root) {
    var T = data.text;
    if (printed()) {
      titlePage(root, T);
      mapSection(root, T);
      counts(root);
    } else {
      header(root);
      counts(root);
    }
    parks(root, T);
    firms(root, T);
    figures(root, T);
    window.chainCharts.chainCharts(section(root, T.charts, "charts"), data, printed());
    sources(root, T);
  }

  function renderOverview(root) {
    var T = data.text;
    var page = add(root, "section", null, "title-page");
    add(page, "h1", data.title, "chain-name");
    add(page, "p", T.made.replace("{date}", data.date), "made");
    var city = section(page, T.city, "city");
    if (data.city.length) {
      figureTable(city, data.city, T, false);
    } else {
      add(city, "p", T.no_city, "empty");
    }
    mapSection(root, T);
    window.chainOverview.chainTable(section(root, T.chains, "chains"), data, T);
    window.chainCharts.overviewCharts(section(root, T.charts, "charts"), data, printed());
    data.chains.forEach(function (c) {
      var rows = data.chain_figures[c.id];
      if (rows.length) {
        figureTable(section(root, T.figures + " · " + c.name, "chain-figures"), rows, T, true);
      }
    });
    if (data.other.length) {
      figureTable(section(root, T.other, "other"), data.other, T, true);
    }
    sources(root, T);
  }

  function show(newData) {
    data = newData;
    window.chainPageReady = false;
    document.documentElement.lang = data.lang === "en" ? "en" : "zh";
    var root = document.getElementById("page");
    window.chainCharts.reset();
    root.textContent = "";
    if (data.kind === "overview") {
      renderOverview(root);
    } else {
      renderChain(root);
    }
    document.title = data.kind === "overview" ? data.title
      : data.text.report_title + " · " + data.chain.name;
    window.chainCharts.whenDrawn(function () { window.chainPageReady = true; });
  }

  function connect() {
    if (typeof qt === "undefined" || !qt.webChannelTransport ||
        typeof QWebChannel === "undefined") {
      return;
    }
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.chains;
      bridge.receive(JSON.stringify({type: "ready"}));
    });
  }

  window.chainPage = {
    show: show,
    start: function () {
      show(JSON.parse(document.getElementById("chain-data").textContent));
      connect();
    },
    /* For tests: what the page shows, as plain data. */
    state: function () {
      return JSON.stringify({
        kind: data.kind, chain: data.chain ? data.chain.id : null, lang: data.lang,
        ready: window.chainPageReady === true, text: document.getElementById("page").innerText,
        links: Array.prototype.map.call(document.querySelectorAll("a.item-link"), function (a) {
          return {kind: a.dataset.kind, id: a.dataset.id, text: a.textContent};
        }),
        charts: Array.prototype.map.call(document.querySelectorAll(".chart"), function (c) {
          return {id: c.id, svg: c.querySelectorAll("svg path, svg rect").length};
        })
      });
    }
  };
}());
