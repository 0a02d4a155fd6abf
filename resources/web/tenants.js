/* Hengyang Park Explorer: the tenant (firm) layer, drawn for tens of thousands of firms.
 *
 * Leaflet makes one object per marker, which is too slow beyond a few thousand firms, so this
 * layer keeps the firms in typed arrays and draws them on one canvas of its own: single dots
 * when few are in view, and counted clusters (a grid of screen cells, coloured by the most
 * common chain) when many are. Clicks are hit-tested through a grid index of what was drawn,
 * never by scanning every firm. The page holds no names: it draws, filters and hit-tests
 * positions, and names a clicked firm by its number; the app answers searches.
 *
 * Input (explorer/mapview/page.py, tenant_points): {count: n, lon: b64, lat: b64, chain: b64}:
 * little-endian int32 millionths of a degree (WGS-84), and uint16 chain indexes. On a GCJ-02
 * basemap the layer draws each firm shifted, with the page's one shift (datum.js).
 * A firm layer left in the database comes one view at a time (view_firm_data): the firms
 * themselves (kind "firms"), or grid cells counted by the database (kind "cells", with `n`:
 * uint32 firms per cell), which are always drawn as clusters weighted by their counts.
 */
(function () {
  "use strict";

  var CELL = 40;          // cluster cell size, in screen pixels
  var MAX_POINTS = 4000;  // above this many firms in view, draw clusters
  var HIT = 12;           // click tolerance, in screen pixels: well beyond the drawn dot
  var DOT = 3;            // dot radius
  var MAX_LATITUDE = 85.0511287798;  // Leaflet's Web Mercator limit

  /* The bytes of a base64 string (atob gives one character per byte). */
  function decode(text) {
    var chars = atob(text);
    var bytes = new Uint8Array(chars.length);
    for (var i = 0; i < chars.length; i++) {
      bytes[i] = chars.charCodeAt(i);
    }
    return bytes.buffer;
  }

  /* Typed arrays read in the platform's byte order; every platform QtWebEngine runs on is
     little-endian, as the data is. */
  function TenantLayer(data, colors, onSelect, toMap) {
    this.colors = colors;
    this.onSelect = onSelect;
    this.chainOn = new Uint8Array(colors.length).fill(1);
    this.match = null;  // bit set of firms matching the search (bit i of byte i >> 3), or null
    this.load(data, toMap);
  }

  /* New firms (or cells) in the same layer, drawn at once: a database's firms come anew for
     every view, and the layer keeps its canvas rather than making one per view. */
  TenantLayer.prototype.load = function (data, toMap, selected) {
    var n = data.count;
    var lon = new Int32Array(decode(data.lon));
    var lat = new Int32Array(decode(data.lat));
    this.count = n;
    this.wgsLon = new Float64Array(n);  // as stored
    this.wgsLat = new Float64Array(n);
    this.lon = new Float64Array(n);  // where drawn: in the map's datum
    this.lat = new Float64Array(n);
    this.x0 = new Float64Array(n);  // Web Mercator pixels at zoom 0, so a redraw only scales
    this.y0 = new Float64Array(n);
    this.chain = new Uint16Array(decode(data.chain));
    this.cells = data.kind === "cells";
    this.weight = data.n ? new Uint32Array(decode(data.n)) : null;  // firms per item
    this.viewIndex = new Int32Array(n);  // scratch arrays of _inView
    this.viewX = new Float32Array(n);
    this.viewY = new Float32Array(n);
    this.selected = Number.isInteger(selected) && selected >= 0 && selected < n ? selected : -1;
    this.drawn = {mode: "none", shown: 0};
    this.index = null;
    for (var i = 0; i < n; i++) {
      this.wgsLon[i] = lon[i] / 1e6;
      this.wgsLat[i] = lat[i] / 1e6;
    }
    this.project(toMap);
  };

  /* Every firm where the map draws it: `toMap(lat, lon)` puts a WGS-84 point in the map's
     datum (datum.js); then the projection of L.CRS.EPSG3857 at zoom 0, written out: a
     Leaflet LatLng and Point per firm would cost 200,000 objects at 100,000 firms. */
  TenantLayer.prototype.project = function (toMap) {
    this.toMap = toMap;
    for (var i = 0; i < this.count; i++) {
      var p = toMap(this.wgsLat[i], this.wgsLon[i]);
      this._drawnAt(i, p[0], p[1]);
    }
    if (this.map) {
      this.redraw();
    }
  };

  /* Firm i drawn at (lat, lon) in the map's datum. */
  TenantLayer.prototype._drawnAt = function (i, lat, lon) {
    this.lat[i] = lat;
    this.lon[i] = lon;
    var phi = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI / 180;
    this.x0[i] = 128 + lon * 256 / 360;
    this.y0[i] = 128 - 128 * Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI;
  };

  /* -- one firm edited, in place (no layer rebuilt: 100,000 firms stay as they are) ------ */

  /* Firm i drawn at a map position for now (while it is dragged); its stored place is
     unchanged until the app sends it (put). */
  TenantLayer.prototype.drawAt = function (i, latlng) {
    this._drawnAt(i, latlng.lat, latlng.lng);
    this.redraw();
  };

  /* Firm i now at (lon, lat) WGS-84 millionths of a degree, of chain index `chain`. */
  TenantLayer.prototype.put = function (i, lon, lat, chain) {
    this.wgsLon[i] = lon / 1e6;
    this.wgsLat[i] = lat / 1e6;
    this.chain[i] = chain;
    var p = this.toMap(this.wgsLat[i], this.wgsLon[i]);
    this._drawnAt(i, p[0], p[1]);
    this.redraw();
  };

  /* A firm placed as number i: the firms from i on are numbered one more. The search's
     bit set no longer fits; the app sends it again. */
  TenantLayer.prototype.insert = function (i, lon, lat, chain) {
    this._resize(i, 0, 1);
    this.count += 1;
    this.put(i, lon, lat, chain);
  };

  /* Firm i no longer drawn: the firms after it are numbered one less. */
  TenantLayer.prototype.removeAt = function (i) {
    this._resize(i, 1, 0);
    this.count -= 1;
    this.redraw();
  };

  /* Every per-firm array with `removed` entries at i taken out and `added` put in. */
  TenantLayer.prototype._resize = function (i, removed, added) {
    var self = this;
    ["wgsLon", "wgsLat", "lon", "lat", "x0", "y0", "chain"].forEach(function (name) {
      self[name] = spliced(self[name], i, removed, added);
    });
    var n = this.count - removed + added;
    this.viewIndex = new Int32Array(n);
    this.viewX = new Float32Array(n);
    this.viewY = new Float32Array(n);
    this.match = null;
    this.index = null;
  };

  function spliced(array, i, removed, added) {
    var out = new array.constructor(array.length - removed + added);
    out.set(array.subarray(0, i));
    out.set(array.subarray(i + removed), i + added);
    return out;
  }

  /* The firm drawn as a dot within the click tolerance of container point p; -1 if none
     (or the firms are drawn as clusters). */
  TenantLayer.prototype.hit = function (p) {
    return this.index && this.index.mode === "points" ? this._nearest(p.x, p.y) : -1;
  };

  TenantLayer.prototype.addTo = function (map) {
    this.map = map;
    var pane = map.getPane("tenants") || map.createPane("tenants");
    pane.style.zIndex = 390;  // above the districts (350), below the parks (overlay pane, 400)
    pane.style.pointerEvents = "none";
    this.canvas = L.DomUtil.create("canvas", "tenant-canvas", pane);
    var self = this;
    var redraw = function () { self.redraw(); };
    this.handlers = {  // one key per event: Leaflet splits no names in this form
      moveend: redraw, zoomend: redraw, resize: redraw, viewreset: redraw,
      zoomstart: function () { self.canvas.style.visibility = "hidden"; },
      click: function (event) { self._onClick(event); }
    };
    map.on(this.handlers);
    this.redraw();
    return this;
  };

  /* Off the map: its canvas and its event handlers go. */
  TenantLayer.prototype.remove = function () {
    this.map.off(this.handlers);
    L.DomUtil.remove(this.canvas);
    this.map = null;
  };

  /* New chain colours (by chain index), drawn at once. */
  TenantLayer.prototype.setColors = function (colors) {
    this.colors = colors;
    this.redraw();
  };

  /* Where firm `i` is drawn, in container pixels (for tests and exports). */
  TenantLayer.prototype.position = function (i) {
    var p = this.map.latLngToContainerPoint([this.lat[i], this.lon[i]]);
    return {x: p.x, y: p.y, shown: this.visible(i)};
  };

  /* Whether any firm belongs to the chain with this index. */
  TenantLayer.prototype.hasChain = function (chainIndex) {
    return this.chain.indexOf(chainIndex) >= 0;
  };

  /* Per chain index, 1 if a firm of it passes the filter and lies in view: one pass. */
  TenantLayer.prototype.chainsInView = function () {
    var out = new Uint8Array(this.colors.length);
    var view = this.map.getBounds();
    var west = view.getWest(), east = view.getEast();
    var south = view.getSouth(), north = view.getNorth();
    for (var i = 0; i < this.count; i++) {
      if (!out[this.chain[i]] && this.lon[i] >= west && this.lon[i] <= east &&
          this.lat[i] >= south && this.lat[i] <= north && this.visible(i)) {
        out[this.chain[i]] = 1;
      }
    }
    return out;
  };

  TenantLayer.prototype.visible = function (i) {
    return this.chainOn[this.chain[i]] === 1 &&
      (this.match === null || (this.match[i >> 3] >> (i & 7) & 1) === 1);
  };

  TenantLayer.prototype.setChains = function (chainIndexes) {
    this.chainOn.fill(0);
    for (var k = 0; k < chainIndexes.length; k++) {
      this.chainOn[chainIndexes[k]] = 1;
    }
    this.redraw();
  };

  /* The firms matching a search, as a base64 bit set from the app; null: every firm. */
  TenantLayer.prototype.setMatch = function (bits) {
    this.match = bits === null ? null : new Uint8Array(decode(bits));
    this.redraw();
  };

  TenantLayer.prototype.select = function (index) {
    this.selected = index;
    this.redraw();
  };

  /* The firms in view that pass the filter, with their screen positions, into the layer's
     scratch arrays (allocated once: a redraw of 100,000 firms makes no garbage). Returns
     how many. */
  TenantLayer.prototype._inView = function (width, height) {
    var scale = Math.pow(2, this.map.getZoom());
    var origin = this.map.getPixelBounds().min;
    var keep = this.viewIndex, xs = this.viewX, ys = this.viewY;
    var m = 0;
    for (var i = 0; i < this.count; i++) {
      if (!this.visible(i)) {
        continue;
      }
      var x = this.x0[i] * scale - origin.x;
      var y = this.y0[i] * scale - origin.y;
      if (x >= -CELL && y >= -CELL && x <= width + CELL && y <= height + CELL) {
        keep[m] = i;
        xs[m] = x;
        ys[m] = y;
        m += 1;
      }
    }
    return m;
  };

  TenantLayer.prototype.redraw = function () {
    if (!this.map) {
      return;
    }
    var size = this.map.getSize();
    var ratio = window.devicePixelRatio || 1;
    var canvas = this.canvas;
    L.DomUtil.setPosition(canvas, this.map.containerPointToLayerPoint([0, 0]));
    if (canvas.width !== size.x * ratio || canvas.height !== size.y * ratio) {
      canvas.width = size.x * ratio;  // a new bitmap: only when the size changes
      canvas.height = size.y * ratio;
      canvas.style.width = size.x + "px";
      canvas.style.height = size.y + "px";
    }
    canvas.style.visibility = "visible";
    var ctx = canvas.getContext("2d");
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    var m = this._inView(size.x, size.y);
    if (this.cells || m > MAX_POINTS) {
      this._drawClusters(ctx, m, size);
    } else {
      this._drawPoints(ctx, m);
    }
  };

  TenantLayer.prototype._drawPoints = function (ctx, m) {
    var keep = this.viewIndex, xs = this.viewX, ys = this.viewY;
    var cells = new Map();  // grid of HIT-pixel cells -> positions in the scratch arrays
    var at = -1;
    ctx.lineWidth = 0.6;
    ctx.strokeStyle = "rgba(32, 32, 32, 0.8)";
    for (var k = 0; k < m; k++) {
      ctx.fillStyle = this.colors[this.chain[keep[k]]];
      ctx.beginPath();
      ctx.arc(xs[k], ys[k], DOT, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
      var key = cellKey(Math.floor(xs[k] / HIT), Math.floor(ys[k] / HIT));
      var members = cells.get(key);
      if (members) {
        members.push(k);
      } else {
        cells.set(key, [k]);
      }
      if (keep[k] === this.selected) {
        at = k;
      }
    }
    if (at >= 0) {
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = "#000000";
      ctx.beginPath();
      ctx.arc(xs[at], ys[at], DOT + 5, 0, 2 * Math.PI);
      ctx.stroke();
    }
    this.index = {mode: "points", cells: cells};
    this.drawn = {mode: "points", shown: m, firms: m};
  };

  /* A number for grid cell (cx, cy); cells lie within a few thousand of the origin. */
  function cellKey(cx, cy) {
    return (cx + 32768) * 65536 + (cy + 32768);
  }

  /* Counted clusters on a grid of CELL-pixel squares: count, centroid and the most common
     chain of each square, summed in typed arrays. */
  TenantLayer.prototype._drawClusters = function (ctx, m, size) {
    var keep = this.viewIndex, xs = this.viewX, ys = this.viewY;
    var chains = this.colors.length;
    var cols = Math.ceil(size.x / CELL) + 3, rows = Math.ceil(size.y / CELL) + 3;
    var n = new Uint32Array(cols * rows);
    var sx = new Float64Array(cols * rows), sy = new Float64Array(cols * rows);
    var byChain = new Uint32Array(cols * rows * chains);
    var total = 0;
    for (var k = 0; k < m; k++) {
      var cell = (Math.floor(xs[k] / CELL) + 1) + cols * (Math.floor(ys[k] / CELL) + 1);
      var w = this.weight ? this.weight[keep[k]] : 1;
      n[cell] += w;
      sx[cell] += xs[k] * w;
      sy[cell] += ys[k] * w;
      byChain[cell * chains + this.chain[keep[k]]] += w;
      total += w;
    }
    ctx.font = "600 11px sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    var list = [];
    for (var c = 0; c < n.length; c++) {
      if (n[c] === 0) {
        continue;
      }
      var top = 0;
      for (var ch = 1; ch < chains; ch++) {
        if (byChain[c * chains + ch] > byChain[c * chains + top]) {
          top = ch;
        }
      }
      var x = sx[c] / n[c], y = sy[c] / n[c];
      var r = Math.min(6 + 4 * Math.log10(n[c]), CELL / 2);
      ctx.globalAlpha = 0.8;
      ctx.fillStyle = this.colors[top];
      ctx.beginPath();
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = 1;
      ctx.strokeStyle = "#ffffff";
      ctx.stroke();
      if (n[c] > 1) {
        ctx.fillStyle = "#ffffff";
        ctx.fillText(n[c] >= 1000 ? Math.round(n[c] / 100) / 10 + "k" : String(n[c]), x, y);
      }
      list.push({x: x, y: y, r: r, n: n[c]});
    }
    this.index = {mode: "clusters", list: list};
    this.drawn = {mode: "clusters", shown: m, clusters: list.length, firms: total};
  };

  TenantLayer.prototype._onClick = function (event) {
    if (!this.index) {
      return;
    }
    var p = event.containerPoint;
    if (this.index.mode === "clusters") {
      var hit = this.index.list.find(function (c) {
        return (c.x - p.x) * (c.x - p.x) + (c.y - p.y) * (c.y - p.y) <= c.r * c.r;
      });
      if (hit) {
        this.map.setView(this.map.containerPointToLatLng([hit.x, hit.y]),
                         this.map.getZoom() + 2);
      }
      return;
    }
    var found = this._nearest(p.x, p.y);
    if (found >= 0) {
      this.onSelect(found);
    }
  };

  /* The firm drawn nearest to (x, y) within HIT pixels, looked up in the grid index. */
  TenantLayer.prototype._nearest = function (x, y) {
    var best = -1, bestD = HIT * HIT;
    var xs = this.viewX, ys = this.viewY;
    var cx = Math.floor(x / HIT), cy = Math.floor(y / HIT);
    for (var dx = -1; dx <= 1; dx++) {
      for (var dy = -1; dy <= 1; dy++) {
        var members = this.index.cells.get(cellKey(cx + dx, cy + dy)) || [];
        for (var j = 0; j < members.length; j++) {
          var k = members[j];
          var d = (xs[k] - x) * (xs[k] - x) + (ys[k] - y) * (ys[k] - y);
          if (d <= bestD) {
            bestD = d;
            best = this.viewIndex[k];
          }
        }
      }
    }
    return best;
  };

  window.ExplorerTenantLayer = TenantLayer;
}());
