import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open } from '../helpers.js';

let env;
before(async () => (env = await start()));
after(async () => env.close());

const JUNK = [
  '?weitsman=%%%&x=%3Cscript%3Ealert(1)%3C/script%3E&n=NaN&n=1e999',
  '#%E0%A4%A',
  '#%3Cimg%20src=x%20onerror=alert(1)%3E',
  '#' + 'x'.repeat(5000),
  '?a=1#note-999',
  '?' + encodeURIComponent('\u0000\uffff') + '#ref-',
];

for (const suffix of JUNK) {
  test(`junk in the URL leaves the page whole: ${suffix.slice(0, 40)}`, async () => {
    const { page, problems, context } = await open(env, suffix);
    assert.equal(await page.locator('main section.section').count(), 7);
    assert.equal(await page.locator('#notes li').count(), 18);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const width of [360, 1280, 3840]) {
  test(`nothing scrolls sideways at ${width} px`, async () => {
    const { page, context } = await open(env, '', { viewport: { width, height: 800 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the viewport`);
    await context.close();
  });
}

test('the print view keeps text, notes and references and drops the navigation', async () => {
  const { page, context } = await open(env);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('nav.toc').isVisible(), false, 'no contents in print');
  assert.equal(await page.locator('.skip-link').isVisible(), false);
  assert.equal(await page.locator('#note-18').isVisible(), true, 'notes are printed');
  assert.equal(await page.locator('#ref-weitsman2014').isVisible(), true, 'references are printed');
  const after = await page.evaluate(() => getComputedStyle(document.querySelector('a[rel="external"]'), '::after').content);
  assert.match(after, /attr\(href\)|aspistrategist/, 'external links print their address');
  await context.close();
});
