/* Hengyang Park Explorer: the legend of the chains drawn now (parks or firms). */
(function () {
  "use strict";

  var E = window.ExplorerPage, S = E.S;
  var control = null;

  E.legend = {
    build: function () {
      if (control) {
        S.map.removeControl(control);
      }
      var shown = S.data.chains.filter(function (chain, index) {
        return S.visible[chain.id] && (E.parks.hasChain(chain.id) || E.firms.hasChain(index));
      });
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
    },
    state: function () {
      return Array.prototype.map.call(
        document.querySelectorAll(".explorer-legend .legend-row"),
        function (row) { return row.getAttribute("data-chain"); });
    }
  };
}());
