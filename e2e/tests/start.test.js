// The live figures start when they are wanted (index.html's watcher, src/prerender.rs's bootstrap):
// the essay's first load is its text, and the wasm and its glue follow when a reader nears a figure,
// points at or focuses one (or a note or a term), or the address asks for a figure. These tests leave
// the page to decide (`figuresWhenNear`), as a reader's browser does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open } from '../helpers.js';

let env;
before(async () => (env = await start()));
after(async () => env.close());

/** Opens `suffix` as a reader would; returns the page and the names of the files it asked for. */
async function read(suffix = '', viewport = { width: 1280, height: 720 }) {
  // The server's own log, which sees every request from before the page's first byte.
  const from = env.server.requests.length;
  const opened = await open(env, suffix, { waitForApp: false, figuresWhenNear: true, viewport });
  const script = () => env.server.requests.slice(from).filter((p) => /\/alliance-organization-[^/]*\.(js|wasm)$/.test(p));
  return { ...opened, script };
}

const live = (page) => page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 15000 });

test('the top of the essay loads its text alone; the figures start as a reader scrolls towards one', async () => {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 360, height: 640 }]) {
    const { page, context, problems, script } = await read('', viewport);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    assert.deepEqual(script(), [], `${viewport.width}px: no glue or wasm before a figure is near`);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-wanted')), false);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-starting')), false, 'not "starting" while not wanted');
    // The figures' pictures and the essay's text are all there meanwhile.
    assert.equal(await page.locator('figure[data-sim] .chart-picture svg').count(), 6);
    // Scrolling (as a reader does, a screen at a time) until Figure 1 is within two screens starts them.
    const top = await page.locator('figure[data-sim]').first().evaluate((f) => f.getBoundingClientRect().top);
    const screens = top / viewport.height;
    let y = 0;
    // Two screens below the viewport's foot: Figure 1 is near once it is less than three screens down.
    while (top - (y + viewport.height) > 3.2 * viewport.height) {
      y += viewport.height;
      await page.evaluate((to) => scrollTo(0, to), y);
      await page.waitForTimeout(50);
      assert.deepEqual(script(), [], `${viewport.width}px: no wasm ${(y / viewport.height).toFixed(1)} screens down, Figure 1 at ${screens.toFixed(1)}`);
    }
    await page.evaluate((to) => scrollTo(0, to), top - viewport.height);
    await live(page);
    assert.equal(script().length, 2, 'glue and wasm, once each');
    assert.equal(await page.locator('figure[data-sim][data-live]').count(), 6, 'all six live');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('pointing at or focusing a note starts the figures (the wasm shows notes in place)', async () => {
  const { page, context, problems, script } = await read();
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  assert.deepEqual(script(), [], 'nothing fetched before the pointer comes');
  await page.locator('sup.note-ref a').first().hover();
  await live(page);
  assert.equal(script().length, 2);
  // The pointer leaves and comes back, as a reader's does: the note shows in place.
  await page.mouse.move(0, 0);
  await page.locator('sup.note-ref a').first().hover();
  await page.locator('#note-popover').waitFor({ state: 'visible' });
  assert.deepEqual(problems, []);
  await context.close();

  const keyed = await read();
  await keyed.page.waitForLoadState('load');
  await keyed.page.locator('sup.note-ref a').first().focus();
  await live(keyed.page);
  await keyed.context.close();
});

test('an address that asks for a figure, and a figure’s own page, start at once', async () => {
  for (const suffix of ['?weitsman=x0:0.9', '#fig-kimball', '?present', 'figures/weber/', 'figures/weber/embed/']) {
    const { page, context, problems } = await read(suffix);
    await live(page);
    assert.deepEqual(problems, [], suffix);
    await context.close();
  }
  // The settings a link carries are applied once live, at the top of the page too.
  const { page, context } = await read('?weitsman=x0:0.9');
  await live(page);
  assert.equal(await page.locator('#weitsman-x0').inputValue(), '0.9');
  await context.close();
});

test('a figure not yet wanted says nothing of failing; a failed start after it is wanted does', async () => {
  const { page, context } = await read();
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: '' }));
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('.figure-failed').count(), 0, 'not failed while not wanted');
  await page.evaluate(() => document.querySelector('figure[data-sim]').scrollIntoView());
  await page.waitForSelector('.figure-failed', { timeout: 15000 });
  assert.match(await page.locator('.figure-failed').first().innerText(), /could not start: a file it needs did not arrive/);
  await context.close();
});
