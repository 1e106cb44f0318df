// Presenting the figures (`?present`): one screen per figure at projector sizes, stepped by a clicker's
// keys through each figure's prompts, blanked, left with Escape at the same figure, and its place kept
// in the address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { start, open, until, figureNames } from '../helpers.js';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let env;
before(async () => (env = await start()));
after(async () => env.close());

const NAMES = figureNames();

/** What the screen shows: the current figure, whether its chart, readout and first slider are wholly
 * inside the viewport, the readout's size, the page's scroll room, the bar's words and the address. */
const screen = (page) =>
  page.evaluate(() => {
    const inside = (el) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5;
    };
    const current = document.querySelector('.placement[data-current]');
    const fig = current && current.querySelector('figure');
    const shown = [...document.querySelectorAll('figure[data-sim]')].filter((f) => f.getClientRects().length > 0);
    const readout = fig && fig.querySelector('.readout');
    return {
      name: fig && fig.dataset.sim,
      shown: shown.map((f) => f.dataset.sim),
      chart: inside(fig && fig.querySelector('.chart-box')),
      readout: inside(readout),
      slider: inside(fig && fig.querySelector('input[type=range]')),
      quote: inside(current && current.querySelector('.present-quote')),
      readoutPx: readout ? parseFloat(getComputedStyle(readout).fontSize) : 0,
      // Nothing of the screen clipped: the page does not scroll, the figure holds its parts, and
      // the controls' own column shows them all.
      scrolls: window.scrollY !== 0 || document.scrollingElement.scrollTop !== 0 || (fig && fig.scrollHeight > fig.clientHeight + 1),
      controlsClipped: !!fig && fig.querySelector('.controls').scrollHeight > fig.querySelector('.controls').clientHeight + 1,
      where: document.getElementById('present-where').textContent,
      search: location.search,
      state: fig && new URLSearchParams(location.search).get(fig.dataset.sim),
      readoutText: readout && readout.textContent,
    };
  });

/** The readout's size while reading, at this viewport. */
const readingReadoutPx = (page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('figure[data-sim] .readout')).fontSize));

for (const [width, height] of [
  [1280, 720],
  [1024, 768],
  [1920, 1080],
]) {
  test(`at ${width}×${height}, → and Page Down step through every figure whole, prompts as steps`, async () => {
    const { page, context, problems, outside } = await open(env, '', { viewport: { width, height } });
    const reading = await readingReadoutPx(page);
    await page.click('.toc-present a, .present-entry a');
    await until(() => page.evaluate(() => document.documentElement.hasAttribute('data-present')));
    const seen = [];
    const clipped = new Set();
    let keys = 0;
    for (;;) {
      const s = await screen(page);
      assert.deepEqual(s.shown, [s.name], 'one figure on the screen');
      assert.ok(s.chart, `${s.name}: the chart is wholly on the screen`);
      assert.ok(s.readout, `${s.name}: the readout is wholly on the screen`);
      assert.ok(s.slider, `${s.name}: a slider is on the screen`);
      assert.ok(s.quote, `${s.name}: the review's sentence is on the screen`);
      assert.ok(!s.scrolls, `${s.name}: nothing to scroll`);
      if (s.controlsClipped) clipped.add(s.name);
      assert.ok(s.readoutPx >= 1.4 * reading, `${s.name}: readout ${s.readoutPx}px, at least 1.4 × ${reading}px`);
      seen.push(`${s.name}:${s.where}`);
      const before = s.where;
      await page.keyboard.press(keys++ % 2 ? 'PageDown' : 'ArrowRight');
      const after = await screen(page);
      if (after.where === before) break;
    }
    // Every figure in the essay's order, each with a step per prompt.
    const names = [...new Set(seen.map((s) => s.split(':')[0]))];
    assert.deepEqual(names, NAMES);
    const manifest = JSON.parse(fs.readFileSync(new URL('../../dist/figures/manifest.json', import.meta.url), 'utf8'));
    const steps = manifest.figures.reduce((n, f) => n + 1 + f.try_this.length, 0);
    assert.equal(seen.length, steps, `one screen per figure and prompt: ${seen.join(' | ')}`);
    // Every control on the screen at once at 1920×1080; at 1280×720 and 1024×768 a figure with long
    // labels may scroll them in their own column (the chart, the readout and a slider stay whole).
    if (height >= 1080) assert.deepEqual([...clipped], [], 'every control on the screen');
    assert.deepEqual(problems, []);
    assert.deepEqual(outside, []);
    await context.close();
  });
}

test('a prompt is a step of the model, announced once; ← goes back to the state the figure was found in', async () => {
  const { page, context, problems } = await open(env, '?present=1&weitsman=x0:0.5', { viewport: { width: 1280, height: 720 } });
  await until(() => page.evaluate(() => document.documentElement.hasAttribute('data-present')));
  // The address follows within 300 ms (kit::url::write_state).
  const look = async () => {
    await page.waitForTimeout(400);
    return screen(page);
  };
  let s = await look();
  assert.equal(s.name, 'weitsman');
  assert.equal(s.state, 'x0:0.5');
  const found = s.readoutText;
  await page.keyboard.press('ArrowRight');
  s = await look();
  assert.match(s.where, /step 1 of \d+: Two members/);
  assert.equal(s.state, 'n:2', 'the first prompt set the model');
  assert.match(s.search, /present=1\.1/);
  const said = await until(() => page.evaluate(() => document.querySelector('#fig-weitsman [aria-live]').textContent));
  assert.ok(said.includes(s.readoutText.trim().slice(0, 40)), `the step's readout is announced: ${said}`);
  await page.keyboard.press('ArrowLeft');
  s = await look();
  assert.equal(s.state, 'x0:0.5', 'back at the start, the figure is as it was found');
  assert.equal(s.readoutText, found);
  // Going on to figure 2 and back returns to where figure 1 was left.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('2');
  s = await look();
  assert.equal(s.name, NAMES[1]);
  await page.keyboard.press('1');
  s = await look();
  assert.equal(s.name, 'weitsman');
  assert.match(s.where, /step 1 of/);
  await page.keyboard.press('End');
  assert.equal((await screen(page)).name, NAMES.at(-1));
  await page.keyboard.press('Home');
  assert.equal((await screen(page)).name, NAMES[0]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a reload or a shared link returns to the same figure and step', async () => {
  const { page, context, problems } = await open(env, '?present=4.2', { viewport: { width: 1024, height: 768 } });
  await until(() => page.evaluate(() => document.documentElement.hasAttribute('data-present')));
  let s = await screen(page);
  assert.equal(s.name, NAMES[3]);
  assert.match(s.where, /Figure 4 of 6 · step 2 of/);
  // A link to a step, without the figure's own settings, shows that step's prompt.
  const prompt = JSON.parse(fs.readFileSync(new URL('../../dist/figures/manifest.json', import.meta.url), 'utf8')).figures[3].try_this[1].state;
  assert.equal(await until(async () => (await screen(page)).state), prompt);
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  s = await screen(page);
  assert.equal(s.name, NAMES[3]);
  assert.match(s.where, /step 2 of/);
  // Nonsense in the address still presents, from a figure that exists.
  await page.goto(env.server.url + '?present=99.x%3Cb%3E');
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  s = await screen(page);
  assert.equal(s.name, NAMES.at(-1));
  assert.deepEqual(problems, []);
  await context.close();
});

test('B and W blank the screen and any key returns; ? shows the keys; Escape returns to reading at the same figure', async () => {
  const { page, context, problems } = await open(env, '?present=3', { viewport: { width: 1280, height: 720 } });
  await until(() => page.evaluate(() => document.documentElement.hasAttribute('data-present')));
  const blank = () =>
    page.evaluate(() => {
      const b = document.getElementById('present-blank');
      if (b.hidden) return null;
      const r = b.getBoundingClientRect();
      return { colour: getComputedStyle(b).backgroundColor, covers: r.width >= innerWidth && r.height >= innerHeight };
    });
  await page.keyboard.press('b');
  assert.deepEqual(await blank(), { colour: 'rgb(0, 0, 0)', covers: true });
  await page.keyboard.press('ArrowRight');
  assert.equal(await blank(), null, 'any key returns');
  assert.match((await screen(page)).where, /Figure 3 of 6/, 'and does nothing else');
  await page.keyboard.press('w');
  assert.deepEqual(await blank(), { colour: 'rgb(255, 255, 255)', covers: true });
  await page.keyboard.press('x');
  assert.equal(await blank(), null);
  await page.keyboard.press('?');
  assert.ok(await page.isVisible('#present-help'));
  assert.match(await page.innerText('#present-help'), /Page Down/);
  await page.keyboard.press('Escape');
  assert.ok(!(await page.isVisible('#present-help')), 'Escape closes the keys first');
  await page.keyboard.press('Escape');
  const back = await page.evaluate(() => {
    const r = document.querySelector('#fig-weber').getBoundingClientRect();
    return {
      presenting: document.documentElement.hasAttribute('data-present'),
      search: location.search,
      top: r.top,
      toc: getComputedStyle(document.querySelector('.toc')).display,
      focused: document.activeElement && document.activeElement.id,
    };
  });
  assert.equal(back.presenting, false);
  assert.ok(await until(() => page.evaluate(() => location.search === '')), 'the address says reading');
  assert.ok(back.top > -50 && back.top < 400, `reading again at figure 3 (top ${back.top})`);
  assert.notEqual(back.toc, 'none');
  assert.equal(back.focused, 'fig-weber');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a slider dragged with the mouse leaves the clicker its keys; a slider reached by Tab keeps its arrows', async () => {
  const { page, context, problems } = await open(env, '?present=1', { viewport: { width: 1280, height: 720 } });
  await until(() => page.evaluate(() => document.documentElement.hasAttribute('data-present')));
  const slider = page.locator('#fig-weitsman input[type=range]').first();
  await slider.click();
  await page.keyboard.press('ArrowRight');
  assert.match((await screen(page)).where, /step 1 of/, 'the clicker steps after a mouse drag');
  await page.keyboard.press('ArrowLeft');
  await slider.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const before = await slider.inputValue();
  await page.keyboard.press('ArrowRight');
  assert.notEqual(await slider.inputValue(), before, 'the arrow moved the slider');
  assert.match((await screen(page)).where, /^Figure 1 of 6( ·.*steps to try)?$/);
  await page.keyboard.press('PageDown');
  assert.match((await screen(page)).where, /step 1 of/, 'Page Down, a clicker key, always steps');
  // A choice clicked with the mouse leaves the arrows to the deck too.
  await page.locator('#fig-weitsman input[type=radio]').first().click();
  await page.keyboard.press('ArrowRight');
  assert.match((await screen(page)).where, /step 2 of/, 'the clicker steps after a click on a choice');
  assert.deepEqual(problems, []);
  await context.close();
});

test('presenting is light from the dark scheme and passes axe', async () => {
  const { page, context, problems } = await open(env, '?present=1', { viewport: { width: 1280, height: 720 }, colorScheme: 'dark', bypassCSP: true });
  await until(() => page.evaluate(() => document.documentElement.hasAttribute('data-present')));
  await page.waitForTimeout(300);
  const look = await page.evaluate(() => ({
    bg: getComputedStyle(document.body).backgroundColor,
    fg: getComputedStyle(document.querySelector('#fig-weitsman .readout')).color,
  }));
  assert.equal(look.bg, 'rgb(255, 255, 255)');
  assert.equal(look.fg, 'rgb(0, 0, 0)');
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(result, []);
  assert.deepEqual(problems, []);
  await context.close();
});
