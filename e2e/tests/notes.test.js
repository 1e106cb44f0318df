import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, inView, until } from '../helpers.js';

let env;
before(async () => (env = await start()));
after(async () => env.close());

test('a note marker leads to its note and the note’s back link returns to the marker', async () => {
  const { page, problems, context } = await open(env);
  await page.click('#noteref-7');
  assert.equal(new URL(page.url()).hash, '#note-7');
  assert.ok(await until(() => inView(page, '#note-7')), 'note 7 is in view');
  assert.match(await page.locator('#note-7').innerText(), /Waging War/);
  await page.click('#note-7 a.backref');
  assert.equal(new URL(page.url()).hash, '#noteref-7');
  assert.ok(await until(() => inView(page, '#noteref-7')), 'marker 7 is in view');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the popover works with the keyboard alone', async () => {
  const { page, problems, context } = await open(env);
  let focused = '';
  for (let i = 0; i < 80 && focused !== 'noteref-1'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.id ?? '');
  }
  assert.equal(focused, 'noteref-1', 'Tab reaches the first note marker');
  const popover = page.locator('#note-popover');
  await popover.waitFor({ state: 'visible' });
  assert.match(await popover.innerText(), /Defense Pacts: A Prescription for Peace/);
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'noteref-1', 'focus stays on the marker');
  await page.keyboard.press('Tab'); // the citation of Waltz
  await page.keyboard.press('Tab'); // the citation of Walt
  await page.keyboard.press('Tab'); // the glossary's balance of power
  await page.keyboard.press('Tab'); // the glossary's balance of threat
  await page.keyboard.press('Tab'); // note 2
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'noteref-2');
  await popover.waitFor({ state: 'visible' });
  assert.match(await popover.innerText(), /The Origins of Alliances/);
  await page.keyboard.press('Enter');
  assert.equal(new URL(page.url()).hash, '#note-2');
  assert.ok(await until(() => inView(page, '#note-2')), 'note 2 is in view');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a touch screen the first tap opens the note in place without leaving the text', async () => {
  const { page, problems, context } = await open(env, '', {
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
  });
  await page.locator('#noteref-5').scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => scrollY);
  await page.tap('#noteref-5');
  const popover = page.locator('#note-popover');
  await popover.waitFor({ state: 'visible' });
  assert.match(await popover.innerText(), /Hierarchy in International Relations/);
  assert.equal(new URL(page.url()).hash, '', 'the tap did not navigate');
  assert.equal(await page.evaluate(() => scrollY), before, 'the reading position is kept');
  const b = await popover.boundingBox();
  assert.ok(b.x >= 0 && b.x + b.width <= 360, `popover fits the screen: ${JSON.stringify(b)}`);
  await page.tap('h1');
  await popover.waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  await context.close();
});
