// Each figure and the note popover are adopted as roots of their own; the essay's text is static HTML no
// wasm has to match. So what a host, an extension or a template does to the page outside a root before
// the wasm runs breaks nothing, and a root that cannot be adopted leaves the others working. Page errors
// are listened for directly: `data-ready` is only set once every root is live.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, until, figureNames } from '../helpers.js';

let env;
before(async () => (env = await start()));
after(async () => env.close());

const NAMES = figureNames();

/** Opens the essay with `disturb` run at DOMContentLoaded (before the wasm) and the HTML passed through `rewrite`. */
async function disturbed({ disturb = null, rewrite = null, path = '' } = {}) {
  // Extensions' content scripts are exempt from the page's security policy: so are the disturbances.
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  if (disturb) {
    await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => { ${disturb} });`);
  }
  if (rewrite) {
    await page.route(env.server.url + path, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: rewrite(await response.text()) });
    });
  }
  await page.goto(env.server.url + path);
  return { page, context, problems };
}

/** Whether figure `name` is live: End on its first slider changes its readout. */
async function answers(page, name) {
  const fig = `#fig-${name}`;
  if (!(await until(() => page.evaluate((sel) => document.querySelector(sel)?.hasAttribute('data-live'), fig)))) {
    return false;
  }
  const before = await page.locator(`${fig} .readout`).innerText();
  await page.focus(`${fig} input[type="range"]`);
  await page.keyboard.press('End');
  return until(async () => (await page.locator(`${fig} .readout`).innerText()) !== before);
}

const DISTURBANCES = {
  'an extension adds a <style> to <body>': {
    disturb: `const s = document.createElement('style'); s.textContent = '.x{}'; document.body.prepend(s);`,
  },
  'a host puts a banner <div> first in <body>': {
    disturb: `const d = document.createElement('div'); d.textContent = 'Course banner'; document.body.prepend(d);`,
  },
  'a template follows <body> with a newline': {
    rewrite: (html) => html.replace('<body>', '<body>\n'),
  },
  'a translator wraps a paragraph of the review in <font>': {
    disturb: `const p = document.querySelector('main section.section > p'); const f = document.createElement('font'); f.append(...p.childNodes); p.append(f);`,
  },
};

for (const [what, how] of Object.entries(DISTURBANCES)) {
  test(`${what} before the wasm runs: every figure and the notes still work, no page error`, async () => {
    const { page, context, problems } = await disturbed(how);
    await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 10000 });
    for (const name of NAMES) assert.ok(await answers(page, name), `figure ${name} answers its slider`);
    await page.focus('#noteref-3');
    await page.locator('#note-popover').waitFor({ state: 'visible' });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a figure whose markup was changed under it fails alone: the others and the notes work, and the page is not called ready', async () => {
  // A text node where the figure's caption should come first: adopting it fails.
  const { page, context, problems } = await disturbed({
    disturb: `document.getElementById('fig-weitsman').prepend('stray text');`,
  });
  for (const name of NAMES.slice(1)) assert.ok(await answers(page, name), `figure ${name} answers its slider`);
  await page.focus('#noteref-3');
  await page.locator('#note-popover').waitFor({ state: 'visible' });
  const state = await page.evaluate(() => ({
    live: document.getElementById('fig-weitsman').hasAttribute('data-live'),
    ready: document.documentElement.hasAttribute('data-ready'),
  }));
  assert.deepEqual(state, { live: false, ready: false });
  assert.equal(problems.length, 1, `one error, the failed figure's: ${problems}`);
  await context.close();
});

// On a figure page and an embed the translator wraps the first paragraph outside the figure.
const ON_PAGES = {
  ...Object.fromEntries(Object.entries(DISTURBANCES).slice(0, 3)),
  'a translator wraps a paragraph in <font>': {
    disturb: `const p = [...document.querySelectorAll('body p')].find((p) => !p.closest('figure') && p.textContent.trim()); const f = document.createElement('font'); f.append(...p.childNodes); p.append(f);`,
  },
};

for (const [where, path] of [
  ['a figure page', 'figures/weber/'],
  ['an embed', 'figures/weber/embed/'],
]) {
  for (const [what, how] of Object.entries(ON_PAGES)) {
    test(`${what} of ${where} before the wasm runs: the figure still works, no page error`, async () => {
      const { page, context, problems } = await disturbed({ ...how, path });
      await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 10000 });
      assert.ok(await answers(page, 'weber'), 'the figure answers its slider');
      if (what.includes('<font>')) assert.equal(await page.locator('font').count(), 1, 'the translator’s wrapping stands');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}
