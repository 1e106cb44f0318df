import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, until, inked as inkedPixels, pixels as canvasPixels } from '../helpers.js';

let env;
before(async () => (env = await start()));
after(async () => env.close());

const FIG = '#fig-weitsman';
const readout = (page) => page.locator(`${FIG} .readout`).innerText();
const pixels = (page) => canvasPixels(page, FIG);
const inked = (page) => inkedPixels(page, FIG);

async function drawn(page) {
  assert.ok(await until(async () => (await inked(page)) > 1000), 'the chart is drawn');
}

test('the keyboard moves the intensity slider: the readout and the canvas change', async () => {
  const { page, problems, context } = await open(env, FIG, { deviceScaleFactor: 2 });
  await drawn(page);
  const sharp = await page.evaluate((sel) => {
    const c = document.querySelector(`${sel} canvas`);
    return [c.width, Math.round(c.clientWidth * devicePixelRatio)];
  }, FIG);
  assert.equal(sharp[0], sharp[1], 'backing store scaled by devicePixelRatio');
  const text0 = await readout(page);
  const pix0 = await pixels(page);
  assert.match(text0, /^At intensity 0\.30, a 10-member alliance scores 0\.68 and a coalition of the same states 0\.64/);
  await page.focus(`${FIG} #weitsman-x0`);
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await page.inputValue('#weitsman-x0'), '0.6');
  assert.match(await readout(page), /^At intensity 0\.60,.* the coalition does better/);
  assert.ok(await until(async () => (await pixels(page)) !== pix0), 'the canvas changed');
  assert.equal(await page.getAttribute('#weitsman-x0', 'aria-valuetext'), '0.60 (0 patrols, 1 major combat)');
  assert.ok(await until(() => page.url().includes('weitsman=x0:0.6')), `URL kept current: ${page.url()}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('switching to the view over the war redraws and is kept in the URL', async () => {
  const { page, problems, context } = await open(env, FIG);
  await drawn(page);
  const pix0 = await pixels(page);
  await page.check(`${FIG} input[type=radio][value=b]`);
  assert.ok(await until(async () => (await pixels(page)) !== pix0), 'the canvas changed');
  assert.match(await readout(page), /Month by month, the coalition overtakes at month 3\.5 and the alliance takes the lead at month 9\.8\./);
  assert.match(await page.locator(`${FIG} .axis-x`).innerText(), /Month of the war/);
  assert.ok(await until(() => page.url().includes('weitsman=view:b')), page.url());
  assert.deepEqual(problems, []);
  await context.close();
});

test('a URL with parameters opens with those values', async () => {
  const { page, problems, context } = await open(env, '?weitsman=x0:0.45,n:12,view:b#fig-weitsman');
  assert.equal(await page.inputValue('#weitsman-x0'), '0.45');
  assert.equal(await page.inputValue('#weitsman-n'), '12');
  assert.equal(await page.isChecked(`${FIG} input[type=radio][value=b]`), true);
  assert.match(await readout(page), /^At intensity 0\.45, a 12-member alliance/);
  assert.equal(await page.locator(`${FIG} .notice`).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a URL with garbage opens with repaired values and a notice, without console errors', async () => {
  const { page, problems, context } = await open(env, '?weitsman=x0:abc,n:999,zz:1,t:NaN#fig-weitsman');
  const notice = page.locator(`${FIG} .notice`);
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /Intensity of the war: not readable, so at its default, 0\.30/);
  assert.match(text, /Member states: out of range, so set to 30 states/);
  assert.match(text, /unknown setting “zz” ignored/);
  assert.equal(await page.inputValue('#weitsman-x0'), '0.3');
  assert.equal(await page.inputValue('#weitsman-n'), '30');
  assert.equal(await page.inputValue('#weitsman-t'), '6');
  await drawn(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('copy link yields a URL that reproduces the figure, and reset restores the defaults', async () => {
  const { page, problems, context } = await open(env, FIG);
  await page.focus('#weitsman-n');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.focus('#weitsman-g');
  await page.keyboard.press('ArrowLeft');
  const wanted = await readout(page);
  await page.click(`${FIG} button:has-text("Copy link to this figure")`);
  const href = await page.inputValue(`${FIG} .figure-link input`);
  assert.match(href, /\?weitsman=n:15,g:0\.65#fig-weitsman$/);
  const other = await context.newPage();
  await other.goto(href);
  await other.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.equal(await readout(other), wanted);
  await other.close();
  await page.click(`${FIG} button:has-text("Reset")`);
  assert.equal(await page.inputValue('#weitsman-n'), '10');
  assert.equal(await page.inputValue('#weitsman-g'), '0.7');
  assert.match(await readout(page), /^At intensity 0\.30, a 10-member alliance/);
  assert.ok(await until(() => !page.url().includes('weitsman=')), `reset clears the URL state: ${page.url()}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a try-this prompt sets its values', async () => {
  const { page, context } = await open(env, FIG);
  await page.click(`${FIG} button:has-text("Two members")`);
  assert.equal(await page.inputValue('#weitsman-n'), '2');
  assert.match(await readout(page), /The alliance leads at every intensity\./);
  await context.close();
});

test('the figure fits at 360 px and before hydration shows its defaults', async () => {
  const { page, context } = await open(env, FIG, { viewport: { width: 360, height: 740 } });
  const box = await page.locator(FIG).boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360, JSON.stringify(box));
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
  await context.close();
  const html = await (await fetch(env.server.url)).text();
  // Checked with test() so that a failure does not print the whole page.
  assert.ok(/At intensity 0\.30, a 10-member alliance scores 0\.68/.test(html), 'readout in the served HTML');
  assert.ok(/<input type="range" id="weitsman-x0"[^>]*value="0\.3"/.test(html), 'slider value in the served HTML');
  assert.ok(/<th scope="row">0\.50<\/th><td>0\.63<\/td><td>0\.63<\/td><td>coalition<\/td>/.test(html), 'data table in the served HTML');
});

test('the readout takes the article its numbers are said with', async () => {
  const { page, problems, context } = await open(env, '?weitsman=n:8,t:11#fig-weitsman');
  assert.match(await readout(page), /^At intensity 0\.30, an 8-member alliance .* over an 11-month war:/);
  assert.deepEqual(problems, []);
  await context.close();
});
