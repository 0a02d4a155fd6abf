/* Hengyang Park Explorer: the tiles under everything, or none (the offline default).
 *
 * A basemap is a base layer and its label layers (explorer/mapview/basemaps.py, as_page_data).
 * Switching to a basemap on another datum redraws every layer in that datum (datum.js) in
 * place. The page counts its tiles (for exports, which wait for them) and tells the app once
 * per basemap when its tiles fail to load, instead of leaving a silent blank map.
 */
(function () {
  "use strict";

  var E = window.ExplorerPage, S = E.S;
  var layers = [], current = null, opacity = 1;
  var tiles = {loaded: 0, failed: 0}, pending = new Set();
  var batch = {loaded: 0, failed: 0}, reported = false;

  function text(value) {  // an attribution as text, never as markup
    var span = document.createElement("span");
    span.textContent = value;
    return span.innerHTML;
  }

  /* After every settled batch of visible tiles: mostly failures means the provider cannot
     be reached or refuses us; the app hears it once per basemap. */
  function settled() {
    if (!reported && batch.failed > 0 && batch.failed >= batch.loaded && current) {
      reported = true;
      E.bridge.send({type: "tiles_failed", basemap: current.id, failed: batch.failed,
                     loaded: batch.loaded});
    }
    batch = {loaded: 0, failed: 0};
  }

  function tileLayer(spec, index) {
    var layer = L.tileLayer(spec.url, {
      subdomains: spec.subdomains || "abc", maxZoom: current.maxZoom,
      maxNativeZoom: current.maxNativeZoom, opacity: opacity, attribution: "",
      pane: index === 0 ? "tilePane" : "basemapLabels"
    });
    if (index === 0) {
      layer.getAttribution = function () { return text(current.attribution); };
    }
    /* A tile counts once: loaded, failed, or dropped from view while loading (Leaflet
       then fires no load event for it, or an error for a tile no longer shown). */
    function done(event, outcome) {
      if (pending.delete(event.tile) && outcome) {
        tiles[outcome] += 1;
        batch[outcome] += 1;
      }
    }
    layer.on({
      tileloadstart: function (event) { pending.add(event.tile); },
      tileload: function (event) { done(event, "loaded"); },
      tileerror: function (event) { done(event, "failed"); },
      tileabort: function (event) { done(event, null); },
      tileunload: function (event) { done(event, null); },
      load: settled
    });
    return layer;
  }

  /* How many loaded tiles are still fading in (Leaflet fades each over 200 ms). */
  function fading() {
    var count = 0;
    layers.forEach(function (layer) {
      layer.getContainer().querySelectorAll(".leaflet-tile-loaded").forEach(function (tile) {
        if (tile.style.opacity !== "" && Number(tile.style.opacity) < 1) {
          count += 1;
        }
      });
    });
    return count;
  }

  /* Everything drawn from data again, in the new datum, where the data are. */
  function setDatum(name) {
    if (name === E.datum.name) {
      return;
    }
    E.datum.name = name;
    E.parks.restyle();
    E.firms.reproject();
  }

  E.basemap = {
    url: function () { return current ? current.layers[0].url : null; },
    state: function () {
      return {id: current ? current.id : null, datum: E.datum.name, opacity: opacity,
              pending: pending.size, loaded: tiles.loaded, failed: tiles.failed,
              fading: fading(), layers: layers.length};
    }
  };

  /* {id, layers: [{url, subdomains}], attribution, maxZoom, maxNativeZoom, datum}, or null
     for none. */
  E.api.setBasemap = function (basemap) {
    layers.forEach(function (layer) { S.map.removeLayer(layer); });
    layers = [];
    tiles = {loaded: 0, failed: 0};
    pending = new Set();
    batch = {loaded: 0, failed: 0};
    reported = false;
    current = basemap;
    S.basemapOn = Boolean(basemap);
    if (!S.map.getPane("basemapLabels")) {
      S.map.createPane("basemapLabels").style.zIndex = 250;  // over tiles, under districts
    }
    setDatum(basemap && basemap.datum === "gcj02" ? "gcj02" : "wgs84");
    E.districts.redraw();  // in the datum, and lighter over tiles
    if (basemap) {
      layers = basemap.layers.map(tileLayer);
      layers.forEach(function (layer) { layer.addTo(S.map); });
    }
    document.body.classList.toggle("with-basemap", Boolean(basemap));
  };

  E.api.setBasemapOpacity = function (value) {
    opacity = Math.max(0, Math.min(1, Number(value)));
    layers.forEach(function (layer) { layer.setOpacity(opacity); });
  };
}());
