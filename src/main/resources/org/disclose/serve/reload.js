// Disclose preview only (disclose serve): reloads this page when the site has been rebuilt.
// Never part of a published site.
(function () {
  'use strict';
  if (!window.EventSource) {
    return;
  }
  var script = document.currentScript;
  var match = script && /[?&]build=([^&]*)/.exec(script.src);
  var events = new EventSource('/__disclose/events?build=' + (match ? match[1] : ''));
  events.addEventListener('reload', function () {
    events.close();
    window.location.reload();
  });
})();
