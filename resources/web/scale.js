/* Hengyang Park Explorer: a metric scale bar whose units follow the language (公里 / 米).
 *
 * Our own small control rather than L.control.scale: changing that one's units means
 * overriding its private _updateScale.
 */
(function () {
  "use strict";

  var E = window.ExplorerPage, S = E.S;
  var MAX_WIDTH = 150;  // px
  var bar = null;

  /* The largest 1, 2, 3 or 5 × 10^n not above `meters`. */
  function roundDown(meters) {
    var power = Math.pow(10, Math.floor(Math.log10(meters)));
    var d = meters / power;
    return power * (d >= 5 ? 5 : d >= 3 ? 3 : d >= 2 ? 2 : 1);
  }

  function label(meters) {
    var km = meters >= 1000;
    var value = km ? meters / 1000 : meters;
    if (S.lang === "zh") {
      return value + (km ? " 公里" : " 米");
    }
    return value + (km ? " km" : " m");
  }

  function update() {
    if (!bar) {
      return;
    }
    var y = S.map.getSize().y / 2;
    var meters = S.map.distance(S.map.containerPointToLatLng([0, y]),
                                S.map.containerPointToLatLng([MAX_WIDTH, y]));
    var rounded = roundDown(meters);
    bar.style.width = Math.round(MAX_WIDTH * rounded / meters) + "px";
    bar.textContent = label(rounded);
  }

  E.scale = {
    addTo: function (map) {
      var control = L.control({position: "bottomleft"});
      control.onAdd = function () {
        var box = L.DomUtil.create("div", "leaflet-control-scale");
        bar = L.DomUtil.create("div", "leaflet-control-scale-line", box);
        return box;
      };
      control.addTo(map);
      map.on("move zoomend resize", update);
      update();
    },
    update: update,
    text: function () { return bar ? bar.textContent : ""; }
  };
}());
