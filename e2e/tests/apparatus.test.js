// This edition's apparatus as a reader meets it: glossary terms read in place (hover, keyboard, tap),
// textual notes linked both ways, and citations of the edition and of a figure that a reference manager
// can read (BibTeX parsed by a real parser, the figure's carrying its current settings).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { start, open, inView, until } from '../helpers.js';

const require = createRequire(import.meta.url);
const bibtex = require('astrocite-bibtex');

let env;
before(async () => (env = await start()));
after(async () => env.close());

// The first use of "guns and butter" in section 4.
const termSelector = 'a.term[data-term="guns-and-butter"]';

test('a glossary term opens its definition in place on hover, and closes when the pointer leaves', async () => {
  const { page, problems, context } = await open(env);
  await page.locator(termSelector).scrollIntoViewIfNeeded();
  await page.hover(termSelector);
  const popover = page.locator('#note-popover');
  await popover.waitFor({ state: 'visible' });
  const text = await popover.textContent();
  assert.match(text, /Guns and butter/);
  assert.match(text, /dividing finite resources between military spending/);
  assert.match(text, /glossary of this edition/i);
  await page.mouse.move(5, 5);
  await popover.waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a glossary term opens with the keyboard, is described by its definition, and Escape closes it', async () => {
  const { page, problems, context } = await open(env);
  await page.focus(termSelector);
  const popover = page.locator('#note-popover');
  await popover.waitFor({ state: 'visible' });
  assert.match(await popover.textContent(), /Guns and butter/);
  // A screen reader hears the definition with the term: a fixed description, present before focus.
  const described = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return document.getElementById(el.getAttribute('aria-describedby'))?.textContent ?? '';
  }, termSelector);
  assert.match(described, /dividing finite resources/);
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'detached' });
  await page.keyboard.press('Enter');
  assert.equal(new URL(page.url()).hash, '#term-guns-and-butter', 'Enter follows the link to the glossary');
  assert.ok(await until(() => inView(page, '#term-guns-and-butter')), 'the entry is in view');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a touch screen the first tap on a term reads it in place without leaving the text', async () => {
  const { page, problems, context } = await open(env, '', {
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
  });
  await page.locator(termSelector).scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => scrollY);
  await page.tap(termSelector);
  const popover = page.locator('#note-popover');
  await popover.waitFor({ state: 'visible' });
  assert.match(await popover.textContent(), /Guns and butter/);
  assert.equal(new URL(page.url()).hash, '', 'the tap did not navigate');
  assert.equal(await page.evaluate(() => scrollY), before, 'the reading position is kept');
  const b = await popover.boundingBox();
  assert.ok(b.x >= 0 && b.x + b.width <= 360, `popover fits the screen: ${JSON.stringify(b)}`);
  await page.tap('h1');
  await popover.waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a term linked in two sections opens at each use: a tap on the second use moves it there, no jump', async () => {
  const { page, problems, context } = await open(env, '', {
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
  });
  const first = '#state-of-theory a.term[data-term="institutionalization"]';
  const second = '#alliances-and-coalitions a.term[data-term="institutionalization"]';
  await page.locator(first).scrollIntoViewIfNeeded();
  await page.tap(first);
  const popover = page.locator('#note-popover');
  await popover.waitFor({ state: 'visible' });
  const at = async () => (await popover.boundingBox()).y + (await page.evaluate(() => scrollY));
  const y1 = await at();
  await page.locator(second).scrollIntoViewIfNeeded();
  await page.tap(second);
  await popover.waitFor({ state: 'visible' });
  assert.equal(new URL(page.url()).hash, '', 'the second use read in place, not followed');
  assert.ok(Math.abs((await at()) - y1) > 200, 'the popover moved to the second use');
  assert.match(await popover.textContent(), /Institutionalization/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a textual-note dagger leads to the edition’s note and each of its back links returns to a marker', async () => {
  const { page, problems, context } = await open(env);
  await page.click('#tnref-reliably-effect');
  assert.equal(new URL(page.url()).hash, '#tn-reliably-effect');
  assert.match(await page.locator('#tn-reliably-effect').innerText(), /reliably affect/);
  await page.click('#tn-reliably-effect a.backref');
  assert.equal(new URL(page.url()).hash, '#tnref-reliably-effect');
  assert.ok(await until(() => inView(page, '#tnref-reliably-effect')), 'the marker is in view');
  // A note with several markers links back to each.
  const backs = await page.locator('#tn-palo-alto a.backref').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(backs.length, 4, backs.join(' '));
  for (const href of backs) {
    assert.equal(await page.locator(href).count(), 1, `${href} exists`);
  }
  // The review's words are untouched: the dagger is a link of its own, not inside his text.
  assert.equal(await page.locator('#tnref-reliably-effect').innerText(), '†');
  assert.deepEqual(problems, []);
  await context.close();
});

/** The text behind a data: download link. */
async function download(page, selector) {
  const href = await page.locator(selector).getAttribute('href');
  assert.ok(href.startsWith('data:'), href.slice(0, 40));
  return decodeURIComponent(href.slice(href.indexOf(',') + 1));
}

test('the edition’s BibTeX parses, names the review’s author without dating his review, and carries this address', async () => {
  const { page, problems, context } = await open(env, '#cite');
  await until(async () => (await page.locator('.cite-block .cite-full').innerText()).includes('http'));
  const source = await download(page, '.cite-block a.cite-bibtex');
  const [entry, ...rest] = bibtex.parse(source);
  assert.equal(rest.length, 0, source);
  assert.deepEqual(entry.author, [{ family: 'Seitz', given: 'Sam' }]);
  assert.match(entry.title, /Literature review/);
  assert.equal(entry.issued, undefined, 'no year: the review is undated');
  const here = new URL(page.url());
  assert.equal(entry.URL, here.origin + here.pathname);
  assert.match(source, /title supplied by the edition/);
  const ris = await download(page, '.cite-block a.cite-ris');
  assert.match(ris, /^TY {2}- ELEC\r\n/);
  assert.match(ris, /\r\nAU {2}- Seitz, Sam\r\n/);
  assert.match(ris, new RegExp(`\\r\\nUR {2}- ${(here.origin + here.pathname).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\r\\n`));
  assert.match(ris, /\r\nER {2}- \r\n$/);
  assert.match(await page.locator('.cite-block .cite-full').innerText(), /^Seitz, Sam\. n\.d\./);
  // At the foot of the page the contents mark the citation, which cannot scroll up to the reading line.
  assert.ok(
    await until(async () => (await page.locator('nav.toc a[aria-current="location"]').getAttribute('href').catch(() => null)) === '#cite'),
    'the contents mark “Cite this edition”',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('a figure’s BibTeX parses and carries its current settings and the address that reproduces them', async () => {
  const { page, problems, context } = await open(env, '#fig-kimball');
  await page.focus('#kimball-gamma');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  assert.equal(await page.inputValue('#kimball-gamma'), '0.3');
  await page.click('#fig-kimball .cite-figure summary');
  const source = await download(page, '#fig-kimball a.cite-bibtex');
  const [entry] = bibtex.parse(source);
  assert.equal(entry.title, 'Figure 4: Guns, butter and free riding');
  assert.match(entry.note, /after Olson and Zeckhauser 1966, set beside Kimball 2010/);
  assert.match(entry.note, /Share of the partner’s defense that protects you: 30%/);
  const url = new URL(entry.URL);
  assert.equal(url.searchParams.get('kimball'), 'gamma:0.3');
  assert.equal(url.hash, '#fig-kimball');
  // The address reproduces the figure: open it and the slider stands where it was.
  const again = await open(env, url.search + url.hash);
  assert.equal(await again.page.inputValue('#kimball-gamma'), '0.3');
  await again.context.close();
  assert.match(await page.locator('#fig-kimball .cite-figure .cite-full').innerText(), /^“Figure 4: Guns, butter and free riding\.”/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every passage, list and figure of this edition carries the words “This edition”, and print keeps them', async () => {
  const { page, problems, context } = await open(env);
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll('.ours, .figure')]
      .filter((el) => !el.querySelector(':scope > .edition-label'))
      .map((el) => el.id || el.className),
  );
  assert.deepEqual(unlabelled, []);
  const count = await page.locator('.edition-label').count();
  assert.ok(count > 25, `${count} labels`);
  // In words, so copied text keeps them.
  assert.equal(await page.locator('.edition-label').first().textContent(), 'This edition');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() =>
    [...document.querySelectorAll('.edition-label')].filter((el) => getComputedStyle(el).display === 'none').length,
  );
  assert.equal(printed, 0, 'every label prints');
  assert.deepEqual(problems, []);
  await context.close();
});
