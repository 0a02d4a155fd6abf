/* Hengyang Park Explorer: edit mode. Parks drawn as points are dragged to their sites; a
 * footprint or a corridor line is drawn, or an existing one edited, with Leaflet-Geoman
 * (vendor/leaflet-geoman-free-*, its tooltips in the app's language); a click on the map
 * picks a place for a new park or firm.
 *
 * The page changes nothing itself: it sends what the user did through the bridge as typed
 * messages, every coordinate in them ([lat, lon] or GeoJSON [lon, lat]) as the map shows it
 * (bridge.js adds the datum the map draws in, and the app shifts back to WGS-84);
 * the app checks the edit, makes it, and draws the result back (upsertPark, setFirms).
 *   {"type": "moved", "park": id, "latlng": [lat, lon]}      a point park dropped
 *   {"type": "geometry", "park": id, "geometry": GeoJSON}    a footprint or line drawn/edited
 *   {"type": "part", "park": id, "geometry": GeoJSON}        a polygon to add to a footprint
 *   {"type": "picked", "purpose": "park"|"firm"|"move_firm", "latlng": [lat, lon]}
 *   {"type": "firm_moved", "index": n, "latlng": [lat, lon]}  a firm (page number n) dropped
 * A hole is cut with Geoman's Cut mode: the footprint with the hole goes as a "geometry".
 * Geometries are sent at full precision (toGeoJSON(false)): Leaflet's default rounds to
 * 6 decimals, which would move a vertex snapped onto another shape off it.
 */
(function () {
  "use strict";

  var E = window.ExplorerPage, S = E.S;
  var on = false, tool = null, drag = null, lang = "zh";
  var DRAW_OPTIONS = {snappable: true, snapDistance: 15, allowSelfIntersection: false,
                      continueDrawing: false, tooltips: true};

  function geoman() {
    return S.map && S.map.pm ? S.map.pm : null;
  }

  /* -- parks and firms, dragged --------------------------------------------------------- */

  function arm(id) {
    var entry = E.parks.entry(id);
    if (entry && entry.record.geometry.type === "Point") {
      entry.shape.on("mousedown", function (event) { startDrag(id, event); });
    }
    if (tool && tool.kind === "edit" && tool.park === id) {
      editShape(id);  // the park was drawn anew after an edit: keep its vertices editable
    }
  }

  /* A park's dot or a firm's dot dragged by hand, the map's panning off meanwhile:
     `item.show(latlng)` draws it where the mouse is; on release, if it moved, the message
     `item.message(latlng)` goes to the app, which makes the edit and draws the result. */
  function beginDrag(event, item) {
    L.DomEvent.stop(event.originalEvent);
    S.map.dragging.disable();
    drag = {item: item, moved: false, latlng: null};
    S.map.on("mousemove", moveDrag);
    S.map.on("mouseup", endDrag);
  }

  function moveDrag(event) {
    drag.moved = true;
    drag.latlng = event.latlng;
    drag.item.show(event.latlng);
  }

  function endDrag(event) {
    if (drag && event && event.latlng) {
      moveDrag(event);  // where the button was let go: the last move may not have come yet
    }
    S.map.off("mousemove", moveDrag);
    S.map.off("mouseup", endDrag);
    S.map.dragging.enable();
    var done = drag;
    drag = null;
    if (done && done.moved) {
      E.bridge.send(done.item.message([done.latlng.lat, done.latlng.lng]));
    }
  }

  function startDrag(id, event) {
    if (!on || tool || drag) {
      return;
    }
    beginDrag(event, {
      show: function (latlng) {
        var entry = E.parks.entry(id);
        (entry ? entry.layers : []).forEach(function (layer) {
          if (layer.setLatLng) {
            layer.setLatLng(latlng);  // the dot, and its circle of uncertainty with it
          }
        });
      },
      message: function (latlng) { return {type: "moved", park: id, latlng: latlng}; }
    });
  }

  /* A firm is drawn on the firms' canvas, not as a Leaflet marker: found by hit-testing the
     map's mousedown (only where firms are drawn as dots, not as counted clusters). */
  function startFirmDrag(event) {
    if (!on || tool || drag || !event.containerPoint) {
      return;
    }
    var index = E.firms.hit(event.containerPoint);
    if (index >= 0) {
      beginDrag(event, {
        show: function (latlng) { E.firms.drawAt(index, latlng); },
        message: function (latlng) { return {type: "firm_moved", index: index, latlng: latlng}; }
      });
    }
  }

  /* -- footprints and lines, with Leaflet-Geoman ---------------------------------------- */

  function draw(parkId, shape, kind) {
    cancel();
    if (!geoman()) {
      return false;
    }
    tool = {kind: kind, park: parkId};
    geoman().enableDraw(shape, DRAW_OPTIONS);
    return true;
  }

  /* The GeoJSON geometry of a drawn or cut layer: a polygon, a line, or (a group of
     several, as a cut may leave) a MultiPolygon of all their parts. */
  function geometryOf(layer) {
    var json = layer.toGeoJSON(false);
    if (json.type === "Feature") {
      return json.geometry;
    }
    var parts = [];
    json.features.forEach(function (feature) {
      var g = feature.geometry;
      if (g.type === "Polygon") {
        parts.push(g.coordinates);
      } else if (g.type === "MultiPolygon") {
        parts = parts.concat(g.coordinates);
      }
    });
    return parts.length === 1 ? {type: "Polygon", coordinates: parts[0]}
      : {type: "MultiPolygon", coordinates: parts};
  }

  function created(event) {
    var done = tool;
    var geometry = geometryOf(event.layer);
    S.map.removeLayer(event.layer);  // the app draws the park anew once it has the edit
    tool = null;
    if (done && (done.kind === "geometry" || done.kind === "part")) {
      E.bridge.send({type: done.kind, park: done.park, geometry: geometry});
    }
  }

  function shapeLayers(entry) {
    var layers = [];
    if (entry && entry.shape.eachLayer) {
      entry.shape.eachLayer(function (layer) { layers.push(layer); });
    }
    return layers;
  }

  function editShape(parkId) {
    var entry = E.parks.entry(parkId);
    shapeLayers(entry).forEach(function (layer) {
      layer.pm.enable({snappable: true, allowSelfIntersection: false, draggable: true});
      layer.on("pm:edit", function () {
        if (tool && tool.kind === "edit" && tool.park === parkId) {  // not after a cut
          E.bridge.send({type: "geometry", park: parkId, geometry: geometryOf(layer)});
        }
      });
    });
    return shapeLayers(entry).length > 0;
  }

  /* Geoman's Cut mode on the park's footprint only: the polygon drawn is taken out of it (a
     hole inside it, a notch across its edge). Geoman replaces the footprint's layer with
     the cut one; the app gets the result and draws the park anew. */
  function cutHole(parkId) {
    var layers = shapeLayers(E.parks.entry(parkId)).filter(function (layer) {
      return layer instanceof L.Polygon;
    });
    if (!layers.length || !geoman()) {
      return false;
    }
    tool = {kind: "cut", park: parkId, layers: layers};
    geoman().enableDraw("Cut", L.extend({}, DRAW_OPTIONS, {layersToCut: layers.slice()}));
    return true;
  }

  function cut(event) {
    var done = tool;
    if (!done || done.kind !== "cut" || done.layers.indexOf(event.originalLayer) < 0) {
      return;
    }
    S.map.removeLayer(event.layer);  // the app draws the park anew once it has the edit
    tool = null;
    E.bridge.send({type: "geometry", park: done.park, geometry: geometryOf(event.layer)});
  }

  function drawEnded() {
    if (tool && tool.kind === "cut") {
      tool = null;  // the polygon drawn missed the footprint: nothing was cut
    }
  }

  function cancel() {
    var pm = geoman();
    if (pm) {
      pm.disableDraw();
    }
    if (tool && tool.kind === "edit") {
      shapeLayers(E.parks.entry(tool.park)).forEach(function (layer) { layer.pm.disable(); });
    }
    tool = null;
    S.map.getContainer().classList.remove("explorer-picking");
  }

  function picked(event) {
    if (tool && tool.kind === "pick") {
      var purpose = tool.purpose;
      cancel();
      E.bridge.send({type: "picked", purpose: purpose,
                     latlng: [event.latlng.lat, event.latlng.lng]});
    }
  }

  function setLang(newLang) {
    lang = newLang === "en" ? "en" : "zh";
    if (geoman()) {
      geoman().setLang(lang);
    }
  }

  E.parks.drawnHooks.push(arm);

  E.edit = {
    setup: function () {
      S.map.on("pm:create", created);
      S.map.on("pm:cut", cut);
      S.map.on("pm:drawend", drawEnded);
      S.map.on("click", picked);
      S.map.on("mousedown", startFirmDrag);
      setLang(S.lang);
    },
    /* Whether a click on the map belongs to a tool (a corner drawn, a place picked): a
       park's shape under it then lets it through instead of selecting the park. */
    capturesClicks: function () {
      return on && tool !== null && tool.kind !== "edit";
    }
  };

  E.api.setEditMode = function (enabled) {
    on = !!enabled;
    if (!on) {
      cancel();
    }
    S.map.getContainer().classList.toggle("explorer-editing", on);
  };
  /* Draw a park's footprint ("Polygon"), a part to add to it, or its line ("Line"). */
  E.api.drawShape = function (parkId, shape, addPart) {
    return on && draw(parkId, shape === "Line" ? "Line" : "Polygon",
                      addPart ? "part" : "geometry");
  };
  /* Cut a hole in (or a notch out of) the park's footprint: false if it has none drawn. */
  E.api.cutHole = function (parkId) {
    cancel();
    return on && cutHole(parkId);
  };
  E.api.editShape = function (parkId) {
    cancel();
    if (!on) {
      return false;
    }
    tool = {kind: "edit", park: parkId};
    return editShape(parkId);
  };
  /* The next click on the map picks a place ("park", "firm" or "move_firm"). */
  E.api.pickPlace = function (purpose) {
    cancel();
    tool = {kind: "pick", purpose: purpose};
    S.map.getContainer().classList.add("explorer-picking");
  };
  E.api.cancelTool = cancel;
  E.api.editState = function () {
    return JSON.stringify({on: on, tool: tool ? tool.kind : null,
                           dragging: drag !== null,
                           lang: geoman() ? geoman().getLang ? geoman().getLang() : lang : null});
  };

  var baseSetLanguage = E.api.setLanguage;
  E.api.setLanguage = function (newLang, text) {
    baseSetLanguage(newLang, text);
    setLang(newLang);
  };
}());
