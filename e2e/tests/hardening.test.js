// What browsers, hosts and links do to the page: a strict security policy served as a header as well as
// in the page, a key held for hundreds of steps with Chromium's own limits on navigation, crafted links
// that try to steer the page's words, a clipboard that misbehaves, and live figures that cannot start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, until, figureNames } from '../helpers.js';
import { startServer, DIST } from '../server.js';
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';

let env;
// The page's policy is also sent as a header; Playwright's launch turns off Chromium's limit on
// navigations a page may make (IPC flooding protection): it is turned back on, as readers have it.
before(async () => (env = await start({ server: { policy: true }, launch: { ignoreDefaultArgs: ['--disable-ipc-flooding-protection'] } })));
after(async () => env.close());

const NAMES = figureNames();

/** The figure's notice of repairs to its link, or ''. */
const notice = (page, name) => page.locator(`#fig-${name} .notice`).innerText().catch(() => '');

test('every page states a strict policy: no unsafe-inline, no unsafe-eval, hashes for its inline parts', async () => {
  const pages = ['', ...NAMES.flatMap((n) => [`figures/${n}/`, `figures/${n}/embed/`])];
  for (const path of pages) {
    const res = await fetch(env.server.url + path);
    const header = res.headers.get('content-security-policy');
    const html = await res.text();
    assert.ok(header, `${path || 'the essay'} has a policy`);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${header}">`), `${path}: the meta states it`);
    assert.doesNotMatch(header, /'unsafe-inline'|'unsafe-eval'/, path);
    assert.match(header, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'/, path);
    assert.match(header, /style-src 'self' 'sha256-[^']+'/, path);
    assert.match(header, /require-trusted-types-for 'script'; trusted-types default/, path);
  }
});

test('Trusted Types: the page’s one policy lets its own markup through and refuses markup that runs script', async () => {
  for (const path of ['', 'figures/kimball/embed/']) {
    const { page, problems, context } = await open(env, path);
    const tried = await page.evaluate(() => {
      const box = document.createElement('div');
      const attempt = (f) => {
        try {
          f();
          return 'written';
        } catch (e) {
          return 'refused';
        }
      };
      return {
        enforced: !!window.trustedTypes && trustedTypes.defaultPolicy?.name === 'default',
        plain: attempt(() => (box.innerHTML = '<p class="x">On <em>alliances</em>, one=two</p>')),
        handler: attempt(() => (box.innerHTML = '<img src=x onerror="alert(1)">')),
        script: attempt(() => (box.innerHTML = '<script>alert(1)</script>')),
        link: attempt(() => (box.innerHTML = '<a href="javascript:alert(1)">x</a>')),
        away: attempt(() => document.createElement('script').setAttribute('src', 'https://example.org/x.js')),
        own: attempt(() => document.createElement('script').setAttribute('src', './figure-files.js')),
      };
    });
    assert.deepEqual(tried, { enforced: true, plain: 'written', handler: 'refused', script: 'refused', link: 'refused', away: 'refused', own: 'written' }, path);
    // The refusals are the policy's own, reported as violations; nothing else is.
    assert.ok(problems.every((p) => /Trusted Type|trusted-types|TrustedHTML|TrustedScriptURL|refused/i.test(p)), problems.join('\n'));
    await context.close();
  }
});

test('under the policy as a header: notes, figures, present mode and downloads run with nothing blocked', async () => {
  const { page, problems, outside, context } = await open(env, '', { acceptDownloads: true });
  // Notes open beside their marker (positioned through the CSSOM, not a style attribute).
  await page.focus('#noteref-3');
  const popover = page.locator('#note-popover');
  await popover.waitFor({ state: 'visible' });
  const gap = await page.evaluate(() => {
    const a = document.getElementById('noteref-3').getBoundingClientRect();
    const p = document.getElementById('note-popover').getBoundingClientRect();
    return Math.abs(p.top - a.bottom);
  });
  assert.ok(gap < 400, `the note opens near its marker (${gap} px away)`);
  // A slider on every figure.
  for (const name of NAMES) {
    const before = await page.locator(`#fig-${name} .readout`).innerText();
    await page.focus(`#fig-${name} input[type="range"]`);
    await page.keyboard.press('End');
    assert.ok(await until(async () => (await page.locator(`#fig-${name} .readout`).innerText()) !== before), name);
  }
  // A download, which fetches the script that makes the files.
  const details = page.locator('#fig-weber details.export-figure');
  await details.locator('summary').click();
  await page.waitForFunction(() => window.allianceFigureFiles);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#fig-weber .export-files button', { hasText: 'SVG' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.svg$/);
  // Present mode, a few steps.
  await page.goto(env.server.url + '?present');
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  assert.ok(await until(() => page.evaluate(() => /present=/.test(location.search))));
  // A figure page and an embed.
  for (const path of ['figures/kimball/', 'figures/kimball/embed/']) {
    await page.goto(env.server.url + path);
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await page.focus('input[type="range"]');
    await page.keyboard.press('ArrowLeft');
  }
  assert.deepEqual(problems, [], 'nothing blocked by the policy, no error');
  assert.deepEqual(outside, []);
  await context.close();
});

test('holding an arrow key for 300 steps leaves the address and the copied link right, with Chromium’s limits on', async () => {
  const { page, problems, context } = await open(env, '#fig-weitsman');
  await page.focus('#weitsman-x0');
  await page.keyboard.press('Home');
  for (let i = 0; i < 100; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 100; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 97; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await page.inputValue('#weitsman-x0'), '0.97');
  // The copied link is right at once, before the address has caught up.
  await page.click('#fig-weitsman button:has-text("Copy link to this figure")');
  const link = await page.inputValue('#fig-weitsman .figure-link input');
  assert.match(link, /\?weitsman=x0:0\.97#fig-weitsman$/);
  assert.ok(await until(() => page.url().includes('weitsman=x0:0.97')), `the address follows once the key is let go: ${page.url()}`);
  // And it still follows a change after that.
  await page.focus('#weitsman-n');
  await page.keyboard.press('ArrowRight');
  assert.ok(await until(() => page.url().includes('weitsman=x0:0.97,n:11')), `and the next change: ${page.url()}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('changing the address does not fetch an icon', async () => {
  const { page, context } = await open(env, '#fig-weber');
  await page.focus('#weber-n');
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(350);
  }
  assert.deepEqual(env.server.requests.filter((r) => /icon/i.test(r)), []);
  await context.close();
});

const CRAFTED = [
  ['a right-to-left override in a key', `?weitsman=${encodeURIComponent('\u202Eevif')}:1`, (t) => !/[\u202A-\u202E\u2066-\u2069]/.test(t) && /an unknown setting ignored/.test(t)],
  [
    'words strung into a message',
    '?weitsman=Your_session_has_expired:1,sign-in-again-at:1,evil-example-com:1',
    (t) => !/session|sign|evil/i.test(t) && /3 unknown settings ignored/.test(t),
  ],
  ['200 repeated items', `?weitsman=${'x0:5,'.repeat(200)}`, (t) => t.length < 160 && (t.match(/Intensity/g) || []).length === 1],
];

for (const [what, suffix, fine] of CRAFTED) {
  test(`a crafted link cannot steer the figure’s notice: ${what}`, async () => {
    const { page, problems, context } = await open(env, suffix);
    const text = await until(() => notice(page, 'weitsman'));
    assert.ok(fine(text), `the notice: ${text}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a state cut for length is cut between items: n:20 is never read as n:2', async () => {
  // Filler of unknown items, so that "n:20" straddles the 400th character.
  const filler = 'zz:0,'.repeat(79) + 'abc:';
  assert.equal((filler + 'n:20').indexOf('n:20'), 399);
  const { page, context } = await open(env, `?weitsman=${filler}n:20`);
  assert.equal(await page.inputValue('#weitsman-n'), '10', 'the item cut off is dropped whole: the default stands');
  assert.match(await notice(page, 'weitsman'), /too long, so its last setting ignored/);
  await context.close();
});

for (const [what, script] of [
  ['throws', `navigator.clipboard.writeText = () => { throw new Error('no'); };`],
  ['returns no promise', `navigator.clipboard.writeText = () => undefined;`],
]) {
  test(`a clipboard whose writeText ${what} still shows the link, without an error`, async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(`if (navigator.clipboard) { ${script} }`);
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(env.server.url + '#fig-weber');
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await page.click('#fig-weber button:has-text("Copy link to this figure")');
    await page.locator('#fig-weber .figure-link input').waitFor({ state: 'visible' });
    assert.match(await page.inputValue('#fig-weber .figure-link input'), /#fig-weber$/);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/** Opens `suffix` with `setup(page, context)` run first; does not wait for the app. */
async function openFailing(suffix, setup) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await setup(page, context);
  await page.goto(env.server.url + suffix, { waitUntil: 'domcontentloaded' });
  return { page, context };
}

/** What the reader can see and use of figure `name`: its failure line, and whether its controls work. */
const state = (page, name) =>
  page.evaluate((name) => {
    const fig = document.getElementById(`fig-${name}`);
    const line = fig.nextElementSibling && fig.nextElementSibling.matches('.figure-failed') ? fig.nextElementSibling : null;
    const slider = fig.querySelector('input[type="range"]');
    return {
      failed: document.documentElement.getAttribute('data-failed'),
      line: line && getComputedStyle(line).display !== 'none' ? line.textContent : null,
      again: !!(line && line.querySelector('a[href]')),
      sliderUsable: !slider.matches(':disabled'),
      buttonsUsable: !fig.querySelector('.figure-actions button').matches(':disabled'),
      // The download buttons are the page's own markup, outside the fieldsets.
      downloadsUsable: [...fig.querySelectorAll('.export-files button')].some((b) => !b.matches(':disabled')),
      downloadsWaiting: getComputedStyle(fig.querySelector('.export-waiting')).display !== 'none',
      dimmed: Number(getComputedStyle(fig.querySelector('fieldset.controls')).opacity) < 0.6,
      live: fig.hasAttribute('data-live'),
    };
  }, name);

const wasmOf = async (route) => (await route.fetch()).body();

const FAILURES = {
  'the wasm is missing (404)': { why: 'load', setup: (page) => page.route('**/*.wasm', (r) => r.fulfill({ status: 404, body: 'not found' })) },
  'the wasm is garbage': {
    why: 'load',
    setup: (page) => page.route('**/*.wasm', (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: 'not a wasm at all' })),
  },
  'the wasm is cut short': {
    why: 'load',
    setup: (page) =>
      page.route('**/*.wasm', async (r) => {
        const whole = await wasmOf(r);
        await r.fulfill({ status: 200, contentType: 'application/wasm', body: whole.subarray(0, whole.length >> 1) });
      }),
  },
  'the script is served as text/plain': {
    why: 'load',
    setup: (page) =>
      page.route(/alliance-organization-[^/]*\.js$/, async (r) => {
        const response = await r.fetch();
        await r.fulfill({ response, headers: { ...response.headers(), 'content-type': 'text/plain' } });
      }),
  },
  'the browser runs no WebAssembly': { why: 'wasm', setup: (page) => page.addInitScript('delete window.WebAssembly;') },
};

for (const [what, { why, setup }] of Object.entries(FAILURES)) {
  test(`when ${what}, every figure says so in one line, with the link’s settings in words, and its controls do not pretend`, async () => {
    const { page, context } = await openFailing('?weitsman=x0:0.9,view:b', setup);
    assert.ok(await until(() => page.evaluate(() => document.documentElement.hasAttribute('data-failed')), 10000), 'the failure is noticed');
    const weitsman = await state(page, 'weitsman');
    assert.equal(weitsman.failed, why);
    assert.ok(weitsman.line, 'a line after the figure says it could not start');
    assert.match(weitsman.line, /This link asks for: Intensity of the war 0\.9, Chart: Over the war\./);
    assert.equal(weitsman.again, why !== 'wasm', 'a way to try again where trying again may help');
    assert.equal(weitsman.sliderUsable, false, 'its sliders are disabled');
    assert.equal(weitsman.buttonsUsable, false, 'its buttons are disabled');
    assert.equal(weitsman.dimmed, true, 'and are seen to be');
    assert.deepEqual([weitsman.downloadsUsable, weitsman.downloadsWaiting], [false, true], 'its downloads wait for the live figure, and say so');
    for (const name of NAMES) {
      const s = await state(page, name);
      assert.ok(s.line && !s.sliderUsable && !s.live, `${name}: said, and not pretending`);
    }
    // The picture drawn at build time still shows.
    assert.ok(await page.locator('#fig-weitsman .chart-picture svg').first().isVisible());
    await context.close();
  });
}

test('a link cannot put words on the page through the failure line', async () => {
  const { page, context } = await openFailing(`?weitsman=${encodeURIComponent('x0:<b>hi</b>,sign_in_now:1,view:zz')}`, (p) =>
    p.route('**/*.wasm', (r) => r.fulfill({ status: 404 })),
  );
  await until(() => page.evaluate(() => document.documentElement.hasAttribute('data-failed')), 10000);
  const { line } = await state(page, 'weitsman');
  assert.ok(line && !/hi|sign|zz|asks for/.test(line), line);
  await context.close();
});

test('while the wasm is slow, the figures say they are starting and their controls wait; then they come alive', async () => {
  let release;
  const gate = new Promise((r) => (release = r));
  const { page, context } = await openFailing('?weitsman=x0:0.9', (p) =>
    p.route('**/*.wasm', async (r) => {
      await gate;
      await r.continue();
    }),
  );
  // In view: a figure far off screen skips rendering (content-visibility), its animations too.
  await page.locator('#fig-weitsman').scrollIntoViewIfNeeded();
  const starting = page.locator('#fig-weitsman .figure-starting');
  await starting.waitFor({ state: 'visible', timeout: 5000 });
  assert.match(await starting.textContent(), /Starting the live figure/);
  const waiting = await state(page, 'weitsman');
  assert.equal(waiting.sliderUsable, false, 'a slider moved meanwhile cannot contradict the readout');
  assert.equal(waiting.dimmed, true, 'the controls are seen to wait');
  assert.deepEqual([waiting.downloadsUsable, waiting.downloadsWaiting], [false, true], 'the downloads wait too, and say so');
  release();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  const s = await state(page, 'weitsman');
  assert.deepEqual(
    [s.sliderUsable, s.buttonsUsable, s.downloadsUsable, s.downloadsWaiting, s.dimmed, s.line, s.failed],
    [true, true, true, false, false, null, null],
  );
  assert.equal(await starting.isVisible(), false);
  assert.match(await page.locator('#fig-weitsman .readout').innerText(), /0\.90/);
  await context.close();
});

test('after one visit, the essay, a figure page and an embed open offline, live', async () => {
  const { page, problems, context } = await open(env, '', { serviceWorkers: 'allow' });
  // The worker is registered once the page has loaded, fills its cache and takes over.
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 20000 });
  const files = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('alliance-organization-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  assert.ok(files.some((f) => f.endsWith('.wasm')), 'the wasm is cached');
  assert.ok(files.some((f) => f.endsWith('/figures/weber/embed/')), 'the embeds are cached');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.equal(await page.locator('main section.section').count(), 7);
  for (const path of ['figures/weber/?weber=n:4', 'figures/weber/embed/?weber=n:4']) {
    await page.goto(env.server.url + path);
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    assert.equal(await page.inputValue('#weber-n'), '4', `${path}: live, at the link's settings`);
  }
  // Offline requests fail in the worker before it answers from its cache: only those are expected.
  assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(p)), []);
  await context.close();
});

test('a new version replaces the old: its worker takes over, the old cache goes, offline shows the new pages', async () => {
  // A copy of dist/ served on its own origin, then changed in place as the next version would be: a
  // page's text and the worker's version (the build writes a new one whenever a file changes).
  const dir = fs.mkdtempSync(path.join(fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'ao-')), 'dist-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const server = await startServer({ dist: dir });
  const here = { ...env, server };
  try {
    const { page, problems, context } = await open(here, '', { serviceWorkers: 'allow' });
    await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 20000 });
    const ours = () =>
      page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('alliance-organization-')));
    const [first] = await ours();
    assert.ok(first, 'the first version is cached');

    const worker = path.join(dir, 'sw.js');
    const source = fs.readFileSync(worker, 'utf8');
    const version = /const VERSION = '([0-9a-f]+)';/.exec(source)?.[1];
    assert.ok(version && first.endsWith(version), `the cache is named for the worker's version (${first})`);
    fs.writeFileSync(worker, source.replace(`'${version}'`, `'${version}0'`));
    const index = path.join(dir, 'index.html');
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('</main>', '<p id="next-version">The next version.</p></main>'));

    // Online, the page comes from the network at once, and the navigation finds the new worker.
    await page.reload();
    await page.waitForSelector('#next-version', { state: 'attached' });
    // The navigation's check for a new worker runs once the page has loaded; the new worker then
    // fills its cache and deletes the old one.
    const next = `alliance-organization-${version}0`;
    assert.ok(await until(async () => (await ours()).join() === next, 30000), `the cache becomes ${next}: ${await ours()}`);
    // Offline, the new version's page and its figures, from the new cache alone.
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    assert.equal(await page.locator('#next-version').count(), 1, 'offline, the page is the new version');
    assert.deepEqual(await ours(), [`alliance-organization-${version}0`], 'one cache, the new one');
    assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(p)), []);
    await context.close();
  } finally {
    await server.close();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  }
});

for (const zoom of [2, 3]) {
  test(`with CSS zoom ${zoom * 100} % on <html>, the layout stays whole and the charts sharp`, async () => {
    const { page, problems, context } = await open(env, '#fig-weitsman', { viewport: { width: 1280, height: 800 } });
    await page.evaluate((z) => (document.documentElement.style.zoom = z), String(zoom));
    await page.locator('#fig-weitsman').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const look = await page.evaluate(() => {
      const html = document.documentElement;
      const rect = (sel) => document.querySelector(sel).getBoundingClientRect();
      const overlap = (a, b) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
      const canvas = document.querySelector('#fig-weitsman canvas');
      return {
        sideways: html.scrollWidth - html.clientWidth,
        tocOverText: overlap(rect('.toc'), rect('main section.section p')),
        tocOverFigure: overlap(rect('.toc'), rect('#fig-weitsman')),
        backing: canvas.width,
        shown: canvas.getBoundingClientRect().width * devicePixelRatio,
      };
    });
    assert.ok(look.sideways <= 1, `nothing scrolls sideways (${look.sideways} px)`);
    assert.equal(look.tocOverText, 0, 'the contents do not cover the text');
    assert.equal(look.tocOverFigure, 0, 'the contents do not cover the figure');
    assert.ok(look.shown > 200, `the chart has room (${look.shown} px)`);
    assert.ok(Math.abs(look.backing - look.shown) <= 2, `one canvas pixel per screen pixel: ${look.backing} for ${look.shown}`);
    const before = await page.locator('#fig-weitsman .readout').innerText();
    await page.focus('#weitsman-x0');
    await page.keyboard.press('End');
    assert.ok(await until(async () => (await page.locator('#fig-weitsman .readout').innerText()) !== before));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('an embed that cannot start says so once, in its own line, with the link’s settings and a way to open it live', async () => {
  const { page, context } = await openFailing('figures/weitsman/embed/?weitsman=x0:0.9', (p) => p.route('**/*.wasm', (r) => r.fulfill({ status: 404 })));
  const line = page.locator('.embed-failed');
  await line.waitFor({ state: 'visible', timeout: 10000 });
  assert.match(await line.innerText(), /could not start in this frame.*This link asks for: Intensity of the war 0\.9\. Open it live/s);
  assert.equal(await page.locator('.figure-failed').count(), 0, 'one line, not two');
  assert.equal(await page.locator('#weitsman-x0').isDisabled(), true);
  await context.close();
});

test('the precompressed files are the files: a host that serves them serves the same bytes, and the essay runs', async () => {
  for (const file of ['index.html', 'figures/weber/embed/index.html', 'sw.js', ...fs.readdirSync(DIST).filter((f) => /\.(wasm|js)$/.test(f))]) {
    const whole = fs.readFileSync(path.join(DIST, file));
    assert.ok(zlib.brotliDecompressSync(fs.readFileSync(path.join(DIST, `${file}.br`))).equals(whole), `${file}.br`);
    assert.ok(zlib.gunzipSync(fs.readFileSync(path.join(DIST, `${file}.gz`))).equals(whole), `${file}.gz`);
  }
  const server = await startServer({ precompressed: true });
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const encodings = [];
  page.on('response', (r) => encodings.push(`${new URL(r.url()).pathname.split('/').pop() || 'page'} ${r.headers()['content-encoding']}`));
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.ok(encodings.some((e) => /^page (br|gzip)$/.test(e)), encodings.join(', '));
  assert.ok(encodings.some((e) => /\.wasm (br|gzip)$/.test(e)), encodings.join(', '));
  await context.close();
  await server.close();
});
