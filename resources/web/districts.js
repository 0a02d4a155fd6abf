/* Hengyang Park Explorer: the city outline and its county-level divisions, with names. The
 * names lie under the parks' markers and labels (their own pane, below the overlay pane), so
 * a park drawn where a district is named stays readable. Drawn in the map's datum. */
(function () {
  "use strict";

  var E = window.ExplorerPage, S = E.S;
  var layer = null, labels = [], renderer = null, drawnIn = null;

  /* White-washed counties on the blank offline map; over tiles, only a light veil. */
  function style(feature) {
    var city = feature.properties.kind === "city";
    return {
      color: city ? "#5a5a5a" : "#9a9a9a", weight: city ? 2 : 1,
      fill: !city, fillColor: "#ffffff", fillOpacity: S.basemapOn ? 0.12 : 0.55
    };
  }

  function draw() {
    if (!S.map.getPane("districts")) {
      S.map.createPane("districts").style.zIndex = 350;
      S.map.createPane("districtLabels").style.zIndex = 360;  // markers: 400, labels: 450
      renderer = L.canvas({pane: "districts", padding: S.data.canvas_padding});
    }
    drawnIn = E.datum.name;
    layer = L.geoJSON(S.data.districts, {
      renderer: renderer, pane: "districts", interactive: false, style: style,
      snapIgnore: false,  // edit mode snaps footprints to district edges (Leaflet-Geoman)
      coordsToLatLng: E.datum.coordsToLatLng
    }).addTo(S.map);
    S.data.districts.features.forEach(function (feature) {
      var p = feature.properties;
      if (p.kind === "city") {
        return;
      }
      var label = L.tooltip({permanent: true, direction: "center", className: "district-label",
                             interactive: false, offset: [0, 16], pane: "districtLabels"})
        .setLatLng(E.datum.toMap(p.label_lat, p.label_lon))
        .setContent(E.textElement("span", E.nameOf(p)));
      label.record = p;
      label.addTo(S.map);
      labels.push(label);
    });
  }

  E.districts = {
    draw: draw,
    /* In place: every outline and label moved to the map's datum, and restyled (lighter
       over tiles). Layers are not removed and added again: a canvas then kept drawings of
       the removed outlines. */
    redraw: function () {
      if (drawnIn !== E.datum.name) {
        drawnIn = E.datum.name;
        layer.eachLayer(function (path) {
          var geometry = path.feature.geometry;
          path.setLatLngs(L.GeoJSON.coordsToLatLngs(
            geometry.coordinates, geometry.type === "MultiPolygon" ? 2 : 1,
            E.datum.coordsToLatLng));
        });
        labels.forEach(function (label) {
          label.setLatLng(E.datum.toMap(label.record.label_lat, label.record.label_lon));
        });
      }
      layer.setStyle(style);
    },
    /* Where the district names are, as boxes in container pixels. */
    boxes: function () {
      var origin = S.map.getContainer().getBoundingClientRect();
      return labels.map(function (label) {
        var r = label.getElement().getBoundingClientRect();
        return {x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height};
      });
    },
    relabel: function () {
      labels.forEach(function (label) {
        label.setContent(E.textElement("span", E.nameOf(label.record)));
      });
    }
  };
}());
