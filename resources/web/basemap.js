/* Hengyang Park Explorer: the tile layer under everything, or none (the offline default). */
(function () {
  "use strict";

  var E = window.ExplorerPage, S = E.S;
  var layer = null, current = null;

  E.basemap = {
    url: function () { return current ? current.url : null; }
  };

  /* {url, attribution, maxZoom}, or null for none. The attribution is set as text, never as
     HTML. */
  E.api.setBasemap = function (basemap) {
    if (layer) {
      S.map.removeLayer(layer);
      layer = null;
    }
    current = basemap;
    if (basemap) {
      layer = L.tileLayer(basemap.url, {maxZoom: basemap.maxZoom, attribution: ""});
      layer.getAttribution = function () {
        var span = document.createElement("span");
        span.textContent = basemap.attribution;
        return span.innerHTML;
      };
      layer.addTo(S.map);
    }
  };
}());
