// Accessibility beyond the automated checks: reflow of the data tables, what the live regions say and
// how often, the skip link, note markers' descriptions and hit areas, popovers at 400 % zoom, names free
// of styling, and forced colours.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, until } from '../helpers.js';

let env;
before(async () => {
  env = await start();
});
after(async () => env.close());

const FIGURES = ['weitsman', 'mattes', 'weber', 'kimball', 'signals', 'specialize'];

/** The page's accessibility tree (Chromium's, through the DevTools protocol): role and name per node. */
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '' }));
}

/**
 * Records what the page's live regions say: every element Chromium treats as one (`aria-live`, status,
 * alert and log roles, and `<output>`, which it exposes as a status), unless hidden from the tree.
 * Each change of a region's text, once the DOM has settled for the microtask, counts as one announcement.
 */
async function listen(page) {
  await page.evaluate(() => {
    window.__said = [];
    const live = (el) =>
      el instanceof Element &&
      !el.closest('[aria-hidden="true"]') &&
      (el.matches('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]') ||
        el.tagName === 'OUTPUT');
    const last = new Map();
    const observer = new MutationObserver((records) => {
      const regions = new Set();
      for (const r of records) {
        let el = r.target.nodeType === Node.ELEMENT_NODE ? r.target : r.target.parentElement;
        while (el && !live(el)) el = el.parentElement;
        if (el) regions.add(el);
        for (const added of r.addedNodes) if (live(added)) regions.add(added);
      }
      for (const el of regions) {
        const text = el.textContent.trim();
        if (text && last.get(el) !== text) window.__said.push(text);
        last.set(el, text);
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const said = (page) => page.evaluate(() => window.__said);

test('at 320 px with every <details> open, every data table is fully visible or in a focusable, named scroller; legends wrap with text spacing', async () => {
  // The text spacing is a reader's stylesheet, which the page's policy does not govern.
  const { page, context } = await open(env, '', { viewport: { width: 320, height: 640 }, bypassCSP: true });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // WCAG 1.4.12's text spacing.
  await page.addStyleTag({
    content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
  });
  for (const name of FIGURES) {
    await page.locator(`#fig-${name} table`).scrollIntoViewIfNeeded();
    const found = await page.evaluate((name) => {
      const fig = document.getElementById(`fig-${name}`);
      const f = fig.getBoundingClientRect();
      const t = fig.querySelector('table');
      const r = t.getBoundingClientRect();
      const whole = r.left >= f.left - 0.5 && r.right <= f.right + 0.5 && r.right <= innerWidth + 0.5;
      let scroller = t.parentElement;
      while (scroller !== fig && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowX)) {
        scroller = scroller.parentElement;
      }
      const s = scroller.getBoundingClientRect();
      const labelled = scroller.getAttribute('aria-labelledby');
      const legend = [...fig.querySelectorAll('.legend-item')].map((el) => el.getBoundingClientRect());
      return {
        whole,
        scroller: scroller !== fig && {
          focusable: scroller.tabIndex >= 0,
          role: scroller.getAttribute('role'),
          name: labelled ? document.getElementById(labelled)?.textContent ?? '' : '',
          inside: s.left >= f.left - 0.5 && s.right <= f.right + 0.5 && s.right <= innerWidth + 0.5,
          scrolls: scroller.scrollWidth > scroller.clientWidth,
        },
        legendInside: legend.every((l) => l.left >= f.left - 0.5 && l.right <= f.right + 0.5),
      };
    }, name);
    assert.ok(found.legendInside, `${name}: every legend label stays inside the figure`);
    if (found.whole) continue;
    assert.ok(found.scroller, `${name}: a table wider than the figure sits in a scroller`);
    assert.ok(found.scroller.focusable, `${name}: the scroller takes keyboard focus`);
    assert.equal(found.scroller.role, 'region', name);
    assert.ok(found.scroller.name.length > 10, `${name}: the scroller is named by the caption`);
    assert.ok(found.scroller.inside, `${name}: the scroller fits in the figure`);
    assert.ok(found.scroller.scrolls, `${name}: the table scrolls inside it`);
  }
  // The chart labels are drawn on canvas: none may run past its left edge (where the y labels end)
  // under the same spacing. A fresh size makes every chart draw again.
  await page.setViewportSize({ width: 330, height: 640 });
  await page.setViewportSize({ width: 320, height: 640 });
  for (const name of FIGURES) {
    await page.locator(`#fig-${name} canvas`).scrollIntoViewIfNeeded();
    const edge = await page.evaluate(async (name) => {
      const canvas = document.querySelector(`#fig-${name} canvas`);
      for (let i = 0; i < 40 && canvas.width !== Math.round(canvas.clientWidth * devicePixelRatio); i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const data = canvas.getContext('2d').getImageData(0, 0, 2, canvas.height).data;
      let ink = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 64) ink++;
      return ink;
    }, name);
    assert.equal(edge, 0, `${name}: no label reaches the canvas's left edge`);
  }
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll of the page');
  await context.close();
});

test('every data table row is headed by its first cell', async () => {
  const { page, context } = await open(env);
  for (const name of FIGURES) {
    const rows = await page.evaluate((name) => {
      const body = [...document.querySelectorAll(`#fig-${name} table tbody tr`)];
      return { all: body.length, headed: body.filter((tr) => tr.firstElementChild?.matches('th[scope="row"]')).length };
    }, name);
    assert.ok(rows.all > 0, name);
    assert.equal(rows.headed, rows.all, name);
  }
  await context.close();
});

test('20 arrow presses 60 ms apart make at most 3 live announcements, and the settled readout is announced after', async () => {
  const { page, context } = await open(env, '#fig-weitsman');
  await listen(page);
  await page.focus('#weitsman-x0');
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(60);
  }
  const readout = (await page.locator('#fig-weitsman .readout').innerText()).trim();
  assert.match(readout, /^At intensity 0\.50/, 'the visible readout followed every press');
  await until(async () => (await said(page)).length > 0, 3000);
  await page.waitForTimeout(300);
  const heard = await said(page);
  assert.ok(heard.length <= 3, `at most 3 announcements: ${JSON.stringify(heard)}`);
  assert.equal(heard.at(-1), readout, 'the settled readout is the last thing said');
  assert.ok(
    await page.evaluate(() => document.querySelector('#fig-weitsman output').closest('[aria-hidden="true"]') !== null),
    'the slider’s visible value is not a second live region',
  );
  await context.close();
});

test('copy link and reset are announced, and reset says when nothing changed', async () => {
  const { page, context } = await open(env, '#fig-weitsman');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await listen(page);
  await page.click('#fig-weitsman button:has-text("Copy link to this figure")');
  assert.ok(await until(async () => (await said(page)).includes('Link copied.')), `copy: ${JSON.stringify(await said(page))}`);
  await page.focus('#weitsman-n');
  await page.keyboard.press('ArrowRight');
  await page.click('#fig-weitsman button:has-text("Reset")');
  const readout = (await page.locator('#fig-weitsman .readout').innerText()).trim();
  assert.ok(
    await until(async () => (await said(page)).at(-1) === `Reset to the starting values. ${readout}`),
    `reset: ${JSON.stringify(await said(page))}`,
  );
  await page.click('#fig-weitsman button:has-text("Reset")');
  assert.ok(
    await until(async () => (await said(page)).at(-1)?.startsWith('Already at the starting values.')),
    `reset again: ${JSON.stringify(await said(page))}`,
  );
  // A pending announcement of the slider step must not follow the button's.
  await page.waitForTimeout(900);
  assert.match((await said(page)).at(-1), /^Already at the starting values\./);
  await context.close();
});

test('a vertical swipe that starts on a slider’s track scrolls the page and leaves the value', async () => {
  const { page, context } = await open(env, '#fig-weitsman', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  await page.locator('#weitsman-n').scrollIntoViewIfNeeded();
  const r = await page.locator('#weitsman-n').boundingBox();
  const [x, y] = [r.x + r.width * 0.8, r.y + r.height / 2];
  const cdp = await context.newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  await touch('touchStart', [{ x, y }]);
  for (let i = 1; i <= 12; i++) await touch('touchMove', [{ x, y: y - i * 12 }]);
  await touch('touchEnd', []);
  await page.waitForTimeout(200);
  assert.equal(await page.inputValue('#weitsman-n'), '10', 'the value is where it was');
  assert.match(await page.locator('#fig-weitsman .readout').innerText(), /a 10-member alliance/);
  // A tap on the track still sets the value there.
  await page.tap('#weitsman-n', { position: { x: r.width * 0.8, y: r.height / 2 } });
  assert.notEqual(await page.inputValue('#weitsman-n'), '10', 'a tap moves the thumb');
  await context.close();
});

test('every slider says its value in words, and a vertical swipe on a slider scrolls the page', async () => {
  const { page, context } = await open(env);
  const sliders = await page.evaluate(() =>
    [...document.querySelectorAll('input[type="range"]')].map((el) => ({
      id: el.id,
      text: el.getAttribute('aria-valuetext'),
      touch: getComputedStyle(el).touchAction,
    })),
  );
  assert.ok(sliders.length >= 15, `${sliders.length} sliders`);
  for (const s of sliders) {
    assert.match(s.text, /[a-z%]/i, `${s.id}: "${s.text}" is more than a bare number`);
    assert.equal(s.touch, 'pan-y', s.id);
  }
  await context.close();
});

test('the skip link lands focus on the first section, past the title block and the contents: Figure 1’s first slider is at most 27 Tab presses on', async () => {
  const { page, context } = await open(env);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Enter');
  const first = await page.evaluate(() => document.querySelector('main section.section').id);
  assert.ok(await until(() => page.evaluate((id) => document.activeElement?.closest('section')?.id === id, first)), 'focus is in the first section');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H2', 'on its heading');
  let presses = 0;
  const outside = [];
  while (presses < 60 && (await page.evaluate(() => document.activeElement?.id)) !== 'weitsman-x0') {
    await page.keyboard.press('Tab');
    presses++;
    const where = await page.evaluate(() => (document.activeElement.closest('main') ? null : document.activeElement.outerHTML.slice(0, 80)));
    if (where) outside.push(where);
  }
  assert.deepEqual(outside, [], 'every stop on the way is in the review');
  // The stops are the first two sections' own links: citations, notes, glossary terms.
  assert.ok(presses <= 27, `${presses} presses from the first section to Figure 1's first slider`);
  const nav = await page.evaluate(() => document.querySelector('nav.toc').closest('main'));
  assert.equal(nav, null, 'the contents are not inside <main>');
  await context.close();
});

test('a note marker is described by its note from the start, and every marker has a 24 × 24 px hit area', async () => {
  const { page, context } = await open(env, '', { viewport: { width: 360, height: 740 } });
  const markers = await page.evaluate(() => [...document.querySelectorAll('sup.note-ref a, a.tn-ref, a.backref, a.anchor')].map((a) => a.id || a.getAttribute('href')));
  assert.ok(markers.length >= 18 + 7);
  const described = await page.evaluate(() =>
    [...document.querySelectorAll('sup.note-ref a')].map((a) => document.getElementById(a.getAttribute('aria-describedby'))?.closest('li')?.id),
  );
  assert.deepEqual(described, Array.from({ length: 18 }, (_, i) => `note-${i + 1}`));
  const small = await page.evaluate(async () => {
    const out = [];
    for (const a of document.querySelectorAll('sup.note-ref a, a.tn-ref, a.backref, a.anchor')) {
      a.scrollIntoView({ block: 'center' });
      await new Promise((r) => requestAnimationFrame(r));
      const r = a.getClientRects()[0];
      const [cx, cy] = [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
      for (const [dx, dy] of [[-11.5, -11.5], [11.5, -11.5], [-11.5, 11.5], [11.5, 11.5], [0, -11.5], [0, 11.5], [-11.5, 0], [11.5, 0]]) {
        const hit = document.elementFromPoint(cx + dx, cy + dy);
        // A neighbouring link keeps its own text: there the point may be the neighbour's.
        const other = hit?.closest('a');
        const neighbour = other && other !== a && [...other.getClientRects()].some((o) => cx + dx >= o.left && cx + dx <= o.right && cy + dy >= o.top && cy + dy <= o.bottom);
        if (!hit || (!a.contains(hit) && !neighbour)) {
          out.push(`${a.id || a.getAttribute('href')} misses at (${dx}, ${dy}): ${hit?.outerHTML.slice(0, 60)}`);
          break;
        }
      }
    }
    // And every link next to one keeps the whole of its own text.
    for (const a of document.querySelectorAll('main p a.cite, main p a.term, main a[rel="external"]')) {
      const near = a.parentElement.querySelector('sup.note-ref a, a.tn-ref');
      if (!near) continue;
      a.scrollIntoView({ block: 'center' });
      await new Promise((r) => requestAnimationFrame(r));
      for (const r of a.getClientRects()) {
        for (const x of [r.left + 1, r.right - 1]) {
          const hit = document.elementFromPoint(x, (r.top + r.bottom) / 2);
          if (!hit || !a.contains(hit)) out.push(`${a.textContent.slice(0, 30)} loses (${x - r.left}) to ${hit?.outerHTML.slice(0, 60)}`);
        }
      }
    }
    return out;
  });
  assert.deepEqual(small, []);
  await context.close();
});

test('at 320 × 256 (400 % zoom) every note popover stays inside the screen and off its marker', async () => {
  const { page, context } = await open(env, '', { viewport: { width: 320, height: 256 } });
  const bad = [];
  // Focus jumps in reading order, then back to the first: figures between take their real height.
  for (const n of [...Array.from({ length: 18 }, (_, i) => i + 1), 1]) {
    await page.focus(`#noteref-${n}`);
    await page.locator('#note-popover').waitFor();
    // Two frames: late layout settles and the popover follows.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const b = await page.evaluate(() => {
      const p = document.getElementById('note-popover').getBoundingClientRect();
      const m = document.activeElement.getBoundingClientRect();
      const overlap = !(p.bottom <= m.top || p.top >= m.bottom || p.right <= m.left || p.left >= m.right);
      return { top: p.top, bottom: p.bottom, left: p.left, right: p.right, overlap };
    });
    if (b.top < 0 || b.left < 0 || b.bottom > 256 || b.right > 320 || b.overlap) bad.push(`note ${n}: ${JSON.stringify(b)}`);
  }
  assert.deepEqual(bad, []);
  await context.close();
});

test('a note opened by a tap closes from its own button', async () => {
  const { page, context } = await open(env, '', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  await page.locator('#noteref-6').scrollIntoViewIfNeeded();
  await page.tap('#noteref-6');
  await page.locator('#note-popover').waitFor();
  assert.equal(new URL(page.url()).hash, '', 'the first tap reads in place');
  assert.equal(await page.getAttribute('#note-popover', 'role'), 'dialog', 'a tapped note is a dialog');
  await page.tap('#note-popover button:has-text("×")');
  assert.ok(await until(async () => (await page.locator('#note-popover').count()) === 0), 'closed');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'noteref-6', 'focus goes back to the marker');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#note-popover').count(), 0, 'and it stays closed');
  await context.close();
});

test('names are free of styling and navigation: headings, contents, popover label, figures as headings', async () => {
  const { page, context } = await open(env);
  await page.focus('#noteref-5');
  await page.locator('#note-popover').waitFor();
  const tree = await axTree(page);
  const headings = tree.filter((n) => n.role === 'heading').map((n) => n.name);
  assert.ok(headings.includes('Contents'), `the contents heading: ${headings.slice(0, 6)}`);
  for (const h of headings) assert.doesNotMatch(h, /Link to section/, h);
  for (const name of FIGURES) {
    const title = await page.locator(`#fig-${name} .figure-title`).innerText();
    assert.ok(headings.some((h) => h.includes(title)), `Figure "${title}" is a heading`);
  }
  const text = tree.map((n) => n.name).join('\n');
  assert.ok(text.includes('Note 5'), 'the popover label reads "Note 5"');
  assert.ok(!/\bNOTE 5\b|\bCONTENTS\b|\bTHIS EDITION\b/.test(text), 'no upper-cased names');
  await context.close();
});

test('slider tracks have at least 3:1 contrast with the figure in both schemes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await open(env, '', { colorScheme });
    const ratios = await page.evaluate(() => {
      const probe = document.createElement('span');
      document.querySelector('.figure').append(probe);
      const rgb = (value) => {
        probe.style.color = value;
        return getComputedStyle(probe).color.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
      };
      const lum = ([r, g, b]) =>
        [r, g, b].map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i], 0);
      const ratio = (a, b) => {
        const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      };
      const css = getComputedStyle(document.querySelector('.figure'));
      const v = (n) => css.getPropertyValue(n).trim() || 'transparent';
      // The page draws the track (the browser's own is 1.04:1 on the figure's tint).
      if (getComputedStyle(document.querySelector('input[type="range"]')).appearance !== 'none') return { drawn: 0 };
      const figure = css.backgroundColor;
      const out = { track: ratio(v('--track'), figure), edge: ratio(v('--track-edge'), figure), page: ratio(v('--track'), v('--bg')) };
      probe.remove();
      return out;
    });
    assert.equal(Object.keys(ratios).length, 3, 'the page draws the slider track');
    for (const [what, r] of Object.entries(ratios)) assert.ok(r >= 3, `${colorScheme} ${what}: ${r.toFixed(2)}:1`);
    await context.close();
  }
});

test('in forced colours the chart draws in the system palette, and no item of the contents is marked but the current one', async () => {
  const { page, context } = await open(env, '#fig-specialize', { forcedColors: 'active' });
  const found = await page.evaluate(async () => {
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const text = getComputedStyle(probe).color.match(/\d+/g).slice(0, 3).map(Number);
    probe.remove();
    const canvas = document.querySelector('#fig-specialize canvas');
    for (let i = 0; i < 40 && canvas.width <= 300; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let system = 0;
    let own = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] < 250) continue;
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (r === text[0] && g === text[1] && b === text[2]) system++;
      // The light theme's colour A, #1f4e8c.
      if (r === 0x1f && g === 0x4e && b === 0x8c) own++;
    }
    const links = [...document.querySelectorAll('nav.toc a')];
    const active = document.querySelector('nav.toc a[aria-current]');
    const others = new Set(links.filter((a) => a !== active).map((a) => getComputedStyle(a).borderLeftColor));
    const bg = getComputedStyle(document.body).backgroundColor;
    const swatch = getComputedStyle(document.querySelector('#fig-specialize .key.area')).backgroundColor;
    return { system, own, bars: others.size, bar: [...others][0], bg, activeBar: active && getComputedStyle(active).borderLeftColor, swatch };
  });
  assert.ok(found.system > 200, `${found.system} pixels in CanvasText`);
  assert.equal(found.own, 0, 'none in the page’s own colours');
  assert.equal(found.bars, 1, 'every other item of the contents has the same edge');
  assert.equal(found.bar, found.bg, 'and it is the background (no bar)');
  assert.ok(found.activeBar && found.activeBar !== found.bg, `the current one is marked: ${found.activeBar}`);
  assert.notEqual(found.swatch, found.bg, 'the coordination dividend’s swatch shows');
  // Focus rings in the system's highlight, on the contents and on a slider.
  await page.focus('#specialize-z0');
  await page.keyboard.press('ArrowLeft');
  const rings = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    return { highlight, slider: getComputedStyle(document.activeElement).outlineColor };
  });
  assert.equal(rings.slider, rings.highlight, 'the slider’s focus ring');
  await context.close();
});

test('an open note popover follows its marker when the layout above it moves, and when the window narrows', async () => {
  const { page, context } = await open(env, '', { viewport: { width: 1280, height: 800 } });
  await page.focus('#noteref-9');
  await page.locator('#note-popover').waitFor();
  const gap = () =>
    page.evaluate(() => {
      const p = document.getElementById('note-popover').getBoundingClientRect();
      const m = document.getElementById('noteref-9').getBoundingClientRect();
      const above = document.getElementById('note-popover').classList.contains('above');
      return { vertical: Math.round(above ? m.top - p.bottom : p.top - m.bottom), left: p.left, right: p.right, vw: innerWidth };
    });
  const before = await gap();
  // Something above the marker grows by 300 px (a figure laid out late, a details opened).
  await page.evaluate(() => {
    const spacer = document.createElement('div');
    spacer.style.height = '300px';
    document.querySelector('main section.section').prepend(spacer);
  });
  // Within a pixel: the popover's place is rounded to whole pixels, the marker's is not.
  const same = (g) => Math.abs(g.vertical - before.vertical) <= 1;
  assert.ok(await until(async () => same(await gap())), `the popover moved with its marker: ${JSON.stringify([before, await gap()])}`);
  await page.setViewportSize({ width: 500, height: 800 });
  assert.ok(
    await until(async () => {
      const g = await gap();
      return same(g) && g.left >= 0 && g.right <= g.vw;
    }),
    `after narrowing: ${JSON.stringify(await gap())}`,
  );
  await context.close();
});
