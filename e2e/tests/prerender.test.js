import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, openGated, inView, until } from '../helpers.js';

let env;
before(async () => (env = await start()));
after(async () => env.close());

test('the HTML as served, before any script, holds the whole essay', async () => {
  const html = await (await fetch(env.server.url)).text();
  assert.ok(html.includes('has focused largely on answering questions concerning alliance formation'), 'first paragraph');
  assert.ok(html.includes('simply by retooling much of the existing literature on military alliances.'), 'last paragraph');
  assert.equal((html.match(/<li id="note-\d+"/g) ?? []).length, 18, 'eighteen notes');
  const [bibliography, further] = html.split('id="further-reading"');
  assert.equal((bibliography.match(/<li id="ref-[a-z0-9-]+"/g) ?? []).length, 23, 'twenty-three references');
  assert.equal((further.match(/<li id="ref-[a-z0-9-]+"/g) ?? []).length, 7, 'seven works of further reading');
  assert.match(html, /<body><a href="#[a-z-]+" class="skip-link">/, 'the app starts right after <body>');
});

test('with JavaScript off the essay is whole and its links work', async () => {
  const { page, problems, context } = await open(env, '', { javaScriptEnabled: false, waitForApp: false });
  assert.equal(await page.locator('main section.section > p').count(), 8);
  assert.equal(await page.locator('#notes li').count(), 18);
  assert.equal(await page.locator('#bibliography li').count(), 23);
  await page.click('#noteref-11');
  assert.equal(new URL(page.url()).hash, '#note-11');
  assert.ok(await until(() => inView(page, '#note-11')), 'note 11 in view');
  await page.click('#note-11 a.backref');
  assert.ok(await until(() => inView(page, '#noteref-11')), 'back at marker 11');
  await page.click('#note-11 a.cite');
  assert.equal(new URL(page.url()).hash, '#ref-weber-s1992');
  await page.click('nav.toc a[href="#research-agenda"]');
  assert.ok(await until(() => inView(page, '#research-agenda')), 'section 7 in view');
  assert.equal(await page.locator('.without-script').first().isVisible(), true, 'figures say what they need');
  assert.deepEqual(problems, []);
  await context.close();
});

test('hydration adopts the pre-rendered DOM: same nodes, scroll kept, everything works, nothing logged', async () => {
  const { page, context, problems, release } = await openGated(env);
  await page.waitForSelector('#notes li');
  const tagged = await page.evaluate(() => {
    // Citations are rewritten after hydration, once the page knows its address: left out.
    window.__tagged = 'main p:not(.cite-block *):not(.cite-figure *), main h2, #notes li, #bibliography li, nav.toc a, sup.note-ref a, a.term, a.tn-ref';
    window.__before = [...document.querySelectorAll(window.__tagged)];
    window.scrollTo(0, 2400);
    return window.__before.length;
  });
  assert.ok(tagged > 100, `tagged ${tagged} nodes`);
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-ready')), false, 'not hydrated yet');
  release();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  const same = await page.evaluate(() => {
    const after = [...document.querySelectorAll(window.__tagged)];
    return after.length === window.__before.length && after.every((node, i) => node === window.__before[i]);
  });
  assert.ok(same, 'every tagged node is the same object after hydration');
  assert.equal(await page.evaluate(() => scrollY), 2400, 'the reading position is kept');
  await page.focus('#noteref-3');
  const popover = page.locator('#note-popover');
  await popover.waitFor({ state: 'visible' });
  assert.match(await popover.innerText(), /Network Dynamics/);
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'detached' });
  await page.evaluate(() => document.getElementById('why-it-matters').scrollIntoView());
  assert.ok(await until(async () => (await page.locator('nav.toc a[aria-current="location"]').getAttribute('href').catch(() => null)) === '#why-it-matters'), 'the contents follow the scroll');
  assert.equal(await page.locator('.without-script').first().isVisible(), false, 'no-script hints hide');
  assert.deepEqual(problems, []);
  await context.close();
});
