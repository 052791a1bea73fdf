// Loaded (blocking, tiny) in <head>, before anything is drawn, so that a page opens in the reader's chosen mode
// without a flash of the other one. It only marks <html>: "js" (scripts run, so script-only controls may show) and
// "elder" (长者模式, remembered in localStorage). The switch itself is wired up by site.js. No inline script anywhere:
// the site runs under a Content-Security-Policy that forbids it.
(function () {
  "use strict";
  var html = document.documentElement;
  html.className += (html.className ? " " : "") + "js";
  try {
    if (window.localStorage.getItem("disclose-elder") === "1") {
      html.className += " elder";
    }
  } catch (e) {
    // storage blocked (private mode, strict settings): the default view, and the switch still works per page
  }
})();
