// Progressive enhancement only: every page is complete without this script.
(function () {
  "use strict";
  var html = document.documentElement;
  var KEY = "disclose-";

  // 打印
  var buttons = document.querySelectorAll("[data-print]");
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener("click", function () { window.print(); });
  }

  // Reading modes (长者模式, 高对比度, 大鼠标): each a class on <html>, remembered across pages (mode.js applies them
  // early) and followed when another tab switches them. A switch is a button with aria-pressed.
  function modeOn(mode) { return (" " + html.className + " ").indexOf(" " + mode + " ") >= 0; }
  function applyMode(mode, on) {
    var classes = html.className.split(/\s+/).filter(function (c) { return c && c !== mode; });
    if (on) { classes.push(mode); }
    html.className = classes.join(" ");
  }
  function setMode(mode, on) {
    applyMode(mode, on);
    try {
      if (on) { window.localStorage.setItem(KEY + mode, "1"); } else { window.localStorage.removeItem(KEY + mode); }
    } catch (e) {
      // not remembered, but this page still changes
    }
  }
  var toggles = document.querySelectorAll("[data-mode-toggle]");
  function show() {
    for (var j = 0; j < toggles.length; j++) {
      toggles[j].setAttribute("aria-pressed", modeOn(toggles[j].getAttribute("data-mode-toggle")) ? "true" : "false");
    }
  }
  for (var k = 0; k < toggles.length; k++) {
    toggles[k].hidden = false;
    toggles[k].addEventListener("click", function () {
      var mode = this.getAttribute("data-mode-toggle");
      setMode(mode, !modeOn(mode));
      show();
    });
  }
  show();
  window.addEventListener("storage", function (e) {
    if (e.key && e.key.indexOf(KEY) === 0) { applyMode(e.key.substring(KEY.length), e.newValue === "1"); show(); }
  });

  // 朗读全文: the browser's own speech synthesis reads the article. The control appears only where the browser has
  // speech synthesis with at least one voice (voices may arrive after the page loads); elsewhere it stays hidden.
  var readers = document.querySelectorAll("[data-read-aloud]");
  var speech = window.speechSynthesis;
  if (readers.length && speech && window.SpeechSynthesisUtterance) {
    var reading = false;
    var voice = function () {
      var voices = speech.getVoices();
      for (var v = 0; v < voices.length; v++) {
        if (voices[v].lang && voices[v].lang.replace("_", "-").indexOf(html.lang || "zh") === 0) { return voices[v]; }
      }
      return voices[0] || null;
    };
    var mark = function (on) {
      reading = on;
      for (var r = 0; r < readers.length; r++) { readers[r].setAttribute("aria-pressed", on ? "true" : "false"); }
    };
    // long texts are cut off by some engines, so the article is read sentence by sentence
    var sentences = function (text) {
      return (text.replace(/\s+/g, " ").match(/[^。！？；!?;]+[。！？；!?;]*/g) || [])
        .map(function (s) { return s.trim(); }).filter(function (s) { return s.length; });
    };
    var read = function (button) {
      var target = document.getElementById(button.getAttribute("data-read-aloud"));
      if (!target) { return; }
      var heading = document.querySelector("main h1");
      var parts = sentences((heading ? heading.textContent + "。" : "") + (target.innerText || target.textContent));
      var chosen = voice();
      speech.cancel();
      mark(parts.length > 0);
      parts.forEach(function (part, i) {
        var u = new window.SpeechSynthesisUtterance(part);
        u.lang = html.lang || "zh-CN";
        if (chosen) { u.voice = chosen; }
        if (i === parts.length - 1) { u.onend = function () { mark(false); }; }
        speech.speak(u);
      });
    };
    var offer = function () {
      if (!speech.getVoices().length) { return; }
      for (var r = 0; r < readers.length; r++) { readers[r].hidden = false; }
    };
    for (var r = 0; r < readers.length; r++) {
      readers[r].addEventListener("click", function () {
        if (reading) { speech.cancel(); mark(false); } else { read(this); }
      });
    }
    offer();
    if (speech.addEventListener) { speech.addEventListener("voiceschanged", offer); }
    window.addEventListener("pagehide", function () { speech.cancel(); });
  }
})();
