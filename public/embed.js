/*
 * Maintenance windows: embeddable widget loader.
 *
 *   <script src="https://status.example/maintenance/embed.js"
 *           data-region="eu-central" data-tenant="acme" data-theme="auto"
 *           data-tz="Europe/Berlin" data-lang="de" data-height="160" async></script>
 *
 * Inserts an iframe showing `index.html?view=widget` (from the folder this
 * file is served from) right after the script tag, and sizes it to the
 * widget's content: the widget posts
 * {"type": "maintenance-widget:resize", "height": <px>} to its parent, and
 * only messages from that very iframe, from the widget's origin, are obeyed.
 * Only `region`, `tenant`, `theme`, `tz` and `lang` are passed on: the feed
 * and the endpoints always come from the widget's own config.json.
 *
 * Plain ES5, no dependencies, no globals; several embeds on one page each get
 * their own iframe and listener.
 */
(function () {
  'use strict';

  var TYPE = 'maintenance-widget:resize';
  var PARAMS = ['region', 'tenant', 'theme', 'tz', 'lang'];
  var DEFAULT_HEIGHT = 160;
  var MAX_HEIGHT = 4000;
  var DONE = 'data-mw-done';

  // Our own <script>: document.currentScript, else (old browsers, async) the
  // last embed.js script not yet handled.
  function ownScript() {
    var s = document.currentScript;
    if (s && !s.hasAttribute(DONE)) return s;
    var all = document.getElementsByTagName('script');
    for (var i = all.length - 1; i >= 0; i--) {
      if (/\/embed\.js([?#]|$)/.test(all[i].src) && !all[i].hasAttribute(DONE)) return all[i];
    }
    return null;
  }

  // A positive, finite number of pixels, capped; NaN when it is none.
  function px(value) {
    var n = typeof value === 'number' ? value : parseFloat(value);
    return isFinite(n) && n > 0 ? Math.min(Math.ceil(n), MAX_HEIGHT) : NaN;
  }

  var script = ownScript();
  if (!script || !script.parentNode) return;
  script.setAttribute(DONE, '');

  // `script.src` is absolute; the widget lives in the same folder.
  var src = script.src.replace(/[?#].*$/, '');
  // Its origin, as event.origin spells it: scheme://host[:port], no user info.
  var origin = src.replace(/^([a-z][a-z0-9+.-]*:\/\/)(?:[^\/@]*@)?([^\/]*).*$/i, '$1$2');
  var url = src.replace(/[^\/]*$/, '') + 'index.html?view=widget';
  for (var i = 0; i < PARAMS.length; i++) {
    var v = script.getAttribute('data-' + PARAMS[i]);
    if (v) url += '&' + PARAMS[i] + '=' + encodeURIComponent(v);
  }

  var frame = document.createElement('iframe');
  frame.setAttribute('title', 'Maintenance windows');
  frame.setAttribute('loading', 'lazy');
  frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  frame.style.border = '0';
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.height = (px(script.getAttribute('data-height')) || DEFAULT_HEIGHT) + 'px';
  frame.src = url;
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener('message', function (event) {
    var win = frame.contentWindow;
    var data = event.data;
    if (!win || event.source !== win || event.origin !== origin) return;
    if (!data || typeof data !== 'object' || data.type !== TYPE || typeof data.height !== 'number') return;
    var h = px(data.height);
    if (h) frame.style.height = h + 'px';
  });
})();
