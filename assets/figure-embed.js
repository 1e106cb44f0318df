// Embed this figure: the code a teacher pastes into a course site, and a preview of what it shows. A
// classic script the page's watcher (index.html) adds the first time an "Embed this figure" is opened
// (readers who never open one never fetch it, and the wasm carries none of it). The page holds the rest, written
// at build time: the snippet's template (`data-code`, from `embed::template` in src/embed.rs), the
// addresses at the defaults, the choices. The figure answers a `figure-embed` event with its embed
// page's address and the credit's at its settings; this script fills the template with them, made
// absolute from where the edition is hosted, and follows the figure while the code is open.
(function () {
  'use strict';
  if (window.allianceFigureEmbed) return;

  /** `text` escaped for HTML text and double-quoted attributes, as `html::push_escaped` does. */
  function escape(text) {
    return String(text).replace(/[&<>"]/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
    });
  }

  /** The template's holes filled in one pass, as `embed::fill` does: addresses escaped, `max` as is. */
  function fill(template, src, max, creditHref) {
    var values = { src: escape(src), max: max, credit_href: escape(creditHref) };
    return template.replace(/\{(src|max|credit_href)\}/g, function (_, hole) {
      return values[hole];
    });
  }

  /** What `{max}` stands for at a greatest width of `width` px ('' for none), as `embed::max_width`. */
  function maxWidth(width) {
    return width ? 'max-width:' + width + 'px;' : '';
  }

  /** `src` asking the embed page for `theme` (`embed-frame.js` reads it); as it is for the reader's own. */
  function themed(src, theme) {
    return theme ? src + (src.indexOf('?') >= 0 ? '&' : '?') + 'theme=' + theme : src;
  }

  /** `href` made absolute against the page's address (itself if the browser cannot). */
  function absolute(href) {
    try {
      return new URL(href, location.href).href;
    } catch (e) {
      return href;
    }
  }

  /** The code box of an "Embed this figure". */
  function codeBox(details) {
    return details.querySelector('textarea[data-code]');
  }

  /** Writes the code and the preview of `details` (an open "Embed this figure") at its figure's settings. */
  function update(details) {
    var box = codeBox(details);
    if (!box) return;
    if (!details.open) {
      var old = details.querySelector('iframe.embed-preview');
      if (old) old.remove();
      return;
    }
    var figure = details.closest('figure');
    var asked = {};
    if (figure) figure.dispatchEvent(new CustomEvent('figure-embed', { detail: asked }));
    // A figure not yet live (or that cannot start) shows its starting values: so does its code, until
    // it answers.
    var src = asked.src || box.getAttribute('data-src');
    var credit = asked.credit || box.getAttribute('data-credit');
    var starting = figure && !figure.hasAttribute('data-live') && !document.documentElement.hasAttribute('data-failed');
    if (!asked.src && starting && !details.hasAttribute('data-waiting')) {
      details.setAttribute('data-waiting', '');
      setTimeout(function () {
        details.removeAttribute('data-waiting');
        update(details);
      }, 500);
    }
    var selects = details.querySelectorAll('.embed-choices select');
    var theme = selects[0] ? selects[0].value : '';
    var width = selects[1] ? selects[1].value : '';
    var code = fill(box.getAttribute('data-code'), absolute(themed(src, theme)), maxWidth(width), absolute(credit));
    if (box.value !== code) box.value = code;
    // What a course page will show: the same frame, here at the page's width at most; styled through
    // the CSSOM, not a style attribute (which a strict policy blocks).
    var preview = details.querySelector('iframe.embed-preview');
    if (!preview) {
      preview = document.createElement('iframe');
      preview.className = 'embed-preview';
      preview.title = box.getAttribute('data-preview') || 'Preview';
      details.appendChild(preview);
    }
    var shown = themed(src, theme);
    if (preview.getAttribute('src') !== shown) preview.setAttribute('src', shown);
    preview.style.height = box.getAttribute('data-height') + 'px';
    preview.style.maxWidth = width ? 'min(100%, ' + width + 'px)' : '100%';
  }

  /** Says `text` in the status line of `details`; the same words again end in a no-break space, so a
   * screen reader hears them again. */
  function say(details, text) {
    var status = details.querySelector('.embed-status');
    if (!status) return;
    status.textContent = status.textContent === text ? text + '\u00a0' : text;
  }

  /** Copies the code where the browser allows; otherwise selects it, to copy by hand. Never throws. */
  function copy(details) {
    var box = codeBox(details);
    if (!box) return;
    var done = function (copied) {
      if (!copied) box.select();
      say(details, copied ? 'Code copied.' : 'Select the code in the box and copy it by hand.');
    };
    try {
      var answer = navigator.clipboard && navigator.clipboard.writeText(box.value);
      if (answer && typeof answer.then === 'function') {
        answer.then(
          function () {
            done(true);
          },
          function () {
            done(false);
          },
        );
      } else {
        done(false);
      }
    } catch (e) {
      done(false);
    }
  }

  /** The open "Embed this figure" of the figure around `target`, if any. */
  function openIn(target) {
    var figure = target instanceof Element && target.closest('figure');
    var details = figure && figure.querySelector('details.embed-figure');
    return details && details.open ? details : null;
  }

  // `toggle` does not bubble: heard on the way down.
  document.addEventListener(
    'toggle',
    function (ev) {
      if (ev.target instanceof Element && ev.target.matches('details.embed-figure')) update(ev.target);
    },
    true,
  );
  document.addEventListener('click', function (ev) {
    var button = ev.target instanceof Element && ev.target.closest('details.embed-figure button');
    if (button) return copy(button.closest('details'));
    // A prompt, reset: the figure's own handlers run first.
    var details = openIn(ev.target);
    if (details) setTimeout(update, 0, details);
  });
  // The choices, and the figure's controls while the code is open (a step, a prompt, presenting).
  ['input', 'change', 'figure-state'].forEach(function (kind) {
    document.addEventListener(
      kind,
      function (ev) {
        var details = openIn(ev.target);
        if (details) setTimeout(update, 0, details);
      },
      true,
    );
  });

  // The "Embed this figure" whose opening fetched this script.
  Array.prototype.forEach.call(document.querySelectorAll('details.embed-figure[open]'), update);

  // For the tests: the pure parts.
  window.allianceFigureEmbed = { escape: escape, fill: fill, maxWidth: maxWidth, themed: themed };
})();
