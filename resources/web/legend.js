/* Hengyang Park Explorer: the legend of the chains drawn now (parks or firms) in the part of
 * the map in view: a map zoomed to one park lists that park's chains, not the whole city's.
 * Rebuilt after every move and zoom. */
(function () {
  "use strict";

  var E = window.ExplorerPage, S = E.S;
  var control = null;

  var lastKey = null;

  /* The chains drawn in the map's view, in the catalogue's order. */
  function inView() {
    var firms = E.firms.chainsInView();
    return S.data.chains.filter(function (chain, index) {
      return S.visible[chain.id] && (E.parks.inView(chain.id) || (firms && firms[index] === 1));
    });
  }

  E.legend = {
    /* After a move: rebuilt only if the list of chains in view changed. */
    refresh: function () {
      var key = inView().map(function (c) { return c.id; }).join(",");
      if (key !== lastKey) {
        E.legend.build();
      }
    },
    build: function () {
      if (control) {
        S.map.removeControl(control);
      }
      var shown = inView();
      control = L.control({position: "bottomright"});
      control.onAdd = function () {
        var box = L.DomUtil.create("div", "explorer-legend");
        box.appendChild(E.textElement("div", S.data.text.legend, "legend-title"));
        shown.forEach(function (chain) {
          var row = L.DomUtil.create("div", "legend-row", box);
          row.setAttribute("data-chain", chain.id);
          var swatch = L.DomUtil.create("span", "legend-swatch", row);
          swatch.style.backgroundColor = chain.color;
          row.appendChild(E.textElement("span", E.nameOf(chain)));
        });
        if (!shown.length) {
          box.appendChild(E.textElement("div", S.data.text.legend_empty, "legend-empty"));
        }
        return box;
      };
      control.addTo(S.map);
      lastKey = shown.map(function (c) { return c.id; }).join(",");
    },
    state: function () {
      return Array.prototype.map.call(
        document.querySelectorAll(".explorer-legend .legend-row"),
        function (row) { return row.getAttribute("data-chain"); });
    }
  };
}());
