import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, inView, until, box } from '../helpers.js';

let env;
before(async () => (env = await start()));
after(async () => env.close());

test('a section URL opens scrolled to that section and the contents mark it', async () => {
  const { page, problems, context } = await open(env, '#domestic-roots');
  assert.ok(await until(async () => {
    const b = await box(page, '#domestic-roots');
    return b && Math.abs(b.top) < 60;
  }), 'the section is at the top of the viewport');
  const current = page.locator('nav.toc a[aria-current="location"]');
  await current.waitFor();
  assert.equal(await current.getAttribute('href'), '#domestic-roots');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a reference URL opens at its entry, and citations in the text link to entries', async () => {
  const { page, context } = await open(env, '#ref-weitsman2014');
  assert.ok(await until(() => inView(page, '#ref-weitsman2014')));
  assert.equal(
    await page.locator('#alliances-and-coalitions a.cite', { hasText: 'Patricia Weitsman' }).getAttribute('href'),
    '#ref-weitsman2014',
  );
  await context.close();
});

test('scrolling moves the contents’ mark from section to section', async () => {
  const { page, context } = await open(env);
  await page.locator('#research-agenda').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('research-agenda').scrollIntoView());
  const current = page.locator('nav.toc a[aria-current="location"]');
  assert.ok(await until(async () => (await current.getAttribute('href').catch(() => null)) === '#research-agenda'));
  await context.close();
});
