// Printing: every chart is drawn for paper at its current settings, whether or not it came near the
// screen, in dark ink from the dark scheme too; no control prints, and each setting is stated in words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, figureNames } from '../helpers.js';

let env;
before(async () => (env = await start()));
after(async () => env.close());

const NAMES = figureNames();

/** Fires `beforeprint` and switches to print media, as the browser does when it prints. */
async function printing(page) {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
}

/** Per figure: ink on its canvas, the darkest and mean lightness of its coloured pixels, controls shown. */
const onPaper = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('figure[data-sim]')].map((fig) => {
      const c = fig.querySelector('canvas');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      let coloured = 0;
      let light = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i + 3] < 200) continue;
        ink++;
        const [r, g, b] = [d[i], d[i + 1], d[i + 2]];
        // Coloured: the lines (blue and orange), not the grey of grid, axes and labels.
        if (Math.max(r, g, b) - Math.min(r, g, b) > 60) {
          coloured++;
          light += (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        }
      }
      const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const controls = [...fig.querySelectorAll('button, input, select, textarea')].filter(visible).length;
      const settings = [...fig.querySelectorAll('.controls .control')].filter(visible).map((el) => el.innerText.replace(/\s+/g, ' ').trim());
      return {
        name: fig.dataset.sim,
        shown: visible(c),
        ink,
        coloured,
        meanLight: coloured ? light / coloured : 1,
        controls,
        settings,
      };
    }),
  );

for (const colorScheme of ['light', 'dark']) {
  test(`printing the essay from the ${colorScheme} scheme draws every chart in dark ink, with settings in words and no controls`, async () => {
    const { page, context, problems } = await open(env, `?weitsman=x0:0.9`, { colorScheme });
    await printing(page);
    const figures = await onPaper(page);
    assert.deepEqual(figures.map((f) => f.name), NAMES);
    for (const f of figures) {
      assert.ok(f.shown, `${f.name}: its canvas prints`);
      assert.ok(f.ink > 2000, `${f.name}: its chart has ink (${f.ink} pixels), though never scrolled to`);
      assert.ok(f.coloured > 200, `${f.name}: its coloured lines are drawn (${f.coloured})`);
      assert.ok(f.meanLight < 0.45, `${f.name}: its lines are dark on paper (mean lightness ${f.meanLight.toFixed(2)})`);
      assert.equal(f.controls, 0, `${f.name}: no control on paper`);
      assert.ok(f.settings.length >= 2, `${f.name}: its settings are stated`);
      for (const s of f.settings) assert.match(s, /[a-z]{3}.*\s\S+$/i, `${f.name}: "${s}" names a setting and its value`);
    }
    // The text too is dark on light paper, from either scheme.
    const ink = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.querySelector('main section.section p')).color]);
    for (const c of ink) assert.ok(c.match(/\d+/g).slice(0, 3).every((v) => Number(v) < 80), `the text prints dark: ${c}`);
    // The link's settings are the printed ones.
    const weitsman = figures.find((f) => f.name === 'weitsman');
    assert.ok(weitsman.settings.some((s) => /0\.90/.test(s)), `the linked setting prints: ${weitsman.settings.join('; ')}`);
    // Back on screen, the screen's colours return.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a figure page prints as one page: chart, readout, settings, passage, questions, its address and its data table open', async () => {
  for (const name of NAMES) {
    const { page, context, problems } = await open(env, `figures/${name}/`, { colorScheme: 'dark' });
    await printing(page);
    const shown = await page.evaluate(() => {
      const visible = (sel) => [...document.querySelectorAll(sel)].some((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0);
      return {
        table: visible('details.data table'),
        readout: visible('.readout'),
        question: visible('.figure-question'),
        away: [...document.querySelectorAll('a.figure-away')].map((a) => getComputedStyle(a, '::after').content).join(' '),
      };
    });
    assert.ok(shown.table, `${name}: the data table prints open`);
    assert.ok(shown.readout && shown.question, `${name}: readout and question print`);
    assert.match(shown.away, /fig-/, `${name}: the address that reproduces it prints`);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, `${name}: one page (${pages})`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
