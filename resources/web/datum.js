/* Hengyang Park Explorer: the datum the page draws in.
 *
 * The data arrive in WGS-84 and are drawn in the basemap's datum: on a GCJ-02 basemap
 * (Gaode) every position is shifted into GCJ-02 here, with the same published formula as
 * explorer/core/coords.py (a test compares the two). Only the forward shift lives in the
 * page: whatever the page sends back carries its datum, and the app shifts it back.
 *
 * E.datum.toMap(lat, lon) -> [lat, lon] on the map; E.datum.name: "wgs84" or "gcj02".
 */
(function () {
  "use strict";

  var E = window.ExplorerPage;
  var A = 6378245.0;  // Krasovsky 1940 semi-major axis, as the GCJ-02 formula uses it
  var EE = 0.00669342162296594323;  // its first eccentricity squared
  var PI = Math.PI;

  function inChina(lat, lon) {
    return lon > 73.66 && lon < 135.05 && lat > 3.86 && lat < 53.55;
  }

  function offset(lat, lon) {
    var x = lon - 105.0, y = lat - 35.0;
    var wave = (20.0 * Math.sin(6.0 * x * PI) + 20.0 * Math.sin(2.0 * x * PI)) * 2.0 / 3.0;
    var dlat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y +
      0.2 * Math.sqrt(Math.abs(x)) + wave +
      (20.0 * Math.sin(y * PI) + 40.0 * Math.sin(y / 3.0 * PI)) * 2.0 / 3.0 +
      (160.0 * Math.sin(y / 12.0 * PI) + 320 * Math.sin(y * PI / 30.0)) * 2.0 / 3.0;
    var dlon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y +
      0.1 * Math.sqrt(Math.abs(x)) + wave +
      (20.0 * Math.sin(x * PI) + 40.0 * Math.sin(x / 3.0 * PI)) * 2.0 / 3.0 +
      (150.0 * Math.sin(x / 12.0 * PI) + 300.0 * Math.sin(x / 30.0 * PI)) * 2.0 / 3.0;
    var rad = lat / 180.0 * PI;
    var magic = 1 - EE * Math.sin(rad) * Math.sin(rad);
    var sqrtMagic = Math.sqrt(magic);
    dlat = (dlat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * PI);
    dlon = (dlon * 180.0) / (A / sqrtMagic * Math.cos(rad) * PI);
    return [dlat, dlon];
  }

  function wgs84ToGcj02(lat, lon) {
    if (!inChina(lat, lon)) {
      return [lat, lon];
    }
    var d = offset(lat, lon);
    return [lat + d[0], lon + d[1]];
  }

  E.datum = {
    name: "wgs84",
    /* A WGS-84 position where the map draws it: [lat, lon]. */
    toMap: function (lat, lon) {
      return E.datum.name === "gcj02" ? wgs84ToGcj02(lat, lon) : [lat, lon];
    },
    /* For L.geoJSON's coordsToLatLng: GeoJSON [lon, lat] -> a LatLng on the map. */
    coordsToLatLng: function (coords) {
      var p = E.datum.toMap(coords[1], coords[0]);
      return L.latLng(p[0], p[1]);
    },
    wgs84ToGcj02: wgs84ToGcj02
  };
}());
