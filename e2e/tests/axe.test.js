import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { start, open } from '../helpers.js';

const require = createRequire(import.meta.url);
let env;
let axeSource;
before(async () => {
  env = await start();
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
});
after(async () => env.close());

async function violations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations in the ${colorScheme} theme`, async () => {
    const { page, context } = await open(env, '', { colorScheme });
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
}

test('axe-core finds no violations with a note popover open', async () => {
  const { page, context } = await open(env);
  await page.focus('#noteref-4');
  await page.locator('#note-popover').waitFor();
  assert.deepEqual(await violations(page), []);
  await context.close();
});
