/* Hengyang Park Explorer: the city outline and its county-level divisions, with names. The
 * names lie under the parks' markers and labels (their own pane, below the overlay pane), so
 * a park drawn where a district is named stays readable. */
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
      S.map.createPane("districtLabels").style.zIndex = 360;  // markers: 400, labels: 450
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
                               interactive: false, offset: [0, 16], pane: "districtLabels"})
          .setLatLng([p.label_lat, p.label_lon])
          .setContent(E.textElement("span", E.nameOf(p)));
        label.record = p;
        label.addTo(S.map);
        labels.push(label);
      });
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
