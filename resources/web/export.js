/* Hengyang Park Explorer: what an exported map adds to the map page (explorer.js).
 *
 * Python (explorer/export) calls explorerExport(map, blockId) once, right after
 * explorerSetup; the JSON block blockId holds the options: title, credits, bbox (WGS-84),
 * view, park, fly, image, viewport, basemap, basemap_opacity (see explorer/export/html.py).
 * All text is set with textContent. The app waits for the basemap's tiles
 * (explorer.state().tiles).
 *
 * `view` ([lat, lon, zoom], WGS-84) is the screen's own view: "the current view" is exactly what the
 * screen shows. Otherwise the box fills the page (a page size fits the map to the page).
 *
 * When the page has its size, its view and two painted frames, it sets
 * window.explorerExportReady = true: the renderer waits for that, not for a delay.
 */
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";

  var textElement = window.ExplorerPage.textElement;

  function svgElement(tag, attributes) {
    var el = document.createElementNS(SVG, tag);
    Object.keys(attributes).forEach(function (key) { el.setAttribute(key, attributes[key]); });
    return el;
  }

  function addTitle(map, title) {
    map.getContainer().appendChild(textElement("div", title, "export-title"));
    document.title = title;
  }

  function addNorthArrow(map) {
    var control = L.control({position: "topright"});
    control.onAdd = function () {
      var box = L.DomUtil.create("div", "export-north");
      box.appendChild(textElement("div", "N", "export-north-label"));
      var arrow = svgElement("svg", {width: 22, height: 34, viewBox: "0 0 22 34"});
      arrow.appendChild(svgElement("polygon", {points: "11,1 20,32 11,25", fill: "#222"}));
      arrow.appendChild(svgElement("polygon", {points: "11,1 2,32 11,25", fill: "#fff",
                                               stroke: "#222", "stroke-width": 1.2}));
      box.appendChild(arrow);
      return box;
    };
    control.addTo(map);
  }

  /* Sources, map credits and date, at the very bottom left, under the scale bar. */
  function addCredits(map, lines) {
    var control = L.control({position: "bottomleft"});
    control.onAdd = function () {
      var box = L.DomUtil.create("div", "export-credits");
      lines.forEach(function (line) { box.appendChild(textElement("div", line)); });
      return box;
    };
    control.addTo(map);
    var box = control.getContainer();
    box.parentNode.appendChild(box);
  }

  function fitsViewport(viewport) {
    return !viewport || (Math.abs(window.innerWidth - viewport[0]) <= 1 &&
                         Math.abs(window.innerHeight - viewport[1]) <= 1);
  }

  /* A renderer sets its zoom before loading; should it land later, wait for the resize. */
  function whenSized(viewport, then) {
    if (fitsViewport(viewport)) {
      then();
      return;
    }
    window.addEventListener("resize", function onResize() {
      if (fitsViewport(viewport)) {
        window.removeEventListener("resize", onResize);
        then();
      }
    });
  }

  /* The screen's view, exactly; or the box filling the map between the title and the scale
     bar and credits (at any fractional zoom); the margins never take more than a third of
     the map. */
  function showView(map, options, then) {
    var b = options.bbox;
    map.options.zoomSnap = 0;
    if (options.view) {
      map.invalidateSize(false);
      var center = window.ExplorerPage.datum.toMap(options.view[0], options.view[1]);
      map.setView(center, options.view[2], {animate: false});
      window.explorer.highlight(options.park);
      then();
      return;
    }
    var container = map.getContainer();
    var title = container.querySelector(".export-title");
    var bottom = container.querySelector(".leaflet-bottom.leaflet-left");
    var limit = container.clientHeight / 6;
    var top = Math.min(title ? title.offsetTop + title.offsetHeight + 10 : 10, limit);
    var low = Math.min(bottom.offsetHeight + 10, limit);
    map.invalidateSize(false);
    map.fitBounds(window.ExplorerPage.mapBounds([[b[1], b[0]], [b[3], b[2]]]),
                  {animate: false, paddingTopLeft: [10, top], paddingBottomRight: [10, low]});
    window.explorer.highlight(options.park);
    if (options.fly) {
      map.once("moveend", then);
      window.explorer.flyTo(options.park);
    } else {
      then();
    }
  }

  function whenLoaded(then) {
    if (document.readyState === "complete") {
      then();
    } else {
      window.addEventListener("load", then, {once: true});
    }
  }

  function afterFrames(count, then) {
    requestAnimationFrame(function () {
      if (count <= 1) {
        then();
      } else {
        afterFrames(count - 1, then);
      }
    });
  }

  window.explorerExport = function (map, blockId) {
    var options = window.ExplorerPage.readBlock(blockId);
    if (options.image) {
      map.getContainer().classList.add("export-image");
    }

    if (options.title) {
      addTitle(map, options.title);
    }
    addNorthArrow(map);
    addCredits(map, options.credits);
    whenLoaded(function () {
      // Tiles only once the page has loaded (the load event would wait for them), and
      // before the view: the view is set in the basemap's datum.
      window.explorer.setBasemap(options.basemap);
      window.explorer.setBasemapOpacity(options.basemap_opacity);
      whenSized(options.viewport, function () {
        showView(map, options, function () {
          afterFrames(2, function () { window.explorerExportReady = true; });
        });
      });
    });
  };
}());
