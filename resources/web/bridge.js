/* Hengyang Park Explorer: the page's side of the bridge to the app. One QWebChannel object,
 * `bridge`, with one slot `receive` taking a JSON string; nothing is sent before the page has
 * drawn and the channel is open, then `ready` once. */
(function () {
  "use strict";

  var E = window.ExplorerPage, S = E.S;
  var bridge = null, announced = false;

  /* The messages that carry positions: each names the datum the map draws in, so that the
     app can take them back to WGS-84 (explorer/ui/bridge.py). */
  var POSITIONED = {view: true, moved: true, geometry: true, part: true, picked: true,
                    firm_moved: true};

  function send(message) {
    if (POSITIONED[message.type]) {
      message.datum = E.datum.name;
    }
    if (bridge) {
      bridge.receive(JSON.stringify(message));
    }
  }

  function sendView() {
    var center = S.map.getCenter();
    var b = S.map.getBounds();
    send({type: "view", center: [center.lat, center.lng], zoom: S.map.getZoom(),
          bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]});
  }

  E.bridge = {
    send: send,
    connected: function () { return bridge !== null; },
    connect: function () {
      if (typeof qt === "undefined" || !qt.webChannelTransport ||
          typeof QWebChannel === "undefined") {
        return;  // a standalone page (exported HTML): no app to talk to
      }
      new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.bridge;
        E.bridge.announceReady();
      });
    },
    announceReady: function () {
      if (S.drawn && bridge && !announced) {
        announced = true;
        send({type: "ready"});
        S.map.on("moveend", sendView);
      }
    }
  };
}());
