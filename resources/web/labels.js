/* Hengyang Park Explorer: every drawn park named on the map by its short name, in the page's
 * language, in the window and in every export.
 *
 * Labels never collide: in order of priority (the selected park, then parks placed more
 * precisely, then the catalogue's order), each label takes the first of four places beside
 * its marker (right, left, above, below) that stays inside the map and clear of every marker
 * and every label placed before it, preferring places clear of district names too; a label
 * with no such place is hidden (its park is still named by the tooltip and the list).
 */
(function () {
  "use strict";

  var E = window.ExplorerPage, S = E.S;
  var PAD = 3;  // px between a marker and its label
  var pane = null;
  var labels = {};  // park id -> {el, shown, box}

  function box(x, y, w, h) {
    return {x: x, y: y, w: w, h: h};
  }

  function overlaps(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }

  function inside(a, size) {
    return a.x >= 0 && a.y >= 0 && a.x + a.w <= size.x && a.y + a.h <= size.y;
  }

  function candidates(p, r, w, h) {
    return [box(p.x + r + PAD, p.y - h / 2, w, h), box(p.x - r - PAD - w, p.y - h / 2, w, h),
            box(p.x - w / 2, p.y - r - PAD - h, w, h), box(p.x - w / 2, p.y + r + PAD, w, h)];
  }

  function textOf(record) {
    var first = S.lang === "en" ? record.label_en : record.label_zh;
    return first || (S.lang === "en" ? record.label_zh : record.label_en) || E.nameOf(record);
  }

  function labelFor(id) {
    if (!labels[id]) {
      var el = E.textElement("div", "", "park-label");
      pane.appendChild(el);
      labels[id] = {el: el, shown: false, box: null, size: null};
    }
    return labels[id];
  }

  function byPriority(a, b) {
    return (b.selected - a.selected) || (a.record.priority - b.record.priority) ||
      (a.order - b.order);
  }

  /* Place every label anew: after a zoom, a pan, a resize, a filter, a language. */
  function place() {
    if (!pane) {
      return;
    }
    var size = S.map.getSize();
    var markers = E.parks.shownMarkers();
    markers.forEach(function (m, i) { m.order = i; });
    var wanted = {};
    markers.forEach(function (m) { wanted[m.id] = true; });
    Object.keys(labels).forEach(function (id) {
      if (!wanted[id]) {
        L.DomUtil.remove(labels[id].el);
        delete labels[id];
      }
    });
    var obstacles = markers.map(function (m) {
      return {id: m.id, box: box(m.point.x - m.radius, m.point.y - m.radius, 2 * m.radius,
                                 2 * m.radius)};
    });
    var districts = E.districts.boxes();
    var placed = [];
    markers.sort(byPriority).forEach(function (m) {
      var label = labelFor(m.id);
      label.el.textContent = textOf(m.record);
      label.el.style.display = "block";
      label.el.classList.toggle("park-label-selected", m.selected);
      var w = label.el.offsetWidth, h = label.el.offsetHeight;
      label.size = [w, h];
      var free = candidates(m.point, m.radius, w, h).filter(function (c) {
        return inside(c, size) &&
          !placed.some(function (p) { return overlaps(c, p); }) &&
          !obstacles.some(function (o) { return o.id !== m.id && overlaps(c, o.box); });
      });
      var clear = free.filter(function (c) {
        return !districts.some(function (d) { return overlaps(c, d); });
      });
      var chosen = clear[0] || free[0] || null;
      label.shown = chosen !== null;
      label.box = chosen;
      if (chosen) {
        placed.push(chosen);
        var at = S.map.containerPointToLayerPoint([chosen.x, chosen.y]).round();
        L.DomUtil.setPosition(label.el, at);
      } else {
        label.el.style.display = "none";
      }
    });
  }

  E.labels = {
    draw: function () {
      pane = S.map.createPane("parkLabels");
      pane.style.zIndex = 450;  // above the markers (overlay pane, 400), below tooltips
      pane.style.pointerEvents = "none";
      S.map.on("zoomstart", function () { pane.style.visibility = "hidden"; });
      S.map.on("zoomend moveend resize viewreset", function () {
        pane.style.visibility = "visible";
        place();
      });
      place();
    },
    place: place,
    /* For tests and exports: each label's text, whether it is shown, and its box. */
    state: function () {
      var out = {};
      Object.keys(labels).forEach(function (id) {
        out[id] = {text: labels[id].el.textContent, shown: labels[id].shown,
                   box: labels[id].box, size: labels[id].size};
      });
      return out;
    }
  };
}());
