/* Hengyang Park Explorer: the city outline and its county-level divisions, with names. */
(function () {
  "use strict";

  var E = window.ExplorerPage, S = E.S;
  var labels = [];

  function style(feature) {
    var city = feature.properties.kind === "city";
    return {
      color: city ? "#5a5a5a" : "#9a9a9a", weight: city ? 2 : 1,
      fill: !city, fillColor: "#ffffff", fillOpacity: 0.55
    };
  }

  E.districts = {
    draw: function () {
      S.map.createPane("districts").style.zIndex = 350;
      L.geoJSON(S.data.districts, {
        renderer: L.canvas({pane: "districts", padding: S.data.canvas_padding}),
        pane: "districts", interactive: false, style: style
      }).addTo(S.map);
      S.data.districts.features.forEach(function (feature) {
        var p = feature.properties;
        if (p.kind === "city") {
          return;
        }
        var label = L.tooltip({permanent: true, direction: "center", className: "district-label",
                               interactive: false, offset: [0, 16]})
          .setLatLng([p.label_lat, p.label_lon])
          .setContent(E.textElement("span", E.nameOf(p)));
        label.record = p;
        label.addTo(S.map);
        labels.push(label);
      });
    },
    relabel: function () {
      labels.forEach(function (label) {
        label.setContent(E.textElement("span", E.nameOf(label.record)));
      });
    }
  };
}());
