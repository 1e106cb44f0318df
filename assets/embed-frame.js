// Alliance Organization: an embedded figure's dealings with the frame it is in (figures/NAME/embed/).
// A classic script, not the wasm's module: a frame sandboxed without CORS (an opaque origin) still
// loads it, so the figure fits, sizes its frame and says when it cannot start even where the wasm
// cannot run. It does four things:
// - the theme a snippet asks for (?theme=light|dark), before the first paint;
// - fits the frame it gets: what does not fit is tucked away, in a fixed order, behind "More";
// - posts the height it needs, on load and on every change of size, in the dialects hosts act on
//   (Canvas's lti.frameResize as a JSON string, WordPress's height and link messages when the
//   address carries #?secret=, and the edition's own message, which embed-host.js reads);
// - offers full screen where the frame allows it, and says so when the live figure cannot start.
(() => {
  'use strict';
  const root = document.documentElement;
  // Laid out but not shown until first fitted: the HTML can arrive in parts, and a paint between them
  // would show what fitting then tucks away, the chart moving up under the reader's eyes.
  root.setAttribute('data-fitting', '');
  const shown = () => root.removeAttribute('data-fitting');
  const theme = new URLSearchParams(location.search).get('theme');
  // One set of dark colours in the stylesheet (its prefers-color-scheme rules): a theme asked for
  // turns them on or off instead of repeating them.
  if (theme === 'light' || theme === 'dark') {
    root.style.colorScheme = theme;
    for (const sheet of document.styleSheets) {
      try {
        for (const rule of sheet.cssRules) {
          if (rule.media && /prefers-color-scheme:\s*dark/.test(rule.media.mediaText)) {
            rule.media.mediaText = theme === 'dark' ? 'screen' : 'not all';
          }
        }
      } catch (_) {
        /* a sheet from elsewhere (an extension's) cannot be read */
      }
    }
  }
  const framed = window.parent !== window;
  const secret = (/^#\?secret=([A-Za-z0-9]{1,64})$/.exec(location.hash) || [])[1];
  // What gives way, first to last, when the frame is too short: parts tucked away (an open <details>
  // never is), then a flatter chart, and in a very short frame the controls themselves ("More" shows
  // them again), so the chart, the readout and the credit always fit.
  const STEPS = ['.cite-figure', '.data', '.how', '.figure-question', '.edition-label', '.try-this', '.figure-actions', 'squeezed', '.controls'];
  let tucked = [];
  let more = false;
  let posted = 0;

  const post = (message) => {
    try {
      window.parent.postMessage(message, '*');
    } catch (_) {
      /* a host that refuses messages: the frame keeps its height */
    }
  };
  const tell = (height) => {
    if (!framed || height === posted) return;
    posted = height;
    post(JSON.stringify({ subject: 'lti.frameResize', height }));
    if (secret) post({ message: 'height', value: height, secret });
    const figure = document.querySelector('figure[data-sim]');
    post({ source: 'alliance-organization', type: 'height', height, figure: figure ? figure.dataset.sim : '' });
  };
  const fit = () => {
    for (const el of tucked) el.classList.remove('tucked');
    tucked = [];
    root.classList.remove('squeezed');
    // The whole page's height (the root's box holds the margins its last child lets through).
    tell(Math.ceil(root.getBoundingClientRect().height));
    for (const step of more ? [] : STEPS) {
      if (root.scrollHeight <= innerHeight) break;
      if (step === 'squeezed') {
        root.classList.add(step);
        continue;
      }
      for (const el of document.querySelectorAll(`.embed-main ${step}`)) {
        if (el.open) continue;
        el.classList.add('tucked');
        tucked.push(el);
      }
    }
    const button = document.querySelector('.embed-more');
    if (button) button.hidden = tucked.length === 0;
  };

  let pending = false;
  const refit = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      fit();
    });
  };

  const failed = () => {
    root.dataset.failed = '';
    const line = document.querySelector('.embed-failed');
    if (line) line.hidden = false;
    refit();
  };
  // The wasm's module script or its import failing (a sandbox without CORS), or its start rejecting.
  addEventListener('error', (e) => e.target instanceof HTMLScriptElement && failed(), true);
  addEventListener('unhandledrejection', () => root.hasAttribute('data-ready') || failed());

  // Fitted as soon as the page's last part is parsed, before it is first painted: fitted only at
  // DOMContentLoaded, the chart and readout moved up under the reader's eyes (a layout shift of 0.7).
  if (window.MutationObserver) {
    const parsed = new MutationObserver(() => {
      if (!document.querySelector('.embed-bar')) return;
      parsed.disconnect();
      fit();
      shown();
    });
    parsed.observe(root, { childList: true, subtree: true });
    addEventListener('DOMContentLoaded', () => parsed.disconnect());
  }

  addEventListener('DOMContentLoaded', () => {
    shown();
    const full = document.querySelector('.embed-full');
    // The full view opens at the settings the figure holds now (it writes them into the address).
    const follow = () => full && (full.search = location.search.replace(/[?&]theme=[^&]*/, ''));
    if (full) ['pointerdown', 'focus', 'click'].forEach((t) => full.addEventListener(t, follow));
    const screen = document.querySelector('.embed-fullscreen');
    if (screen && document.fullscreenEnabled) {
      screen.hidden = false;
      if (full) full.hidden = true;
      screen.addEventListener('click', () => {
        const done = document.fullscreenElement ? document.exitFullscreen() : root.requestFullscreen();
        if (done) done.catch(() => {});
      });
    }
    const button = document.querySelector('.embed-more');
    if (button) {
      button.addEventListener('click', () => {
        more = true;
        fit();
        const first = document.querySelector('.embed-main .figure-question');
        if (first) first.scrollIntoView({ block: 'nearest' });
      });
    }
    // WordPress lets its embeds lead the host page away only by message: the credit, then.
    if (secret) {
      document.addEventListener('click', (e) => {
        const a = e.target instanceof Element && e.target.closest('a[target="_blank"]');
        if (!a) return;
        e.preventDefault();
        post({ message: 'link', value: a.href, secret });
      });
    }
    if (window.ResizeObserver) new ResizeObserver(refit).observe(document.body);
    addEventListener('resize', refit);
    fit();
  });
})();
