// A figure embedded in a course site: a teacher copies the code from the figure's "Embed this figure",
// pastes it into a page on another origin with no script of its own, and students get that figure, live,
// at those settings, with a credit that leads out of the frame to the essay.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { start, open, until, figureNames } from '../helpers.js';
import { startServer } from '../server.js';

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
  const html = `<!doctype html><title>A course page</title><p>Read this, then try the figure.</p>\n${code}\n<p>After the figure.</p>`;
  for (const width of [360, 640, 1000]) {
    const { page, context, problems, frame } = await onHost(html, { width });
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
    for (const width of [320, 360, 640, 1000, 1200]) {
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

/**
 * Opens the course page `html` (served from the other origin) at `width` px; resolves to
 * { page, context, problems, frame, messages }, `messages` being what the host window received
 * (recorded by the test, not by the host page, which has no script).
 */
async function onHost(html, { width = 800, height = 900 } = {}) {
  host.html = html;
  const context = await env.browser.newContext({ viewport: { width, height } });
  await context.addInitScript(() => {
    if (window !== window.top) return;
    window.__messages = [];
    addEventListener('message', (e) => window.__messages.push(e.data));
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(host.url);
  const frame = page.frameLocator('iframe');
  return { page, context, problems, frame, messages: () => page.evaluate(() => window.__messages) };
}

/** The frame of figure `name`'s embed page at `suffix`, served by `server`, with `attributes`. */
const frameTag = (server, name, suffix = '', attributes = '', height = 1300) =>
  `<iframe src="${server.url}figures/${name}/embed/${suffix}" title="Figure" width="100%" height="${height}" style="width:100%;height:${height}px;border:0"${attributes}></iframe>`;

test('the embedded figure tells its host the height it needs, in Canvas’s, WordPress’s and its own dialect', async () => {
  const { page, context, problems, frame, messages } = await onHost(frameTag(env.server, 'weber', '?weber=n:3#?secret=Ab12Cd34'));
  await frame.locator('figure[data-live]').waitFor({ state: 'attached' });
  assert.ok(await until(async () => (await messages()).length >= 3), 'messages arrive');
  const got = await messages();
  const lti = got.filter((m) => typeof m === 'string').map((m) => JSON.parse(m));
  assert.ok(lti.length > 0, 'lti.frameResize, as a JSON string');
  assert.equal(lti.at(-1).subject, 'lti.frameResize');
  const height = lti.at(-1).height;
  assert.ok(height > 600 && height < 1400, `a plausible height: ${height}`);
  const wordpress = got.filter((m) => m && m.message === 'height');
  assert.deepEqual(wordpress.at(-1), { message: 'height', value: height, secret: 'Ab12Cd34' }, 'WordPress’s, with its secret');
  const own = got.filter((m) => m && m.source === 'alliance-organization');
  assert.deepEqual(own.at(-1), { source: 'alliance-organization', type: 'height', height, figure: 'weber' });
  // A change of size is told again: an opened data table makes the figure taller.
  await frame.locator('details.data summary').click();
  assert.ok(await until(async () => (await messages()).some((m) => m && m.message === 'height' && m.value > height)), 'a taller figure says so');
  // WordPress leads its host away only by message: the credit sends one.
  await frame.locator('.figure-credit a').click();
  assert.ok(await until(async () => (await messages()).some((m) => m && m.message === 'link')), 'the link message');
  const link = (await messages()).find((m) => m && m.message === 'link');
  assert.equal(link.secret, 'Ab12Cd34');
  assert.match(link.value, /^http:\/\/127\.0\.0\.1:\d+\/.*\/\?weber=n:3#fig-weber$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the optional host script sizes a plain page’s frame to what the figure asks for', async () => {
  const script = await (await fetch(`${env.server.url}embed-host.js`)).text();
  assert.ok(script.length < 2048, `under 2 KB: ${script.length} bytes`);
  assert.match(script, /MIT/);
  const { page, context, problems, frame } = await onHost(
    `${frameTag(env.server, 'signals', '', '', 600)}<script src="${env.server.url}embed-host.js"></script>`,
  );
  await frame.locator('figure[data-live]').waitFor({ state: 'attached' });
  const fits = async () => {
    const [outer, inner] = await Promise.all([
      page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height),
      page.frames()[1].evaluate(() => ({
        height: document.documentElement.getBoundingClientRect().height,
        scroll: document.documentElement.scrollHeight,
        tucked: document.querySelectorAll('.tucked').length,
      })),
    ]);
    return outer > 900 && Math.abs(outer - inner.height) <= 1 && inner.scroll <= outer && inner.tucked === 0;
  };
  assert.ok(await until(fits), 'the frame takes the figure’s height, and nothing is tucked');
  assert.deepEqual(problems, []);
  await context.close();
});

test('arrow keys on an embedded slider move the figure, never the course page', async () => {
  const { page, context, problems, frame } = await onHost(
    `<div style="height:1500px">Above</div>${frameTag(env.server, 'weber', '?weber=n:12')}<div style="height:3000px">Below</div>`,
  );
  await frame.locator('figure[data-live]').waitFor({ state: 'attached' });
  await page.evaluate(() => scrollTo(0, 1400));
  const slider = frame.locator('input[type="range"]').first();
  await slider.focus();
  const before = await page.evaluate(() => scrollY);
  for (const key of ['ArrowRight', 'ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowDown', 'PageDown', 'PageUp', 'End', 'Home']) {
    await slider.press(key);
    await page.waitForTimeout(30);
    assert.equal(await page.evaluate(() => scrollY), before, `${key} left the course page where it was`);
  }
  assert.equal(await slider.inputValue(), await slider.getAttribute('min'), 'the keys moved the slider');
  assert.deepEqual(problems, []);
  await context.close();
});

test('in a sandboxed frame it runs where the host allows CORS, and shows its picture, readout and a way to open it live where it cannot start', async () => {
  const cors = await startServer({ cors: true });
  try {
    const live = await onHost(frameTag(cors, 'mattes', '', ' sandbox="allow-scripts"'));
    await live.frame.locator('figure[data-live]').waitFor({ state: 'attached' });
    await live.frame.locator('input[type="range"]').first().press('ArrowRight');
    assert.ok(await until(async () => (await live.frame.locator('.chart-picture.gone').count()) === 1), 'the canvas drew');
    assert.equal(await live.frame.locator('.embed-failed').isVisible(), false);
    assert.deepEqual(live.problems, [], 'no errors with CORS');
    await live.context.close();
  } finally {
    await cors.close();
  }
  const dead = await onHost(frameTag(env.server, 'mattes', '', ' sandbox="allow-scripts"'));
  const failed = dead.frame.locator('.embed-failed');
  await failed.waitFor({ state: 'visible' });
  assert.match(await failed.innerText(), /could not start in this frame/);
  assert.match(await failed.locator('a').getAttribute('href'), /^\.\.\/$/);
  assert.ok(await dead.frame.locator('.chart-picture svg path').count() > 0, 'the picture shows');
  assert.ok(await dead.frame.locator('.chart-picture').isVisible());
  assert.match(await dead.frame.locator('.readout').innerText(), /\w/, 'the readout shows');
  // The browser's own report of the refused script is all that reaches the console.
  assert.deepEqual(dead.problems.filter((p) => !/CORS|Failed to load resource|net::ERR_FAILED/.test(p)), []);
  await dead.context.close();
});

test('full screen is offered only where the frame allows it, and "Open full view" elsewhere', async () => {
  for (const [attributes, fullscreen] of [['', false], [' allowfullscreen', true]]) {
    const { context, problems, frame } = await onHost(frameTag(env.server, 'kimball', '?kimball=s:0.5', attributes));
    await frame.locator('figure[data-live]').waitFor({ state: 'attached' });
    assert.equal(await frame.locator('.embed-fullscreen').isVisible(), fullscreen, `full screen ${fullscreen ? 'offered' : 'not offered'}`);
    assert.equal(await frame.locator('.embed-full').isVisible(), !fullscreen);
    if (!fullscreen) {
      const full = frame.locator('.embed-full');
      assert.equal(await full.getAttribute('target'), '_blank');
      const [opened] = await Promise.all([context.waitForEvent('page'), full.click()]);
      await opened.waitForSelector('html[data-ready]', { state: 'attached' });
      assert.match(opened.url(), /\/figures\/kimball\/\?kimball=s:0\.5$/, 'the figure page at these settings');
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('in a cross-origin frame, "Copy link" shows the link when the clipboard is refused, without an error', async () => {
  const { context, problems, frame } = await onHost(frameTag(env.server, 'weber'));
  await frame.locator('figure[data-live]').waitFor({ state: 'attached' });
  await frame.getByRole('button', { name: 'Copy link to this figure' }).click();
  const shown = frame.locator('.figure-link input');
  await shown.waitFor({ state: 'visible' });
  assert.match(await shown.inputValue(), /\/figures\/weber\/embed\/$|#fig-weber$/);
  assert.deepEqual(problems.filter((p) => !/permissions policy/i.test(p)), []);
  await context.close();
});

test('a frame shorter than the figure tucks what does not fit behind "More about this figure", with no scrollbar', async () => {
  const { page, context, problems } = await open(env, 'figures/specialize/embed/', { viewport: { width: 360, height: 800 } });
  const fits = () => page.evaluate(() => document.documentElement.scrollHeight <= innerHeight);
  assert.ok(await until(fits), 'no scrollbar in an 800 px frame');
  assert.ok(await page.locator('.readout').isVisible(), 'the readout stays');
  assert.ok(await page.locator('.chart canvas').isVisible(), 'the chart stays');
  assert.ok(await page.locator('.figure-credit a').isVisible(), 'the credit stays');
  assert.equal(await page.locator('details.how').isVisible(), false, 'the model notes are tucked');
  await page.click('.embed-more');
  assert.ok(await page.locator('details.how').isVisible(), 'and come back on "More"');
  assert.ok(await page.locator('input[type="range"]').first().isVisible(), 'the controls too');
  assert.equal(await page.locator('.embed-more').isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the embed code takes the colours and width chosen, and its preview shows them', async () => {
  const { page, context, problems } = await open(env, 'figures/weber/?weber=n:4', { colorScheme: 'light' });
  await page.locator('details.embed-figure summary').click();
  const box = page.locator('details.embed-figure textarea');
  await page.locator('details.embed-figure select').first().selectOption({ label: 'Dark' });
  await page.locator('details.embed-figure select').nth(1).selectOption({ label: 'At most 480 px' });
  assert.ok(await until(async () => (await box.inputValue()).includes('max-width:480px')), 'the width');
  const code = await box.inputValue();
  assert.match(code, /figures\/weber\/embed\/\?weber=n:4&amp;theme=dark" title=/, 'the settings and the colours');
  const preview = page.locator('iframe.embed-preview');
  assert.match(await preview.getAttribute('src'), /^embed\/\?weber=n:4&theme=dark$/);
  assert.ok((await preview.boundingBox()).width <= 481, 'the preview at that width');
  const inner = page.frameLocator('iframe.embed-preview');
  await inner.locator('figure[data-live]').waitFor({ state: 'attached' });
  const background = await inner.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `dark in a light reader's browser: ${background}`);
  assert.match(await inner.locator('.readout').innerText(), /^With 3 partners/);
  await page.locator('details.embed-figure select').first().selectOption({ label: 'Follow the reader’s setting' });
  assert.ok(await until(async () => !(await box.inputValue()).includes('theme=')), 'no theme asked for');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an embed fitted to a phone-sized window moves nothing the reader has seen (no layout shift), its HTML arriving at once or in parts', async () => {
  // In parts: the browser paints what has come before the page's end, where the fitting starts.
  const slow = await startServer({ pause: 400 });
  const cases = [
    ['weitsman', env.server],
    ['kimball', env.server],
    ['kimball', slow],
  ];
  for (const [name, server] of cases) {
    const context = await env.browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, figuresWhenNear: true });
    await context.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}figures/${name}/embed/`);
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await page.waitForTimeout(500);
    const { shift, tucked } = await page.evaluate(() => ({ shift: window.__shift, tucked: document.querySelectorAll('.tucked').length }));
    assert.ok(tucked > 0, `${name}: the window is short enough that parts are tucked away`);
    assert.ok(shift < 0.01, `${name}${server === slow ? ' (in parts)' : ''}: layout shift ${shift}`);
    await context.close();
  }
  await slow.close();
});

test('the embed code follows the figure while it is open, and says how to copy it when the clipboard is refused', async () => {
  const { page, context, problems } = await open(env, 'figures/weber/');
  await page.waitForSelector('figure[data-live]', { state: 'attached' });
  await page.locator('details.embed-figure summary').click();
  const box = page.locator('details.embed-figure textarea');
  assert.ok(await until(async () => (await box.inputValue()).includes('/figures/weber/embed/" title=')), 'at the defaults');
  await page.getByRole('button', { name: 'Three members' }).click();
  assert.ok(await until(async () => /\/figures\/weber\/embed\/\?weber=n:3" title=.*\?weber=n:3#fig-weber"/s.test(await box.inputValue())), 'a prompt');
  await page.focus('#weber-w');
  await page.keyboard.press('ArrowRight');
  assert.ok(await until(async () => (await box.inputValue()).includes('embed/?weber=n:3,w:0.11"')), await box.inputValue());
  assert.ok(await until(async () => /\?weber=n:3,w:0\.11$/.test(await page.locator('iframe.embed-preview').getAttribute('src'))), 'the preview too');
  // A clipboard that refuses, or whose writeText throws: the code is selected, to copy by hand.
  for (const refuse of ['() => Promise.reject(new Error("no"))', '() => { throw new Error("no"); }']) {
    await page.evaluate((f) => Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: eval(f) } }), refuse);
    await page.click('details.embed-figure button');
    assert.ok(await until(async () => /^Select the code in the box and copy it by hand\.\u00a0?$/.test(await page.locator('.embed-status').textContent())), refuse);
    assert.equal(await box.evaluate((b) => b.selectionEnd - b.selectionStart), (await box.inputValue()).length, 'selected');
  }
  // The script fills the template as src/embed.rs does (tests/embed.rs asserts the same answer).
  assert.equal(
    await page.evaluate(() => window.allianceFigureEmbed.fill('a{src}b{max}c{credit_href}{d}', '{max}', '{credit_href}', '<{src}>')),
    'a{max}b{credit_href}c&lt;{src}&gt;{d}',
  );
  // Closed, the preview goes (the embedded page with it).
  await page.locator('details.embed-figure summary').click();
  assert.ok(await until(async () => (await page.locator('iframe.embed-preview').count()) === 0));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a figure that cannot start still gives its code, at its starting values', async () => {
  const { page, context, problems } = await open(env, 'figures/weber/');
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: '' }));
  await page.reload();
  await page.waitForSelector('html[data-failed]', { state: 'attached' });
  await page.locator('details.embed-figure summary').click();
  const box = page.locator('details.embed-figure textarea');
  assert.ok(await until(async () => /\/figures\/weber\/embed\/" title=.*<a href="http[^"]*\/#fig-weber">/s.test(await box.inputValue())), await box.inputValue());
  assert.equal(await page.locator('figure[data-live]').count(), 0, 'the figure did not start');
  // The 404 is the console's only complaint.
  assert.deepEqual(problems.filter((p) => !/404|Failed to load|WebAssembly|wasm/i.test(p)), []);
  await context.close();
});
