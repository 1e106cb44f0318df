/*! Alliance Organization, embed-host.js: optional, for a plain course page that embeds the edition's
 * figures and wants their frames to take the height each figure asks for. Add it once, anywhere on
 * the page: <script src="https://…/embed-host.js" defer></script>. MIT licence: use, copy, modify and
 * share it freely; it comes with no warranty. Each figure posts
 * { source: 'alliance-organization', type: 'height', height, figure } to its parent when its size changes. */
(function () {
  'use strict';
  addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.source !== 'alliance-organization' || d.type !== 'height') return;
    var h = Math.round(Number(d.height));
    if (!(h >= 100 && h <= 20000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = h + 'px';
    }
  });
})();
