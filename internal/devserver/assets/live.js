// live.js: limber serve's live reload. limber serve adds it to every page it
// serves (never to `limber build` output). It listens to the server's events
// at /__limber/events:
//
//   reload    {"urls": [URL paths whose content changed], "all": bool}:
//             reload when a file this page loaded (a stylesheet, a
//             picture) is listed, or when all is true; when only the page
//             itself is listed, update it in place (see refresh) and fire
//             "limber:updated" on the document.
//   problems  {"problems": ["path:line:col: message", ...]}: the last save
//             broke the site; show the lines over the page (the page itself
//             is the last good version).
//   ok        the problems are fixed: remove them.
//   findings  {"findings": ["path:line:col: warning: ... [rule]", ...]}: the
//             warnings and notes of limber check for this page (the stream
//             is opened with ?page=<this page's path>); shown in a small box
//             that leaves the page usable; an empty list removes it.
//
// The scroll position is kept across a reload (sessionStorage, keyed by
// path). When the server stops, the browser reconnects; if the server was
// restarted meanwhile it sends "reload" with all set.
(function () {
  "use strict";
  if (window.limberLive) return;
  // The server writes the id of the page's build on this script's tag, so
  // the event stream starts from it: a rebuild that lands between the page
  // being sent and the stream opening is still announced.
  var me = document.currentScript;
  var live = (window.limberLive = { state: "connecting", lastId: (me && me.dataset.build) || "", reloads: 0 });
  var scrollKey = "limber-scroll:" + location.pathname;
  var dismissed = "";

  // norm returns a same-origin URL's path, decoded, without a final
  // index.html or slash, so that a page and its folder URL compare equal.
  function norm(href) {
    var u;
    try {
      u = new URL(href, location.href);
    } catch (e) {
      return null;
    }
    if (u.origin !== location.origin) return null;
    var p = u.pathname;
    try {
      p = decodeURIComponent(p);
    } catch (e) {}
    return p.replace(/index\.html$/, "").replace(/\/$/, "");
  }

  // usedPaths lists this page and every file it loaded.
  function usedPaths() {
    var used = {};
    used[norm(location.href)] = true;
    var entries = (window.performance && performance.getEntriesByType) ? performance.getEntriesByType("resource") : [];
    for (var i = 0; i < entries.length; i++) used[norm(entries[i].name)] = true;
    var els = document.querySelectorAll("link[rel~=stylesheet][href], link[rel~=icon][href], img[src], script[src], source[src], video[src], audio[src]");
    for (var j = 0; j < els.length; j++) used[norm(els[j].href || els[j].src)] = true;
    return used;
  }

  function reload() {
    try {
      sessionStorage.setItem(scrollKey, JSON.stringify({ x: window.scrollX, y: window.scrollY }));
    } catch (e) {}
    live.reloads++;
    location.reload();
  }

  function restoreScroll() {
    var saved = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(scrollKey) || "null");
      sessionStorage.removeItem(scrollKey);
    } catch (e) {}
    if (!saved || typeof saved.y !== "number") return;
    var go = function () { window.scrollTo(saved.x || 0, saved.y); };
    go();
    if (document.readyState !== "complete") window.addEventListener("load", go, { once: true });
  }

  function ensureStyles() {
    if (document.getElementById("limber-live-css")) return;
    var link = document.createElement("link");
    link.id = "limber-live-css";
    link.rel = "stylesheet";
    link.href = "/__limber/live.css";
    (document.head || document.documentElement).appendChild(link);
  }

  function hideProblems() {
    var box = document.getElementById("limber-problems");
    if (box) box.remove();
    dismissed = "";
  }

  function showProblems(lines) {
    var text = lines.join("\n");
    if (text === dismissed) return;
    ensureStyles();
    var box = document.getElementById("limber-problems");
    if (!box) {
      box = document.createElement("div");
      box.id = "limber-problems";
      box.setAttribute("role", "alertdialog");
      box.setAttribute("aria-labelledby", "limber-problems-title");
      var h = document.createElement("h2");
      h.id = "limber-problems-title";
      var p = document.createElement("p");
      p.textContent = "The page below is the last good version. Fix the file and save: this box goes away by itself.";
      var pre = document.createElement("pre");
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = "Dismiss";
      button.addEventListener("click", function () {
        box.remove();
        dismissed = box.querySelector("pre").textContent;
      });
      box.append(h, p, pre, button);
    }
    box.querySelector("h2").textContent = (lines.length === 1 ? "1 problem" : lines.length + " problems") +
      "; still showing the last good site";
    box.querySelector("pre").textContent = text;
    if (!box.isConnected) document.body.appendChild(box);
  }

  var findingsDismissed = "";

  // showFindings shows this page's warnings and notes in a box at the
  // bottom of the page, or removes it when there are none. Dismiss hides
  // it until they change.
  function showFindings(lines) {
    var box = document.getElementById("limber-findings");
    var text = lines.join("\n");
    if (!lines.length || text === findingsDismissed) {
      if (box) box.remove();
      return;
    }
    ensureStyles();
    if (!box) {
      box = document.createElement("section");
      box.id = "limber-findings";
      box.setAttribute("aria-labelledby", "limber-findings-title");
      var h = document.createElement("h2");
      h.id = "limber-findings-title";
      var pre = document.createElement("pre");
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = "Dismiss";
      button.addEventListener("click", function () {
        findingsDismissed = box.querySelector("pre").textContent;
        box.remove();
      });
      box.append(h, pre, button);
    }
    box.querySelector("h2").textContent = "limber check: " + (lines.length === 1 ? "1 finding" : lines.length + " findings") + " on this page";
    box.querySelector("pre").textContent = text;
    if (!box.isConnected) document.body.appendChild(box);
  }

  // onReload reloads the page when a file it loaded changed, and updates it
  // in place when only the page itself did.
  function onReload(e) {
    var d = JSON.parse(e.data);
    if (d.all) return reload();
    var used = usedPaths(), self = norm(location.href), own = false;
    for (var i = 0; i < d.urls.length; i++) {
      var p = norm(d.urls[i]);
      if (p === self) own = true;
      else if (used[p]) return reload();
    }
    if (own) refresh();
  }

  // refresh updates the page in place from a fresh copy, which is several
  // times faster than a reload: the rest of the head and the whole body are
  // replaced, the scroll position stays. It reloads instead when either
  // copy runs a script of its own (only a reload runs it again) or loads
  // other stylesheets or scripts, and when anything goes wrong.
  function refresh() {
    var n = (live.pending = (live.pending || 0) + 1);
    if (!scriptless(document)) return reload();
    fetch(location.href, { cache: "no-store", credentials: "same-origin" }).then(function (r) {
      if (!r.ok || !/^text\/html/.test(r.headers.get("Content-Type") || "")) throw new Error("status " + r.status);
      return r.text();
    }).then(function (html) {
      if (n !== live.pending) return; // a newer save is on its way
      var doc = new DOMParser().parseFromString(html, "text/html");
      if (!scriptless(doc) || resources(doc) !== resources(document)) return reload();
      swapHead(doc);
      var boxes = document.querySelectorAll("#limber-problems, #limber-findings");
      document.body.replaceWith(document.adoptNode(doc.body));
      for (var i = 0; i < boxes.length; i++) document.body.appendChild(boxes[i]);
      live.updates = (live.updates || 0) + 1;
      document.dispatchEvent(new CustomEvent("limber:updated"));
    }).catch(reload);
  }

  // scriptless reports whether doc runs no script but live.js (JSON-LD is
  // data, not a script) and scripts that say, with the attribute
  // data-live-update, that they build their part of the page again on the
  // event limber:updated (the site search box does).
  function scriptless(doc) {
    var scripts = doc.querySelectorAll("script");
    for (var i = 0; i < scripts.length; i++) {
      var s = scripts[i], src = s.getAttribute("src");
      if (s.type === "application/ld+json" || (src && norm(src) === norm("/__limber/live.js"))) continue;
      if (src && s.hasAttribute("data-live-update")) continue;
      return false;
    }
    return true;
  }

  var loaded = "link[rel~=stylesheet], link[rel~=icon], script[src]";

  // resources lists the stylesheets, icons and scripts doc loads, leaving
  // out live.css, which this script adds when it shows a box.
  function resources(doc) {
    var list = [];
    Array.prototype.forEach.call(doc.querySelectorAll(loaded), function (el) {
      if (el.id !== "limber-live-css") list.push(el.tagName + " " + (el.getAttribute("href") || el.getAttribute("src")));
    });
    return list.join("\n");
  }

  // swapHead replaces the head's title, meta tags, links and data blocks
  // with doc's, keeping what loads files (the same in both) and live.css.
  function swapHead(doc) {
    Array.prototype.slice.call(document.head.children).forEach(function (el) {
      if (!el.matches(loaded) && el.id !== "limber-live-css") el.remove();
    });
    Array.prototype.slice.call(doc.head.children).forEach(function (el) {
      if (!el.matches(loaded)) document.head.appendChild(document.adoptNode(el));
    });
  }

  function connect() {
    var url = "/__limber/events?page=" + encodeURIComponent(location.pathname) +
      (live.lastId ? "&last=" + encodeURIComponent(live.lastId) : "");
    var es = new EventSource(url);
    var track = function (fn) {
      return function (e) {
        if (e.lastEventId) live.lastId = e.lastEventId;
        fn(e);
      };
    };
    es.onopen = function () { live.state = "open"; };
    es.addEventListener("reload", track(onReload));
    es.addEventListener("problems", track(function (e) { showProblems(JSON.parse(e.data).problems); }));
    es.addEventListener("ok", track(hideProblems));
    es.addEventListener("findings", track(function (e) { showFindings(JSON.parse(e.data).findings); }));
    es.onerror = function () {
      live.state = "reconnecting";
      if (es.readyState === EventSource.CLOSED) {
        es.close();
        setTimeout(connect, 1000);
      }
    };
  }

  restoreScroll();
  connect();
})();
