/* Hengyang Park Explorer: the page side of the map.
 *
 * Python (explorer/mapview) passes the catalogue in as JSON; this script draws it with
 * Leaflet on one canvas renderer and talks to the app through one QWebChannel object,
 * `bridge`, whose single slot `receive` takes a JSON string. Catalogue text is only ever
 * set with textContent, never parsed as HTML.
 *
 * Page -> app:  {"type": "ready"}, {"type": "select", "park": id},
 *               {"type": "select_tenant", "index": n} (firm n of tenants.js)
 * App -> page:  explorer.highlight(id|null), explorer.setFilter([chainId]),
 *               explorer.flyTo(id), explorer.setLanguage("zh"|"en", text),
 *               explorer.setTenantMatch(bits|null), explorer.highlightTenant(n|null),
 *               explorer.setBasemap({url, attribution, maxZoom}|null), explorer.state()
 */
(function () {
  "use strict";

  var S = {
    map: null, data: null, renderer: null, parks: {}, chains: {}, visible: {},
    highlighted: null, highlightLayer: null, legend: null, districtLabels: [],
    lang: "zh", bridge: null, drawn: false, announced: false, tenants: null, basemap: null
  };

  function send(message) {
    if (S.bridge) {
      S.bridge.receive(JSON.stringify(message));
    }
  }

  function nameOf(record) {
    var first = S.lang === "en" ? record.name_en : record.name_zh;
    var other = S.lang === "en" ? record.name_zh : record.name_en;
    return first || other || "";
  }

  function textElement(tag, text, className) {
    var el = document.createElement(tag);
    el.textContent = text;
    if (className) {
      el.className = className;
    }
    return el;
  }

  function announceReady() {
    if (S.drawn && S.bridge && !S.announced) {
      S.announced = true;
      send({type: "ready"});
    }
  }

  function connectBridge() {
    if (typeof qt === "undefined" || !qt.webChannelTransport || typeof QWebChannel === "undefined") {
      return;  // a standalone page (exported HTML): no app to talk to
    }
    new QWebChannel(qt.webChannelTransport, function (channel) {
      S.bridge = channel.objects.bridge;
      announceReady();
    });
  }

  function drawDistricts() {
    S.map.createPane("districts").style.zIndex = 350;
    L.geoJSON(S.data.districts, {
      renderer: L.canvas({pane: "districts", padding: S.data.canvas_padding}),
      pane: "districts",
      interactive: false,
      style: function (feature) {
        var city = feature.properties.kind === "city";
        return {
          color: city ? "#5a5a5a" : "#9a9a9a", weight: city ? 2 : 1,
          fill: !city, fillColor: "#ffffff", fillOpacity: 0.55
        };
      }
    }).addTo(S.map);
    S.data.districts.features.forEach(function (feature) {
      var p = feature.properties;
      if (p.kind === "city") {
        return;
      }
      var label = L.tooltip({permanent: true, direction: "center", className: "district-label",
                             interactive: false, offset: [0, 16]})
        .setLatLng([p.label_lat, p.label_lon])
        .setContent(textElement("span", nameOf(p)));
      label.record = p;
      label.addTo(S.map);
      S.districtLabels.push(label);
    });
  }

  function validFirm(index) {
    return S.tenants !== null && Number.isInteger(index) && index >= 0 &&
      index < S.tenants.count;
  }

  /* The firms come as a JSON data block in the page (not as script), parsed once. */
  function drawTenants() {
    var block = document.getElementById("explorer-tenants");
    var tenants = block ? JSON.parse(block.textContent) : null;
    if (tenants && tenants.count) {
      var colors = S.data.chains.map(function (c) { return c.color; });
      S.tenants = new ExplorerTenantLayer(tenants, colors, function (index) {
        send({type: "select_tenant", index: index});
      }).addTo(S.map);
    }
  }

  function drawPark(park) {
    var chain = S.chains[park.chains[0]];
    var layers = [];
    var color = chain.color;
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
    shape.bindTooltip(function () { return textElement("span", nameOf(park)); },
                      {direction: "top", offset: [0, -8]});
    shape.on("click", function (event) {
      L.DomEvent.stopPropagation(event);
      send({type: "select", park: park.id});
    });
    layers.push(shape);
    S.parks[park.id] = {record: park, layers: layers, shape: shape, shown: false};
  }

  /* Parks placed at the same point (two zones in one district, say) would hide each other:
     draw them on a small ring around that point, in screen pixels, at every zoom. */
  function spreadCoincident() {
    var groups = {};
    Object.keys(S.parks).forEach(function (id) {
      var entry = S.parks[id];
      if (entry.record.geometry.type === "Point") {
        var key = entry.record.anchor.join(",");
        (groups[key] = groups[key] || []).push(entry);
      }
    });
    Object.keys(groups).forEach(function (key) {
      var group = groups[key];
      group.forEach(function (entry, i) {
        entry.offset = group.length < 2 ? null : L.point(
          Math.round(12 * Math.cos(2 * Math.PI * i / group.length - Math.PI / 2)),
          Math.round(12 * Math.sin(2 * Math.PI * i / group.length - Math.PI / 2)));
      });
    });
    S.map.on("zoomend viewreset", placeSpread);
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
    Object.keys(S.parks).forEach(function (id) {
      var entry = S.parks[id];
      if (entry.offset) {
        entry.shape.setLatLng(markerLatLng(entry));
      }
    });
    if (S.highlightLayer && S.highlightLayer.setLatLng) {
      S.highlightLayer.setLatLng(markerLatLng(S.parks[S.highlighted]));
    }
  }

  function showPark(entry, show) {
    if (show === entry.shown) {
      return;
    }
    entry.layers.forEach(function (layer) {
      if (show) {
        layer.addTo(S.map);
      } else {
        S.map.removeLayer(layer);
      }
    });
    entry.shown = show;
  }

  function buildLegend() {
    if (S.legend) {
      S.map.removeControl(S.legend);
    }
    var shown = S.data.chains.filter(function (chain, index) {
      return S.visible[chain.id] && (Object.keys(S.parks).some(function (id) {
        return S.parks[id].record.chains.indexOf(chain.id) >= 0;
      }) || (S.tenants !== null && S.tenants.hasChain(index)));
    });
    S.legend = L.control({position: "bottomright"});
    S.legend.onAdd = function () {
      var box = L.DomUtil.create("div", "explorer-legend");
      box.appendChild(textElement("div", S.data.text.legend, "legend-title"));
      shown.forEach(function (chain) {
        var row = L.DomUtil.create("div", "legend-row", box);
        row.setAttribute("data-chain", chain.id);
        var swatch = L.DomUtil.create("span", "legend-swatch", row);
        swatch.style.backgroundColor = chain.color;
        row.appendChild(textElement("span", nameOf(chain)));
      });
      if (!shown.length) {
        box.appendChild(textElement("div", S.data.text.legend_empty, "legend-empty"));
      }
      return box;
    };
    S.legend.addTo(S.map);
  }

  function parkBounds(entry) {
    var park = entry.record;
    if (park.geometry.type !== "Point") {
      return entry.shape.getBounds();
    }
    return L.latLng(park.anchor[0], park.anchor[1]).toBounds(2 * (park.uncertainty_m || 1500));
  }

  var api = {
    setFilter: function (chainIds) {
      S.visible = {};
      chainIds.forEach(function (id) { S.visible[id] = true; });
      if (S.tenants) {
        var shown = [];
        S.data.chains.forEach(function (c, i) {
          if (S.visible[c.id]) {
            shown.push(i);
          }
        });
        S.tenants.setChains(shown);
      }
      Object.keys(S.parks).forEach(function (id) {
        var entry = S.parks[id];
        showPark(entry, entry.record.chains.some(function (c) { return S.visible[c]; }));
      });
      buildLegend();
      api.highlight(S.highlighted);
    },
    highlight: function (parkId) {
      if (S.highlightLayer) {
        S.map.removeLayer(S.highlightLayer);
        S.highlightLayer = null;
      }
      S.highlighted = S.parks[parkId] ? parkId : null;
      var entry = S.parks[S.highlighted];
      if (!entry || !entry.shown) {
        return;
      }
      var park = entry.record;
      if (park.geometry.type === "Point") {
        S.highlightLayer = L.circleMarker(markerLatLng(entry), {
          renderer: S.renderer, radius: 14, color: "#000000", weight: 3, fill: false,
          interactive: false
        });
      } else {
        S.highlightLayer = L.geoJSON(park.geometry, {
          renderer: S.renderer, interactive: false,
          style: {color: "#000000", weight: 10, opacity: 0.45, fill: false}
        });
      }
      S.highlightLayer.addTo(S.map);
    },
    /* The firms matching the app's search, as a base64 bit set; null: every firm. */
    setTenantMatch: function (bits) {
      if (S.tenants) {
        S.tenants.setMatch(typeof bits === "string" ? bits : null);
      }
    },
    highlightTenant: function (index) {
      if (S.tenants) {
        S.tenants.select(validFirm(index) ? index : -1);
      }
    },
    /* Where firm n is drawn, as a JSON string (null if there is no such firm). */
    tenantPosition: function (index) {
      return JSON.stringify(validFirm(index) ? S.tenants.position(index) : null);
    },
    flyTo: function (parkId) {
      var entry = S.parks[parkId];
      if (entry) {
        S.map.flyToBounds(parkBounds(entry), {maxZoom: 12, duration: 0.4});
      }
    },
    /* A tile layer under everything ({url, attribution, maxZoom}), or null for none. The
       attribution is set as text, never as HTML. */
    setBasemap: function (basemap) {
      if (S.basemap) {
        S.map.removeLayer(S.basemap);
        S.basemap = null;
      }
      if (basemap) {
        S.basemap = L.tileLayer(basemap.url, {maxZoom: basemap.maxZoom, attribution: ""});
        S.basemap.getAttribution = function () {
          var span = document.createElement("span");
          span.textContent = basemap.attribution;
          return span.innerHTML;
        };
        S.basemap.addTo(S.map);
      }
    },
    setLanguage: function (lang, text) {
      S.lang = lang === "en" ? "en" : "zh";
      S.data.text = text;
      S.districtLabels.forEach(function (label) {
        label.setContent(textElement("span", nameOf(label.record)));
      });
      S.scale._update();
      buildLegend();
    },
    /* For tests and exports: where things are, as a JSON string. */
    state: function () {
      var parks = {};
      Object.keys(S.parks).forEach(function (id) {
        var entry = S.parks[id];
        var point = S.map.latLngToContainerPoint(markerLatLng(entry));
        parks[id] = {shown: entry.shown, x: point.x, y: point.y};
      });
      var bounds = S.map.getBounds();
      var size = S.map.getSize();
      return JSON.stringify({
        bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
        size: [size.x, size.y],
        tenants: S.tenants ? {count: S.tenants.count, mode: S.tenants.drawn.mode,
                              shown: S.tenants.drawn.shown} : null,
        basemap: S.basemap ? S.basemap._url : null,
        scale: S.scale.getContainer().textContent,
        drawn: S.drawn, connected: !!S.bridge, highlighted: S.highlighted, lang: S.lang,
        visible: Object.keys(S.visible).sort(), zoom: S.map.getZoom(), parks: parks,
        legend: Array.prototype.map.call(
          document.querySelectorAll(".explorer-legend .legend-row"),
          function (row) { return row.getAttribute("data-chain"); })
      });
    }
  };

  /* Called once by the page that folium renders, with the map and the catalogue data. */
  window.explorerSetup = function (map, data) {
    S.map = map;
    S.data = data;
    S.lang = data.lang;
    S.renderer = L.canvas({padding: data.canvas_padding});
    map.attributionControl.setPrefix(false);
    data.attribution.forEach(function (text) { map.attributionControl.addAttribution(text); });
    data.chains.forEach(function (chain) { S.chains[chain.id] = chain; });
    map.fitBounds(data.bounds, {animate: false});  // first: each layer then draws once
    drawDistricts();
    drawTenants();
    data.parks.forEach(drawPark);
    S.scale = L.control.scale({imperial: false, maxWidth: 150});
    /* Leaflet writes "5 km" / "500 m"; in Chinese the units are 公里 / 米. */
    S.scale._updateScale = function (scale, text, ratio) {
      scale.style.width = Math.round(this.options.maxWidth * ratio) + "px";
      scale.textContent = S.lang === "zh" ? text.replace(/ km$/, " 公里").replace(/ m$/, " 米")
        : text;
    };
    S.scale.addTo(map);
    spreadCoincident();
    api.setFilter(data.visible_chains);
    window.explorer = api;
    connectBridge();
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        S.drawn = true;
        window.explorerReady = true;
        announceReady();
      });
    });
  };
}());
