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

  function replace(points) {
    if (layer) {
      layer.remove();
      layer = null;
    }
    if (points && points.count) {
      layer = new ExplorerTenantLayer(points, colors(), function (index) {
        E.bridge.send({type: "select_tenant", index: index});
      }, E.datum.toMap).addTo(S.map);
      layer.setChains(shownChains());
      layer.setMatch(match);
      layer.select(valid(selected) ? selected : -1);
    }
  }

  E.firms = {
    /* The firms come as a JSON data block in the page (not as script), parsed once. */
    draw: function (block) {
      replace(block ? JSON.parse(block.textContent) : null);
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
  /* Every firm anew (firms added, moved or removed), as tenant_points gives them. */
  E.api.setFirms = function (points) {
    selected = -1;
    replace(points);
    E.legend.build();
  };
}());
