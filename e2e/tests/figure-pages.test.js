// Every figure stands alone at figures/NAME/ (under the site's sub-path): live, its settings in the
// address, linking back to its place in the essay with them; whole before and without the wasm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, openGated, inked, pixels, until, figureNames } from '../helpers.js';

let env;
before(async () => (env = await start()));
after(async () => env.close());

const NAMES = figureNames();
for (const name of NAMES) {
  test(`figures/${name}/ is live: the keyboard moves a slider, the readout, canvas and address follow, and it links back to the essay at those settings`, async () => {
    const { page, problems, outside, context } = await open(env, `figures/${name}/`);
    const fig = `#fig-${name}`;
    assert.equal(await page.locator('figure[data-sim]').count(), 1, 'one figure');
    assert.equal(await page.getAttribute(fig, 'data-live'), '', 'it is live');
    assert.match(await page.title(), /^Figure \d: .+ · Alliance Organization/);
    assert.ok(await until(async () => (await inked(page, fig)) > 1000), 'the chart is drawn');
    const readout = () => page.locator(`${fig} .readout`).innerText();
    const before = await readout();
    const pix = await pixels(page, fig);
    const away = page.locator(`${fig} a.figure-away`);
    assert.equal(await away.getAttribute('href'), `../../#fig-${name}`, 'at the defaults, the plain address');
    await page.focus(`${fig} input[type="range"]`);
    await page.keyboard.press('End');
    assert.ok(await until(async () => (await readout()) !== before), 'the readout follows');
    assert.ok(await until(async () => (await pixels(page, fig)) !== pix), 'the canvas follows');
    await page.locator(`${fig} input[type="range"]`).first().dispatchEvent('change');
    assert.ok(await until(() => page.url().includes(`?${name}=`)), `the address carries the settings: ${page.url()}`);
    const after = await readout();
    const href = await away.getAttribute('href');
    assert.match(href, new RegExp(`^\\.\\./\\.\\./\\?${name}=[^#]+#fig-${name}$`));
    await away.click();
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    assert.equal(new URL(page.url()).pathname, new URL(env.server.url).pathname, 'the essay');
    assert.equal(await readout(), after, 'at the same settings');
    assert.deepEqual(problems, []);
    assert.deepEqual(outside, []);
    await context.close();
  });
}

test('a figure page takes its settings from the address, and the essay links each figure to its page with its settings', async () => {
  const { page, problems, context } = await open(env, 'figures/weitsman/?weitsman=x0:0.6');
  assert.match(await page.locator('#fig-weitsman .readout').innerText(), /^At intensity 0\.60/);
  assert.equal(await page.locator('#fig-weitsman .notice').count(), 0);
  await page.goto(env.server.url + '?weitsman=x0:0.45#fig-weitsman');
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.deepEqual(
    await page.evaluate(() => [...document.querySelectorAll('figure[data-sim]')].map((f) => f.dataset.sim)),
    NAMES,
    'the essay places the figures the manifest lists, in its order',
  );
  for (const name of NAMES) {
    const settings = name === 'weitsman' ? '?weitsman=x0:0.45' : '';
    assert.equal(await page.getAttribute(`#fig-${name} a.figure-away`, 'href'), `figures/${name}/${settings}`, `${name} links to its page with its settings`);
  }
  const link = page.locator('#fig-weitsman a.figure-away');
  assert.equal(await link.getAttribute('href'), 'figures/weitsman/?weitsman=x0:0.45');
  await link.click();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.ok(page.url().endsWith('/figures/weitsman/?weitsman=x0:0.45'), page.url());
  assert.match(await page.locator('#fig-weitsman .readout').innerText(), /^At intensity 0\.45/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every link on every figure page leads somewhere: to an id on the page, or to the essay', async () => {
  const essay = await (await fetch(env.server.url)).text();
  const ids = (html) => new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
  const essayIds = ids(essay);
  for (const name of NAMES) {
    const html = await (await fetch(`${env.server.url}figures/${name}/`)).text();
    const own = ids(html);
    for (const [, href] of html.matchAll(/ href="([^"]*)"/g)) {
      if (href.startsWith('#')) assert.ok(own.has(href.slice(1)), `${name}: ${href} is on the page`);
      else if (href.startsWith('../../#')) assert.ok(essayIds.has(href.slice(7)), `${name}: ${href} is in the essay`);
      else assert.match(href, /^(\.\.\/\.\.\/(\?[^#]*)?(#fig-[a-z]+)?|https?:\/\/.+|data:.+)$/, `${name}: ${href}`);
    }
    assert.ok(html.includes('Reading Figure'), `${name}: the passage that reads it`);
    assert.ok(!html.includes('citation_title'), `${name}: no citation metadata of the review`);
  }
});

test('with JavaScript off a figure page shows its figure at the defaults: readout, table, notes, passage', async () => {
  const { page, problems, context } = await open(env, 'figures/kimball/', { javaScriptEnabled: false, waitForApp: false });
  assert.match(await page.locator('#fig-kimball .readout').innerText(), /small ally/i);
  assert.ok((await page.locator('#fig-kimball details.data tbody tr').count()) >= 4, 'the data table');
  assert.ok((await page.locator('#fig-kimball details.how p').count()) >= 1, 'how the model works');
  assert.equal(await page.locator('.figure-page-main > .ours:not(.questions)').count(), 1, 'the passage that reads it');
  assert.equal(await page.locator('.figure-page-main > .ours.questions li').count() >= 2, true, 'the questions for discussion');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const name of NAMES) {
  test(`hydration adopts figures/${name}/ as it was served: the same nodes`, async () => {
    const { page, context, problems, release } = await openGated(env, `figures/${name}/`);
    const tagged = await page.evaluate(() => {
      window.__tagged = 'figure *:not(.cite-figure *):not(.legend *)';
      window.__before = [...document.querySelectorAll(window.__tagged)];
      return window.__before.length;
    });
    assert.ok(tagged > 60, `tagged ${tagged} nodes`);
    release();
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    const same = await page.evaluate(() => {
      const after = [...document.querySelectorAll(window.__tagged)];
      return after.length === window.__before.length && after.every((node, i) => node === window.__before[i]);
    });
    assert.ok(same, 'every tagged node is the same object after hydration');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
