// Loaded (blocking, tiny) in <head>, before anything is drawn, so that a page opens in the reader's chosen modes
// without a flash of the default view. It only marks <html>: "js" (scripts run, so script-only controls may show)
// and each reading mode the reader switched on, remembered in localStorage: "elder" (长者模式), "contrast" (高对比度)
// and "cursor" (大鼠标). The switches themselves are wired up by site.js. No inline script anywhere: the site runs
// under a Content-Security-Policy that forbids it.
(function () {
  "use strict";
  var html = document.documentElement;
  var modes = ["elder", "contrast", "cursor"];
  html.className += (html.className ? " " : "") + "js";
  for (var i = 0; i < modes.length; i++) {
    try {
      if (window.localStorage.getItem("disclose-" + modes[i]) === "1") {
        html.className += " " + modes[i];
      }
    } catch (e) {
      // storage blocked (private mode, strict settings): the default view, and the switches still work per page
    }
  }
})();
