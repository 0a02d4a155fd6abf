/* Hengyang Park Explorer: the page side of the map. This file is loaded first: it holds the
 * shared state and helpers (window.ExplorerPage) and the set-up; datum.js, districts.js,
 * parks.js, labels.js, firms.js, legend.js, scale.js, basemap.js and bridge.js each add one
 * concept to it. Positions come in WGS-84 and are drawn in the basemap's datum (datum.js).
 *
 * Python (explorer/mapview) passes the catalogue in as JSON blocks in the page
 * (<script type="application/json">, read with JSON.parse, never run); everything is drawn
 * with Leaflet on canvas renderers. Catalogue text is only ever set with textContent, never parsed as HTML.
 *
 * Page -> app (bridge.js):  {"type": "ready"}, {"type": "select", "park": id},
 *   {"type": "select_tenant", "index": n},
 *   {"type": "view", "center": [lat, lon], "zoom": z, "datum": d},
 *   {"type": "tiles_failed", "basemap": id, "failed": n, "loaded": m}
 * App -> page (window.explorer): setFilter, highlight, flyTo, setView, setLanguage,
 *   fitBounds, setBasemap, setBasemapOpacity, upsertPark, removePark, setChains, setFirms,
 *   setTenantMatch, highlightTenant, tenantPosition, state; in the app's page also edit mode
 *   (edit.js): setEditMode, drawShape, editShape, pickPlace, cancelTool, editState.
 */
(function () {
  "use strict";

  var E = window.ExplorerPage = {
    S: {
      map: null, data: null, renderer: null, chains: {}, visible: {}, lang: "zh",
      drawn: false
    },
    api: {}
  };
  var S = E.S;

  /* A record's name in the page's language, falling back to the other one. */
  E.nameOf = function (record) {
    var first = S.lang === "en" ? record.name_en : record.name_zh;
    var other = S.lang === "en" ? record.name_zh : record.name_en;
    return first || other || "";
  };

  /* An element holding `text` as text: the one way catalogue text reaches the page. */
  E.textElement = function (tag, text, className) {
    var el = document.createElement(tag);
    el.textContent = text;
    if (className) {
      el.className = className;
    }
    return el;
  };

  E.setChainRecords = function (chains) {
    S.data.chains = chains;
    S.chains = {};
    chains.forEach(function (chain) { S.chains[chain.id] = chain; });
  };

  E.api.setFilter = function (chainIds) {
    S.visible = {};
    chainIds.forEach(function (id) { S.visible[id] = true; });
    E.firms.showChains();
    E.parks.showVisible();
    E.legend.build();
  };

  /* New chain colours or names: parks, firms and legend redrawn in place. */
  E.api.setChains = function (chains) {
    E.setChainRecords(chains);
    E.parks.restyle();
    E.firms.restyle();
    E.legend.build();
  };

  /* Frame [[south, west], [north, east]] (a chain's parks and firms), no closer than a
     town's scale. */
  E.api.fitBounds = function (bounds) {
    S.fitted = false;
    S.map.fitBounds(E.mapBounds(bounds), {animate: false, maxZoom: 12, padding: [24, 24]});
  };

  /* center: [lat, lon] in WGS-84, like every position the app hands the page. */
  E.api.setView = function (center, zoom) {
    S.fitted = false;
    S.map.setView(E.datum.toMap(center[0], center[1]), zoom, {animate: false});
  };

  /* [[south, west], [north, east]] in WGS-84 as bounds on the map, in its datum. */
  E.mapBounds = function (bounds) {
    return L.latLngBounds([E.datum.toMap(bounds[0][0], bounds[0][1]),
                           E.datum.toMap(bounds[1][0], bounds[1][1])]);
  };

  /* Until the user (or a replayed view) moves the map, the whole city fits the space the map
     has: a window restored wider or narrower, or a panel dragged, refits it. */
  function keepFitted(map) {
    S.fitted = true;
    var container = map.getContainer();
    ["mousedown", "wheel", "touchstart", "keydown", "dblclick"].forEach(function (name) {
      container.addEventListener(name, function () { S.fitted = false; }, true);
    });
    map.on("resize", function () {
      if (S.fitted) {
        map.fitBounds(E.mapBounds(S.data.bounds), {animate: false});
      }
    });
  }

  /* The map's credits in the page's language (each one escaped by the app). */
  var credits = [];
  function showCredits() {
    var control = S.map.attributionControl;
    credits.forEach(function (text) { control.removeAttribution(text); });
    credits = S.data.attribution[S.lang] || [];
    credits.forEach(function (text) { control.addAttribution(text); });
  }

  E.api.setLanguage = function (lang, text) {
    S.lang = lang === "en" ? "en" : "zh";
    S.data.text = text;
    showCredits();
    E.districts.relabel();
    E.labels.place();
    E.scale.update();
    E.legend.build();
  };

  /* For tests and exports: where things are, as a JSON string. Positions (bounds, centre)
     are on the map, in its datum (`datum`); the app takes them back to WGS-84. */
  E.api.state = function () {
    var bounds = S.map.getBounds();
    var size = S.map.getSize();
    return JSON.stringify({
      bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      size: [size.x, size.y],
      tenants: E.firms.state(),
      basemap: E.basemap.url(), tiles: E.basemap.state(), datum: E.datum.name,
      scale: E.scale.text(),
      drawn: S.drawn, fitted: S.fitted, connected: E.bridge.connected(), highlighted: E.parks.highlighted(),
      lang: S.lang, visible: Object.keys(S.visible).sort(), zoom: S.map.getZoom(),
      center: [S.map.getCenter().lat, S.map.getCenter().lng],
      parks: E.parks.state(), labels: E.labels.state(), legend: E.legend.state()
    });
  };

  /* The data of the page's JSON block `id`, or null when there is none. */
  E.readBlock = function (id) {
    var block = document.getElementById(id);
    return block ? JSON.parse(block.textContent) : null;
  };

  /* Called once by the page that folium renders, with the map and the id of the JSON block
   * that holds the catalogue data. */
  window.explorerSetup = function (map, blockId) {
    var data = E.readBlock(blockId);
    S.map = map;
    S.data = data;
    S.lang = data.lang;
    S.renderer = L.canvas({padding: data.canvas_padding});
    map.attributionControl.setPrefix(false);
    showCredits();
    E.setChainRecords(data.chains);
    map.options.zoomSnap = 0.25;  // the city fills the map, not the nearest whole zoom
    map.fitBounds(E.mapBounds(data.bounds), {animate: false});  // first: layers draw once
    keepFitted(map);
    map.on("moveend zoomend", function () { E.legend.refresh(); });
    E.districts.draw();
    E.firms.draw(document.getElementById("explorer-tenants"));
    E.parks.draw(data.parks);
    E.labels.draw();
    E.scale.addTo(map);
    if (E.edit) {  // the app's page only: edit.js is not part of an export
      E.edit.setup();
    }
    E.api.setFilter(data.visible_chains);
    window.explorer = E.api;
    E.bridge.connect();
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        S.drawn = true;
        window.explorerReady = true;
        E.bridge.announceReady();
      });
    });
  };
}());
