/* Hengyang Park Explorer: the table of every chain in the city overview report: colour,
 * confirmation, parks, firms and the headline figures, as the chains view shows them. */
(function () {
  "use strict";

  function cell(tr, text, className) {
    var td = document.createElement("td");
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    tr.appendChild(td);
    return td;
  }

  window.chainOverview = {
    chainTable: function (box, data, T) {
      var table = document.createElement("table");
      table.className = "chain-table";
      var head = table.createTHead().insertRow();
      [T.chain, T.confirmed_short, T.parks, T.firms_placed, T.firms_unplaced, T.output,
       T.growth, T.investment, T.projects].forEach(function (text) {
        var th = document.createElement("th");
        th.textContent = text;
        head.appendChild(th);
      });
      var body = table.createTBody();
      data.chains.forEach(function (row) {
        var tr = body.insertRow();
        var name = cell(tr, row.name, "name");
        var swatch = document.createElement("span");
        swatch.className = "swatch";
        swatch.style.background = /^#[0-9a-fA-F]{6}$/.test(row.color) ? row.color : "#888888";
        name.insertBefore(swatch, name.firstChild);
        cell(tr, row.confirmed ? T.yes : T.no);
        cell(tr, String(row.parks), "number");
        cell(tr, String(row.firms_placed), "number");
        cell(tr, String(row.firms_unplaced), "number");
        ["output", "growth", "investment", "projects"].forEach(function (key) {
          var h = row.headlines[key];
          cell(tr, h ? h.value + " (" + h.period + ")" : T.none, h ? "value" : "none");
        });
      });
      box.appendChild(table);
    }
  };
}());
