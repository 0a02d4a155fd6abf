/* Hengyang Park Explorer: parks, their uncertainty circles and footprints or lines; the
 * highlight of the selected park; parks added, changed and removed in the live page. */
(function () {
  "use strict";

  var E = window.ExplorerPage, S = E.S;
  var parks = {};  // id -> {record, layers, shape, shown, offset}
  var highlighted = null, highlightLayer = null;

  function layersOf(park) {
    var color = S.chains[park.chains[0]].color;
    var layers = [];
    if (park.uncertainty_m) {
      layers.push(L.circle([park.anchor[0], park.anchor[1]], {
        renderer: S.renderer, radius: park.uncertainty_m, interactive: false,
        color: color, weight: 1, dashArray: "4 4", fillColor: color, fillOpacity: 0.07
      }));
    }
    var shape;
    if (park.geometry.type === "Point") {
      shape = L.circleMarker([park.anchor[0], park.anchor[1]], {
        renderer: S.renderer, radius: 8, color: "#202020", weight: 1.5,
        fillColor: color, fillOpacity: 0.95
      });
    } else {
      shape = L.geoJSON(park.geometry, {
        renderer: S.renderer,
        style: {color: color, weight: 6, opacity: 0.9, fillColor: color, fillOpacity: 0.3}
      });
    }
    shape.bindTooltip(function () { return E.textElement("span", E.nameOf(park)); },
                      {direction: "top", offset: [0, -8]});
    shape.on("click", function (event) {
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

  /* Parks placed at the same point (two zones in one district, say) would hide each other:
     they are drawn on a small ring around that point, in screen pixels, at every zoom. */
  function spreadCoincident() {
    var groups = {};
    Object.keys(parks).forEach(function (id) {
      var entry = parks[id];
      entry.offset = null;
      if (entry.record.geometry.type === "Point") {
        var key = entry.record.anchor.join(",");
        (groups[key] = groups[key] || []).push(entry);
      }
    });
    Object.keys(groups).forEach(function (key) {
      var group = groups[key];
      group.forEach(function (entry, i) {
        var angle = 2 * Math.PI * i / group.length - Math.PI / 2;
        entry.offset = group.length < 2 ? null
          : L.point(Math.round(12 * Math.cos(angle)), Math.round(12 * Math.sin(angle)));
      });
    });
    placeSpread();
  }

  function markerLatLng(entry) {
    var anchor = L.latLng(entry.record.anchor[0], entry.record.anchor[1]);
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
  }

  function bounds(entry) {
    var park = entry.record;
    if (park.geometry.type !== "Point") {
      return entry.shape.getBounds();
    }
    return L.latLng(park.anchor[0], park.anchor[1]).toBounds(2 * (park.uncertainty_m || 1500));
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
        interactive: false
      });
    } else {
      highlightLayer = L.geoJSON(entry.record.geometry, {
        renderer: S.renderer, interactive: false,
        style: {color: "#000000", weight: 10, opacity: 0.45, fill: false}
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
    spreadCoincident();
    E.parks.showVisible();
  }

  E.parks = {
    draw: function (records) {
      upsert(records);
      S.map.on("zoomend viewreset", placeSpread);
    },
    showVisible: function () {
      Object.keys(parks).forEach(function (id) { show(parks[id], isVisible(parks[id])); });
      highlight(highlighted);
    },
    /* Every park again, in new chain colours. */
    restyle: function () {
      upsert(Object.keys(parks).map(function (id) { return parks[id].record; }));
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

  E.api.highlight = highlight;
  E.api.flyTo = function (parkId) {
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
