import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { start, open, figureNames } from '../helpers.js';

const require = createRequire(import.meta.url);
let env;
let axeSource;
before(async () => {
  env = await start();
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
});
after(async () => env.close());

// axe-core is put into the page as a reader's tool would be: exempt from the page's security policy
// (Chromium exempts extensions' content scripts).
const openWithTool = (env, suffix = '', options = {}) => open(env, suffix, { bypassCSP: true, ...options });

async function violations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations in the ${colorScheme} theme`, async () => {
    const { page, context } = await openWithTool(env, '', { colorScheme });
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
}

test('axe-core finds no violations in forced colours, with every figure’s details open', async () => {
  const { page, context } = await openWithTool(env, '', { forcedColors: 'active' });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  assert.deepEqual(await violations(page), []);
  await context.close();
});

test('axe-core finds no violations with a note popover open', async () => {
  const { page, context } = await openWithTool(env);
  await page.focus('#noteref-4');
  await page.locator('#note-popover').waitFor();
  assert.deepEqual(await violations(page), []);
  await context.close();
});

test('axe-core finds no violations with a glossary term open and the citation shown', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openWithTool(env, '', { colorScheme });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.focus('a.term[data-term="guns-and-butter"]');
    await page.locator('#note-popover').waitFor();
    assert.deepEqual(await violations(page), [], colorScheme);
    await context.close();
  }
});

test('axe-core finds no violations in the figure: view over the war, a notice and the link shown', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openWithTool(env, '?weitsman=view:b,zz:1#fig-weitsman', { colorScheme });
    await page.locator('#fig-weitsman .notice').waitFor();
    await page.click('#fig-weitsman button:has-text("Copy link to this figure")');
    await page.locator('#fig-weitsman .figure-link input').waitFor();
    await page.evaluate(() => document.querySelectorAll('#fig-weitsman details').forEach((d) => (d.open = true)));
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => window.axe.run('#fig-weitsman', { resultTypes: ['violations'] }));
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
    assert.deepEqual(found, [], colorScheme);
    await context.close();
  }
});

test('axe-core finds no violations in every figure with its details open, Kimball’s frontier included', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openWithTool(env, '?kimball=view:b&signals=r:1', { colorScheme });
    await page.evaluate(() => document.querySelectorAll('figure details').forEach((d) => (d.open = true)));
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => window.axe.run('main', { resultTypes: ['violations'] }));
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
    assert.deepEqual(found, [], colorScheme);
    await context.close();
  }
});

test('axe-core finds no violations on every figure’s own page, light and dark, its details open', async () => {
  for (const name of figureNames()) {
    for (const colorScheme of ['light', 'dark']) {
      const { page, context } = await openWithTool(env, `figures/${name}/`, { colorScheme });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      assert.deepEqual(await violations(page), [], `figures/${name}/ (${colorScheme})`);
      await context.close();
    }
  }
});

test('axe-core finds no violations on every figure’s embed page, light and dark, and in a short frame that tucks', async () => {
  for (const name of figureNames()) {
    for (const [colorScheme, viewport] of [['light', { width: 1000, height: 1300 }], ['dark', { width: 360, height: 700 }]]) {
      const { page, context } = await openWithTool(env, `figures/${name}/embed/`, { colorScheme, viewport });
      if (viewport.width === 360) {
        assert.ok(await page.locator('.embed-more').isVisible(), `${name}: a short frame tucks, behind "More"`);
      }
      assert.deepEqual(await violations(page), [], `figures/${name}/embed/ (${colorScheme}, ${viewport.width} px)`);
      await context.close();
    }
  }
});
