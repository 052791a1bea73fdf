// Progressive enhancement only: every page is complete without this script.
(function () {
  "use strict";
  var html = document.documentElement;
  var KEY = "disclose-elder";

  // 打印
  var buttons = document.querySelectorAll("[data-print]");
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener("click", function () { window.print(); });
  }

  // 长者模式: larger text, stronger contrast and bigger targets, remembered across pages (mode.js applies it early).
  function elderOn() { return (" " + html.className + " ").indexOf(" elder ") >= 0; }
  function applyElder(on) {
    var classes = html.className.split(/\s+/).filter(function (c) { return c && c !== "elder"; });
    if (on) { classes.push("elder"); }
    html.className = classes.join(" ");
  }
  function setElder(on) {
    applyElder(on);
    try {
      if (on) { window.localStorage.setItem(KEY, "1"); } else { window.localStorage.removeItem(KEY); }
    } catch (e) {
      // not remembered, but this page still changes
    }
  }
  var toggles = document.querySelectorAll("[data-elder-toggle]");
  function show() {
    for (var j = 0; j < toggles.length; j++) { toggles[j].setAttribute("aria-pressed", elderOn() ? "true" : "false"); }
  }
  for (var k = 0; k < toggles.length; k++) {
    toggles[k].hidden = false;
    toggles[k].addEventListener("click", function () { setElder(!elderOn()); show(); });
  }
  show();
  // another tab switched the mode: follow it
  window.addEventListener("storage", function (e) {
    if (e.key === KEY) { applyElder(e.newValue === "1"); show(); }
  });
})();
