/* Hengyang Park Explorer: parks, their uncertainty circles and footprints or lines; the
 * highlight of the selected park; parks added, changed and removed in the live page.
 * Markers that would overlap at the current zoom are fanned out (labels.js names them).
 * Everything is drawn in the map's datum (datum.js). */
(function () {
  "use strict";

  var E = window.ExplorerPage, S = E.S;
  var parks = {};  // id -> {record, layers, shape, shown, offset}
  var highlighted = null, highlightLayer = null;
  var RADIUS = 8;  // marker radius, px
  var GAP = 4;     // the least space between two markers, px

  /* Where the park's anchor is drawn: its WGS-84 point in the map's datum. */
  function anchorPoint(park) {
    var p = E.datum.toMap(park.anchor[0], park.anchor[1]);
    return L.latLng(p[0], p[1]);
  }

  function layersOf(park) {
    var color = S.chains[park.chains[0]].color;
    var layers = [];
    if (park.uncertainty_m) {
      layers.push(L.circle(anchorPoint(park), {
        renderer: S.renderer, radius: park.uncertainty_m, interactive: false,
        snapIgnore: true,  // its centre is the park's dot, which is snapped to
        color: color, weight: 1, dashArray: "4 4", fillColor: color, fillOpacity: 0.07
      }));
    }
    var shape;
    if (park.geometry.type === "Point") {
      shape = L.circleMarker(anchorPoint(park), {
        renderer: S.renderer, radius: RADIUS, snapIgnore: false, color: "#202020",
        weight: 1.5,
        fillColor: color, fillOpacity: 0.95
      });
    } else {
      shape = L.geoJSON(park.geometry, {
        renderer: S.renderer, coordsToLatLng: E.datum.coordsToLatLng, snapIgnore: false,
        style: {color: color, weight: 6, opacity: 0.9, fillColor: color, fillOpacity: 0.3}
      });
    }
    shape.bindTooltip(function () { return E.textElement("span", E.nameOf(park)); },
                      {direction: "top", offset: [0, -8]});
    shape.on("click", function (event) {
      if (E.edit && E.edit.capturesClicks()) {
        return;  // a corner of a shape drawn over it, or a place picked: the map's click
      }
      L.DomEvent.stopPropagation(event);
      E.bridge.send({type: "select", park: park.id});
    });
    layers.push(shape);
    return {record: park, layers: layers, shape: shape, shown: false, offset: null};
  }

  function isVisible(entry) {
    return entry.record.chains.some(function (c) { return S.visible[c]; });
  }

  function show(entry, visible) {
    if (visible === entry.shown) {
      return;
    }
    entry.layers.forEach(function (layer) {
      if (visible) {
        layer.addTo(S.map);
      } else {
        S.map.removeLayer(layer);
      }
    });
    entry.shown = visible;
  }

  function anchorOf(entry) {
    return anchorPoint(entry.record);
  }

  /* Groups of shown markers whose circles would touch at this zoom (two zones in one
     district, three parks of the city core), found by joining every pair closer than two
     radii and a gap. */
  function crowds(entries, points) {
    var group = entries.map(function (_, i) { return i; });
    function root(i) {
      while (group[i] !== i) {
        i = group[i] = group[group[i]];
      }
      return i;
    }
    for (var i = 0; i < entries.length; i++) {
      for (var j = i + 1; j < entries.length; j++) {
        if (points[i].distanceTo(points[j]) < 2 * RADIUS + GAP) {
          group[root(i)] = root(j);
        }
      }
    }
    var out = {};
    entries.forEach(function (_, i) { (out[root(i)] = out[root(i)] || []).push(i); });
    return Object.keys(out).map(function (key) { return out[key]; });
  }

  /* Crowded markers are fanned out on a ring around their middle, in screen pixels, far
     enough apart to be seen and clicked one by one; each keeps the side it lies on, and
     its dashed circle stays at the real place. Recomputed at every zoom. */
  function spreadCoincident() {
    var entries = [];
    Object.keys(parks).forEach(function (id) {
      var entry = parks[id];
      entry.offset = null;
      if (entry.shown && entry.record.geometry.type === "Point") {
        entries.push(entry);
      }
    });
    var points = entries.map(function (e) { return S.map.latLngToLayerPoint(anchorOf(e)); });
    crowds(entries, points).forEach(function (members) {
      var n = members.length;
      if (n < 2) {
        return;
      }
      var centre = members.reduce(function (sum, i) { return sum.add(points[i]); }, L.point(0, 0))
        .divideBy(n);
      var ring = Math.max(RADIUS + GAP, (2 * RADIUS + GAP) / (2 * Math.sin(Math.PI / n)));
      var angles = members.map(function (i) {
        var d = points[i].subtract(centre);
        return d.x === 0 && d.y === 0 ? null : Math.atan2(d.y, d.x);
      });
      var order = members.map(function (_, k) { return k; });
      order.sort(function (a, b) { return (angles[a] || 0) - (angles[b] || 0) || a - b; });
      var start = angles[order[0]] === null ? -Math.PI / 2 : angles[order[0]];
      order.forEach(function (k, step) {
        var angle = start + 2 * Math.PI * step / n;
        var at = centre.add(L.point(ring * Math.cos(angle), ring * Math.sin(angle)));
        entries[members[k]].offset = at.subtract(points[members[k]]).round();
      });
    });
    placeSpread();
  }

  function markerLatLng(entry) {
    var anchor = anchorOf(entry);
    if (!entry.offset) {
      return anchor;
    }
    return S.map.layerPointToLatLng(S.map.latLngToLayerPoint(anchor).add(entry.offset));
  }

  function placeSpread() {
    Object.keys(parks).forEach(function (id) {
      var entry = parks[id];
      if (entry.record.geometry.type === "Point") {
        entry.shape.setLatLng(markerLatLng(entry));
      }
    });
    if (highlightLayer && highlightLayer.setLatLng && parks[highlighted]) {
      highlightLayer.setLatLng(markerLatLng(parks[highlighted]));
    }
    if (E.labels) {
      E.labels.place();
    }
  }

  function bounds(entry) {
    var park = entry.record;
    if (park.geometry.type !== "Point") {
      return entry.shape.getBounds();
    }
    return anchorPoint(park).toBounds(2 * (park.uncertainty_m || 1500));
  }

  /* Off the map (its highlight too); `highlighted` keeps the id, for a park drawn anew. */
  function remove(id) {
    if (id === highlighted && highlightLayer) {
      S.map.removeLayer(highlightLayer);
      highlightLayer = null;
    }
    if (parks[id]) {
      show(parks[id], false);
      delete parks[id];
    }
  }

  function highlight(parkId) {
    if (highlightLayer) {
      S.map.removeLayer(highlightLayer);
      highlightLayer = null;
    }
    highlighted = parks[parkId] ? parkId : null;
    var entry = parks[highlighted];
    if (!entry || !entry.shown) {
      return;
    }
    if (entry.record.geometry.type === "Point") {
      highlightLayer = L.circleMarker(markerLatLng(entry), {
        renderer: S.renderer, radius: 14, color: "#000000", weight: 3, fill: false,
        interactive: false, snapIgnore: true
      });
    } else {
      highlightLayer = L.geoJSON(entry.record.geometry, {
        renderer: S.renderer, interactive: false, coordsToLatLng: E.datum.coordsToLatLng,
        snapIgnore: true, style: {color: "#000000", weight: 10, opacity: 0.45, fill: false}
      });
    }
    highlightLayer.addTo(S.map);
  }

  /* Draw (or redraw) the given park records, keeping the filter and the highlight. */
  function upsert(records) {
    records.forEach(function (park) {
      remove(park.id);
      parks[park.id] = layersOf(park);
    });
    E.parks.showVisible();
    records.forEach(function (park) {
      E.parks.drawnHooks.forEach(function (hook) { hook(park.id); });
    });
  }

  E.parks = {
    drawnHooks: [],  // function (id): a park was drawn anew (edit.js re-arms its tools)
    /* The layers of a park as drawn: {record, layers, shape, shown, offset}, or null. */
    entry: function (id) { return parks[id] || null; },
    ids: function () { return Object.keys(parks); },
    draw: function (records) {
      upsert(records);
      S.map.on("zoomend viewreset", spreadCoincident);
    },
    showVisible: function () {
      Object.keys(parks).forEach(function (id) { show(parks[id], isVisible(parks[id])); });
      spreadCoincident();
      highlight(highlighted);
    },
    /* The shown parks for labels.js: id, record, where the marker is (container pixels),
       its radius, and whether it is the selected one. */
    shownMarkers: function () {
      return Object.keys(parks).filter(function (id) { return parks[id].shown; })
        .map(function (id) {
          return {id: id, record: parks[id].record, radius: RADIUS, selected: id === highlighted,
                  point: S.map.latLngToContainerPoint(markerLatLng(parks[id]))};
        });
    },
    /* Every park again, in new chain colours or in another datum. */
    restyle: function () {
      upsert(Object.keys(parks).map(function (id) { return parks[id].record; }));
    },
    /* Whether a shown park of the chain lies in the map's view (its marker, or any part of
       its footprint or line). */
    inView: function (chainId) {
      var view = S.map.getBounds();
      return Object.keys(parks).some(function (id) {
        var entry = parks[id];
        if (!entry.shown || entry.record.chains.indexOf(chainId) < 0) {
          return false;
        }
        return entry.record.geometry.type === "Point"
          ? view.contains(markerLatLng(entry)) : view.intersects(entry.shape.getBounds());
      });
    },
    hasChain: function (chainId) {
      return Object.keys(parks).some(function (id) {
        return parks[id].record.chains.indexOf(chainId) >= 0;
      });
    },
    highlighted: function () { return highlighted; },
    state: function () {
      var out = {};
      Object.keys(parks).forEach(function (id) {
        var point = S.map.latLngToContainerPoint(markerLatLng(parks[id]));
        out[id] = {shown: parks[id].shown, x: point.x, y: point.y};
      });
      return out;
    }
  };

  E.api.highlight = function (parkId) {
    highlight(parkId);
    if (E.labels) {
      E.labels.place();
    }
  };
  E.api.flyTo = function (parkId) {
    S.fitted = false;
    if (parks[parkId]) {
      S.map.flyToBounds(bounds(parks[parkId]), {maxZoom: 12, duration: 0.4});
    }
  };
  /* A new park, or a park's new place, shape, chains or names, drawn in place. */
  E.api.upsertPark = function (park) {
    upsert([park]);
    E.legend.build();
  };
  E.api.removePark = function (parkId) {
    remove(parkId);
    spreadCoincident();
    highlight(highlighted);
    E.legend.build();
  };
}());
