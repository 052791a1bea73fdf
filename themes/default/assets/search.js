// Site search over the static index in search/ (see SearchIndex.java and SearchTokens.java: the tokenizer here
// must cut text exactly as the Java one does). Progressive enhancement: without this script the page says so and
// links to the lists.
(function () {
  "use strict";
  var box = document.getElementById("search-results");
  if (!box || !window.fetch) { return; }
  var nojs = document.querySelector("[data-search-nojs]");
  if (nojs) { nojs.hidden = true; }
  box.hidden = false;
  var input = document.getElementById("search-q");
  var params = new URLSearchParams(window.location.search);
  var query = (params.get("q") || "").trim();
  input.value = query;
  var PAGE = 10;

  function isHan(c) { return (c >= "\u3400" && c <= "\u9fff") || (c >= "\uf900" && c <= "\ufaff"); }
  function isWord(c) { return (c >= "a" && c <= "z") || (c >= "0" && c <= "9"); }
  function tokens(text) {
    var s = text.normalize("NFKC").toLowerCase(), out = [], seen = {}, i = 0, n = s.length;
    function add(t) { if (!seen[t]) { seen[t] = true; out.push(t); } }
    while (i < n) {
      var c = s.charAt(i), start = i;
      if (isHan(c)) {
        while (i < n && isHan(s.charAt(i))) { i++; }
        if (i - start === 1) { add(s.charAt(start)); }
        for (var k = start; k + 1 < i; k++) { add(s.substring(k, k + 2)); }
      } else if (isWord(c)) {
        while (i < n && (isWord(s.charAt(i)) || (s.charAt(i) === "." && i + 1 < n && isWord(s.charAt(i + 1)) && i > start))) { i++; }
        add(s.substring(start, i));
      } else { i++; }
    }
    return out;
  }
  function shard(token, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < token.length; i++) { h ^= token.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return (h >>> 0) % shards;
  }
  function getJson(path) {
    return fetch(path).then(function (r) { if (!r.ok) { throw new Error(path); } return r.json(); });
  }
  function ids(deltas) {
    var out = [], id = 0;
    for (var i = 0; i < deltas.length; i++) { id += deltas[i]; out.push(id); }
    return out;
  }
  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) { i++; } else { j++; }
    }
    return out;
  }
  function say(text) { box.textContent = ""; var p = document.createElement("p"); p.textContent = text; box.appendChild(p); }
  function marked(parent, text, terms) {
    var lower = text.toLowerCase(), pos = 0;
    while (pos < text.length) {
      var best = -1, len = 0;
      terms.forEach(function (t) { var at = lower.indexOf(t, pos); if (at >= 0 && (best < 0 || at < best)) { best = at; len = t.length; } });
      if (best < 0) { parent.appendChild(document.createTextNode(text.substring(pos))); return; }
      parent.appendChild(document.createTextNode(text.substring(pos, best)));
      var m = document.createElement("mark"); m.textContent = text.substr(best, len); parent.appendChild(m);
      pos = best + len;
    }
  }
  function render(list, hits, from, terms, meta) {
    var chunks = {};
    hits.slice(from, from + PAGE).forEach(function (id) { chunks[Math.floor(id / meta.perChunk)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) {
      return getJson("docs/" + c + ".json").then(function (docs) { return [Number(c), docs]; });
    })).then(function (loaded) {
      var byChunk = {};
      loaded.forEach(function (l) { byChunk[l[0]] = l[1]; });
      hits.slice(from, from + PAGE).forEach(function (id) {
        var d = byChunk[Math.floor(id / meta.perChunk)][id % meta.perChunk];
        var li = document.createElement("li"), h = document.createElement("h2"), a = document.createElement("a");
        a.href = box.getAttribute("data-root") + d[1]; marked(a, d[0], terms); h.appendChild(a); li.appendChild(h);
        var info = document.createElement("p"); info.className = "result-meta";
        info.textContent = d[3] + (d[2] ? "  " + d[2] : ""); li.appendChild(info);
        var snippet = document.createElement("p"); marked(snippet, d[4], terms); li.appendChild(snippet);
        list.appendChild(li);
      });
    });
  }
  if (!query) { return; }
  var terms = tokens(query);
  if (!terms.length) { say(box.getAttribute("data-too-short")); return; }
  say(box.getAttribute("data-loading"));
  getJson("meta.json").then(function (meta) {
    var needed = {};
    terms.forEach(function (t) { needed[shard(t, meta.shards)] = true; });
    return Promise.all(Object.keys(needed).map(function (k) { return getJson("index/" + k + ".json"); }))
      .then(function (shards) {
        var postings = {};
        shards.forEach(function (s) { Object.keys(s).forEach(function (t) { postings[t] = s[t]; }); });
        var hits = null;
        for (var i = 0; i < terms.length; i++) {
          var p = postings[terms[i]] ? ids(postings[terms[i]]) : [];
          hits = hits === null ? p : intersect(hits, p);
        }
        box.textContent = "";
        if (!hits.length) { say(box.getAttribute("data-none")); return; }
        var count = document.createElement("p");
        count.textContent = box.getAttribute("data-found-prefix") + " " + hits.length + " " + box.getAttribute("data-found-suffix");
        box.appendChild(count);
        var list = document.createElement("ol"); list.className = "result-list"; box.appendChild(list);
        var shown = 0, more = document.createElement("button");
        more.type = "button"; more.textContent = box.getAttribute("data-more");
        var markTerms = query.toLowerCase().split(/\s+/).filter(Boolean);
        function next() {
          render(list, hits, shown, markTerms, meta).then(function () {
            shown += PAGE;
            if (shown < hits.length) { box.appendChild(more); } else if (more.parentNode) { more.parentNode.removeChild(more); }
          });
        }
        more.addEventListener("click", next);
        next();
      });
  }).catch(function () { say(box.getAttribute("data-failed")); });
})();
