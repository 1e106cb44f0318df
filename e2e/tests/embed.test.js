// A figure embedded in a course site: a teacher copies the code from the figure's "Embed this figure",
// pastes it into a page on another origin with no script of its own, and students get that figure, live,
// at those settings, with a credit that leads out of the frame to the essay.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { start, open, until, figureNames } from '../helpers.js';

let env;
let host;
before(async () => {
  env = await start();
  // The course site: another origin (localhost against the edition's 127.0.0.1), serving whatever page
  // the test pastes the code into.
  host = { html: '' };
  host.server = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(host.html));
  await new Promise((resolve) => host.server.listen(0, '127.0.0.1', resolve));
  host.url = `http://localhost:${host.server.address().port}/`;
});
after(async () => {
  await new Promise((resolve) => host.server.close(resolve));
  await env.close();
});

/** The code "Embed this figure" gives on `suffix` (a page of the edition) for figure `name`. */
async function copiedCode(suffix, name) {
  const { page, problems, context } = await open(env, suffix);
  await page.locator(`#fig-${name} details.embed-figure summary`).click();
  const box = page.locator(`#fig-${name} details.embed-figure textarea`);
  assert.ok(await until(async () => (await box.inputValue()).startsWith('<iframe')), 'the code is shown');
  const code = await box.inputValue();
  await page.click(`#fig-${name} details.embed-figure button`);
  assert.deepEqual(problems, []);
  await context.close();
  return code;
}

test('the code from a figure page, pasted into a page on another origin, shows the figure live at its settings, credited', async () => {
  const code = await copiedCode('figures/weber/?weber=n:3', 'weber');
  assert.doesNotMatch(code, /<script/);
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/.*\/figures\/weber\/embed\/\?weber=n:3" title="Figure 3: One table or many spokes\?" width="100%" height="\d+"/);
  assert.match(code, /<p><a href="http:\/\/127\.0\.0\.1:\d+\/.*\/\?weber=n:3#fig-weber">Figure 3: One table or many spokes\?, from Alliance Organization, an explorable edition of Sam Seitz’s review<\/a><\/p>$/);
  host.html = `<!doctype html><title>A course page</title><p>Read this, then try the figure.</p>\n${code}\n<p>After the figure.</p>`;
  for (const width of [640, 1000]) {
    const context = await env.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    await frame.locator('figure[data-live]').waitFor({ state: 'attached' });
    assert.match(await frame.locator('.readout').innerText(), /^With 2 partners/, 'at the settings passed in');
    const inner = await page.frames()[1].evaluate(() => ({ scroll: document.documentElement.scrollHeight, height: innerHeight }));
    assert.ok(inner.scroll <= inner.height, `no scrollbar inside the frame at ${width} px: ${inner.scroll} > ${inner.height}`);
    const credit = frame.locator('.figure-credit a');
    assert.equal(await credit.getAttribute('target'), '_blank', 'the credit leaves the frame');
    assert.match(await credit.getAttribute('href'), /^\.\.\/\.\.\/\.\.\/\?weber=n:3#fig-weber$/);
    const [essay] = await Promise.all([context.waitForEvent('page'), credit.click()]);
    await essay.waitForSelector('html[data-ready]', { state: 'attached' });
    assert.equal(new URL(essay.url()).hash, '#fig-weber');
    assert.match(await essay.locator('#fig-weber .readout').innerText(), /^With 2 partners/, 'the essay at those settings');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('every figure in the essay offers its code, and its embed page fits the height the code gives it', async () => {
  for (const name of figureNames()) {
    const code = await copiedCode(`#fig-${name}`, name);
    const height = Number(code.match(/ height="(\d+)"/)[1]);
    assert.match(code, new RegExp(`figures/${name}/embed/" title="Figure \\d: `), `${name}: at the defaults, no settings`);
    for (const width of [640, 1000]) {
      const { page, problems, context } = await open(env, `figures/${name}/embed/`, { viewport: { width, height } });
      const scroll = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(scroll <= height, `${name} at ${width} px: ${scroll} px of content in a ${height} px frame`);
      assert.equal(await page.locator('.figure-credit a[target="_blank"]').count(), 1, `${name}: credited`);
      assert.equal(await page.locator('details.embed-figure').count(), 0, `${name}: no code to embed inside the embed`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
});
