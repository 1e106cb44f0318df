import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open } from '../helpers.js';
import { BASE_PATH } from '../server.js';

let env;
before(async () => (env = await start()));
after(async () => env.close());

test('the essay loads under a sub-path with no console errors and no request outside the origin', async () => {
  const { page, problems, outside, context } = await open(env);
  assert.equal(await page.locator('main section.section').count(), 7);
  assert.equal(await page.locator('main section.section > p').count(), 8);
  assert.equal(await page.locator('sup.note-ref a').count(), 18);
  assert.equal(await page.locator('#notes li').count(), 18);
  assert.equal(await page.locator('#bibliography li').count(), 23);
  assert.equal(await page.locator('figure[data-sim]').count(), 6);
  assert.match(await page.locator('h1').innerText(), /Alliance Organization/);
  assert.match(await page.locator('.byline').innerText(), /Sam Seitz/);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(problems, []);
  assert.deepEqual(outside, []);
  const stray = env.server.requests.filter((p) => !p.startsWith(BASE_PATH));
  assert.deepEqual(stray, [], 'every request stays under the sub-path');
  await context.close();
});

test('the first paragraph is the review’s, word for word', async () => {
  const { page, context } = await open(env);
  const first = await page.locator('main section.section > p').first().innerText();
  assert.ok(first.startsWith('The literature on alliances has focused largely on answering questions'), first);
  await context.close();
});
