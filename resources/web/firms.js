/* Hengyang Park Explorer: the firms layer of the page (drawn by tenants.js), its filter by
 * chain and by the app's search, the selected firm, and the whole layer replaced in place. */
(function () {
  "use strict";

  var E = window.ExplorerPage, S = E.S;
  var layer = null, match = null, selected = -1;

  function valid(index) {
    return layer !== null && Number.isInteger(index) && index >= 0 && index < layer.count;
  }

  function colors() {
    return S.data.chains.map(function (c) { return c.color; });
  }

  function shownChains() {
    var shown = [];
    S.data.chains.forEach(function (c, i) {
      if (S.visible[c.id]) {
        shown.push(i);
      }
    });
    return shown;
  }

  function replace(points, empty) {
    if (layer) {
      layer.remove();
      layer = null;
    }
    if (points && (points.count || empty)) {
      layer = new ExplorerTenantLayer(points, colors(), function (index) {
        E.bridge.send({type: "select_tenant", index: index});
      }, E.datum.toMap).addTo(S.map);
      layer.setChains(shownChains());
      layer.setMatch(match);
      layer.select(valid(selected) ? selected : -1);
    }
  }

  /* The firms layer, made empty if there is none yet (the first firm placed). */
  function ensured() {
    if (!layer) {
      replace({count: 0, lon: "", lat: "", chain: ""}, true);
    }
    return layer;
  }

  E.firms = {
    /* The placed firm drawn at container point p, or -1 (edit.js drags it). */
    hit: function (p) {
      return layer ? layer.hit(p) : -1;
    },
    drawAt: function (index, latlng) {
      if (valid(index)) {
        layer.drawAt(index, latlng);
      }
    },
    /* The firms come as a JSON data block in the page (not as script), parsed once; the
       block is emptied then, as its text (13 MB at a million firms) is never read again. */
    draw: function (block) {
      var data = block ? JSON.parse(block.textContent) : null;
      if (block) {
        block.textContent = "";
      }
      replace(data);
    },
    showChains: function () {
      if (layer) {
        layer.setChains(shownChains());
      }
    },
    restyle: function () {
      if (layer) {
        layer.setColors(colors());
      }
    },
    /* Every firm where the map's datum puts it. */
    reproject: function () {
      if (layer) {
        layer.project(E.datum.toMap);
      }
    },
    hasChain: function (chainIndex) {
      return layer !== null && layer.hasChain(chainIndex);
    },
    /* Per chain index, whether a firm of it is drawn in the map's view (null: no firms). */
    chainsInView: function () {
      return layer !== null ? layer.chainsInView() : null;
    },
    state: function () {
      return layer ? {count: layer.count, mode: layer.drawn.mode, shown: layer.drawn.shown,
                      firms: layer.drawn.firms, kind: layer.cells ? "cells" : "firms",
                      selected: selected} : null;
    }
  };

  /* The firms matching the app's search, as a base64 bit set; null: every firm. */
  E.api.setTenantMatch = function (bits) {
    match = typeof bits === "string" ? bits : null;
    if (layer) {
      layer.setMatch(match);
    }
  };
  E.api.highlightTenant = function (index) {
    selected = valid(index) ? index : -1;
    if (layer) {
      layer.select(selected);
    }
  };
  /* Bring firm n into view, close enough to see it as a dot. */
  E.api.flyToFirm = function (index) {
    S.fitted = false;
    if (valid(index)) {
      S.map.flyTo([layer.lat[index], layer.lon[index]], Math.max(S.map.getZoom(), 14),
                  {duration: 0.4});
    }
  };
  /* Where firm n is drawn, as a JSON string (null if there is no such firm). */
  E.api.tenantPosition = function (index) {
    return JSON.stringify(valid(index) ? layer.position(index) : null);
  };
  /* One firm edited without resending the layer (explorer/ui/map_view.py change_firms):
     placed firm n now at [lon, lat] (WGS-84 millionths of a degree) of chain index c;
     inserted as number n (the later ones renumbered); or no longer drawn. The app sends the
     search filter and the selection again after them. */
  E.api.putFirm = function (index, lon, lat, chain) {
    if (valid(index)) {
      var before = layer.chain[index];
      layer.put(index, lon, lat, chain);
      if (before !== chain) {
        E.legend.build();
      }
    }
  };
  E.api.insertFirm = function (index, lon, lat, chain) {
    var target = ensured();
    if (Number.isInteger(index) && index >= 0 && index <= target.count) {
      target.insert(index, lon, lat, chain);
      E.legend.build();
    }
  };
  E.api.removeFirm = function (index) {
    if (valid(index)) {
      layer.removeAt(index);
      E.legend.build();
    }
  };
  /* The firms (or counted cells) of the view, from a firm layer left in the database, as
     view_firm_data gives them; firms are numbered in this answer's order. */
  E.api.setViewFirms = function (data, selectedIndex) {
    selected = Number.isInteger(selectedIndex) ? selectedIndex : -1;
    if (layer) {
      layer.load(data, E.datum.toMap, selected);
    } else {
      replace(data);
    }
    E.legend.refresh();
  };
  /* Every firm anew (firms added, moved or removed), as tenant_points gives them. */
  E.api.setFirms = function (points) {
    selected = -1;
    replace(points);
    E.legend.build();
  };
}());
