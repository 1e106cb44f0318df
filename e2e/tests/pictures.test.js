// Every chart is drawn at build time as a picture (SVG) at its defaults, shown until the live canvas has
// drawn: so without JavaScript, when the wasm cannot load, and before it runs, every figure shows its
// chart. The canvas then takes its place with no frame in between and no layout shift.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, until, figureNames } from '../helpers.js';

let env;
before(async () => (env = await start()));
after(async () => env.close());

const NAMES = figureNames();
const PAGES = ['', ...NAMES.map((n) => `figures/${n}/`)];

/** For each figure on the page: whether its picture is shown with lines and labels, and its readout. */
const pictures = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('figure[data-sim]')].map((fig) => {
      const svg = fig.querySelector('.chart-picture svg');
      const box = svg?.getBoundingClientRect();
      return {
        name: fig.dataset.sim,
        shown: !!box && box.width > 200 && box.height > 100 && getComputedStyle(svg.parentElement).display !== 'none',
        lines: svg ? svg.querySelectorAll('path.s-a').length : 0,
        labels: svg ? svg.querySelectorAll('text').length : 0,
        readout: fig.querySelector('.readout').textContent.length,
      };
    }),
  );

function assertShown(list, where) {
  assert.deepEqual(list.map((p) => p.name).sort(), where === '' ? [...NAMES].sort() : [where.split('/')[1]]);
  for (const p of list) {
    assert.ok(p.shown, `${where || 'essay'}: ${p.name}'s picture is shown`);
    assert.ok(p.lines >= 1, `${p.name}: its lines`);
    assert.ok(p.labels >= 6, `${p.name}: its labels (${p.labels})`);
    assert.ok(p.readout > 40, `${p.name}: its readout`);
  }
}

test('with JavaScript off, the essay and every figure page show each chart as a picture', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const where of PAGES) {
    await page.goto(env.server.url + where);
    // Figures off screen skip layout until scrolled to (content-visibility): bring each into view.
    for (const name of await page.evaluate(() => [...document.querySelectorAll('figure[data-sim]')].map((f) => f.id))) {
      await page.locator(`#${name}`).scrollIntoViewIfNeeded();
    }
    assertShown(await pictures(page), where);
  }
  await context.close();
});

test('when the wasm answers 404, every figure still shows its chart as a picture', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  for (const where of PAGES) {
    await page.goto(env.server.url + where);
    await page.waitForTimeout(300);
    for (const name of await page.evaluate(() => [...document.querySelectorAll('figure[data-sim]')].map((f) => f.id))) {
      await page.locator(`#${name}`).scrollIntoViewIfNeeded();
    }
    assertShown(await pictures(page), where);
    assert.equal(await page.evaluate(() => document.querySelector('figure[data-live]')), null, 'nothing pretends to be live');
  }
  await context.close();
});

test('the canvas replaces the picture with no frame in between and no layout shift', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__swaps = [];
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // When a picture gives way, the canvas under it must already hold the chart (before any paint).
    new MutationObserver((records) => {
      for (const r of records) {
        if (!r.target.classList?.contains('chart-picture') || !r.target.classList.contains('gone')) continue;
        const c = r.target.parentElement.querySelector('canvas');
        const d = c.width && c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let ink = 0;
        for (let i = 3; d && i < d.length; i += 4) if (d[i] > 0) ink++;
        window.__swaps.push({ name: r.target.closest('figure').dataset.sim, ink });
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  await page.goto(env.server.url);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  for (const name of NAMES) {
    await page.evaluate((id) => document.getElementById(id).scrollIntoView(), `fig-${name}`);
    assert.ok(await until(() => page.evaluate((n) => window.__swaps.some((s) => s.name === n), name)), `${name}: the picture gave way`);
  }
  const { swaps, shift } = await page.evaluate(() => ({ swaps: window.__swaps, shift: window.__shift }));
  for (const s of swaps) assert.ok(s.ink > 1000, `${s.name}: the canvas held the chart when the picture went (${s.ink})`);
  assert.equal(shift, 0, 'no layout shift');
  await page.goto(`${env.server.url}figures/mattes/`);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.ok(await until(() => page.evaluate(() => window.__swaps.some((s) => s.name === 'mattes'))), 'on a figure page too');
  assert.equal(await page.evaluate(() => window.__shift), 0, 'no layout shift on a figure page');
  await context.close();
});
