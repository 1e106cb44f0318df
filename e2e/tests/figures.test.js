// The five figures after the flagship, driven the way a reader drives them: the keyboard moves a slider and
// the readout and the canvas change; a URL sets several figures at once; "try this" sets its values; bad
// URL values are repaired; everything fits at 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, until } from '../helpers.js';

let env;
before(async () => (env = await start()));
after(async () => env.close());

// For each figure: its default readout (reference values), a slider to move with the keyboard, how many
// steps, the value and readout that follow, and its first "try this" prompt with the values it sets.
const FIGURES = [
  {
    name: 'mattes',
    start: /^With a 60\/40 split, the weaker ally wants safeguards at 0\.36 and the pair’s power-weighted demand is 0\.19 against a cost of 0\.15: the model gives a tightly institutionalized design\. Past a 75\/25 split/,
    slider: 's', presses: 25, value: '0.85',
    after: /^With an 85\/15 split, .* the model gives a loose design\./,
    tryThis: 'A lopsided pair: 85/15', sets: { s: '0.85' },
  },
  {
    name: 'weber',
    start: /^With 5 partners each 10% of the hub’s strength, pooling adds 0\.10 and costs the hub 0\.24 in freedom of action: hub-and-spoke serves it better\. Pooling pays from about 18%\./,
    slider: 'w', presses: 20, value: '0.3',
    after: /^With 5 partners each 30% of the hub’s strength, .*: multilateral pooling serves it better\./,
    tryThis: 'Three members', sets: { n: '3' },
  },
  {
    name: 'kimball',
    start: /^The small ally spends 0% of its income on defense \(alone: 20%\), the large ally 20%; it shifts 100% of its stand-alone defense budget to domestic programs\. Counted as the extra income each would need alone to be as well off, the alliance is worth 45% of its income to the small ally and nothing to the large one, which spends what it would alone\.$/,
    slider: 'gamma', presses: -10, value: '0.3',
    after: /^The small ally spends 4% of its income on defense \(alone: 20%\).* and under 1% to the large one\.$/,
    tryThis: 'Spillover below the threshold', sets: { gamma: '0.3' },
  },
  {
    name: 'signals',
    start: /^After effort worth 30% of the alliance the partner is 52% sure; it needs 80%, reached at effort worth 50%\.$/,
    slider: 'f0', presses: 25, value: '0.55',
    after: /^After effort worth 55% of the alliance the partner is (8\d|9\d)% sure/,
    tryThis: 'A signal that tracks nothing', sets: { r: '1' },
  },
  {
    name: 'specialize',
    start: /^At 50% consolidation the alliance spends 89% of the duplicated budget and fields 95% of its capability; the same cut made by each member alone, uncoordinated, leaves 84%\. Spending is the same either way, by construction\./,
    slider: 'z0', presses: 50, value: '1',
    after: /^At 100% consolidation the alliance spends 78% of the duplicated budget and fields 90% of its capability/,
    tryThis: 'Little overhead, three members, unreliable partners', sets: { n: '3', phi: '0.1', delta: '0.2' },
  },
];

// textContent, not innerText: figures off screen are not laid out (content-visibility: auto).
const readout = (page, name) => page.locator(`#fig-${name} .readout`).textContent();
const pixels = (page, name) => page.evaluate((n) => document.querySelector(`#fig-${n} canvas`).toDataURL(), name);
const inked = (page, name) =>
  page.evaluate((n) => {
    // Read through a copy, so polling does not make Chromium warn about repeated readbacks.
    const c = document.querySelector(`#fig-${n} canvas`);
    if (!c.width || !c.height) return 0;
    const copy = document.createElement('canvas');
    copy.width = c.width;
    copy.height = c.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(c, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let k = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) k++;
    return k;
  }, name);

for (const f of FIGURES) {
  test(`${f.name}: the keyboard moves a slider and the readout, the canvas and the URL follow`, async () => {
    const { page, problems, context } = await open(env, `#fig-${f.name}`);
    assert.ok(await until(async () => (await inked(page, f.name)) > 1000), 'the chart is drawn');
    assert.match(await readout(page, f.name), f.start);
    const before = await pixels(page, f.name);
    await page.focus(`#${f.name}-${f.slider}`);
    const key = f.presses > 0 ? 'ArrowRight' : 'ArrowLeft';
    for (let i = 0; i < Math.abs(f.presses); i++) await page.keyboard.press(key);
    assert.equal(await page.inputValue(`#${f.name}-${f.slider}`), f.value);
    assert.match(await readout(page, f.name), f.after);
    assert.ok(await until(async () => (await pixels(page, f.name)) !== before), 'the canvas changed');
    const label = await page.getAttribute(`#${f.name}-${f.slider}`, 'aria-valuetext');
    assert.ok(label && label.length > 0, 'the slider says its value in words');
    assert.ok(
      await until(() => page.url().includes(`${f.name}=${f.slider}:${f.value}`)),
      `URL kept current: ${page.url()}`,
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${f.name}: a try-this prompt sets its values, and reset restores the defaults`, async () => {
    const { page, problems, context } = await open(env, `#fig-${f.name}`);
    await page.click(`#fig-${f.name} .try-this button:has-text("${f.tryThis}")`);
    for (const [key, value] of Object.entries(f.sets)) {
      assert.equal(await page.inputValue(`#${f.name}-${key}`), value, key);
    }
    await page.click(`#fig-${f.name} button:has-text("Reset")`);
    assert.match(await readout(page, f.name), f.start);
    assert.ok(await until(() => !page.url().includes(`${f.name}=`)), page.url());
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a URL that sets several figures at once opens with all of them', async () => {
  const query = '?mattes=s:0.85&weber=n:10,w:0.2&kimball=gamma:0.3,view:b&signals=r:1&specialize=z0:1&weitsman=n:2';
  const { page, problems, context } = await open(env, `${query}#fig-kimball`);
  assert.equal(await page.inputValue('#mattes-s'), '0.85');
  assert.equal(await page.inputValue('#weber-n'), '10');
  assert.equal(await page.inputValue('#weber-w'), '0.2');
  assert.equal(await page.inputValue('#kimball-gamma'), '0.3');
  assert.equal(await page.isChecked('#fig-kimball input[type=radio][value=b]'), true);
  assert.equal(await page.inputValue('#signals-r'), '1');
  assert.equal(await page.inputValue('#specialize-z0'), '1');
  assert.equal(await page.inputValue('#weitsman-n'), '2');
  assert.match(await readout(page, 'mattes'), /^With an 85\/15 split/);
  assert.match(await readout(page, 'weber'), /^With 9 partners each 20%/);
  assert.match(await readout(page, 'kimball'), /On its frontier, the small ally moves from 0\.24 butter and 0\.06 security alone to 0\.29 and 0\.07 in the alliance\./);
  assert.match(await readout(page, 'signals'), /more than a committed state would pay\.$/);
  assert.match(await readout(page, 'specialize'), /^At 100% consolidation/);
  assert.equal(await page.locator('.notice').count(), 0, 'no repairs');
  // Moving one figure keeps the others' state in the URL.
  await page.focus('#mattes-c');
  await page.keyboard.press('ArrowRight');
  assert.ok(await until(() => page.url().includes('mattes=s:0.85,c:0.16')), page.url());
  for (const part of ['weber=n:10,w:0.2', 'kimball=gamma:0.3,view:b', 'signals=r:1', 'specialize=z0:1', 'weitsman=n:2']) {
    assert.ok(page.url().includes(part), `${part} kept in ${page.url()}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Kimball figure switches to the frontier: legend, axes, readout and canvas change', async () => {
  const { page, problems, context } = await open(env, '#fig-kimball');
  assert.ok(await until(async () => (await inked(page, 'kimball')) > 1000));
  const before = await pixels(page, 'kimball');
  await page.check('#fig-kimball input[type=radio][value=b]');
  assert.ok(await until(async () => (await pixels(page, 'kimball')) !== before), 'the canvas changed');
  assert.match(await page.locator('#fig-kimball .legend').innerText(), /In the alliance\s+Alone/);
  assert.match(await page.locator('#fig-kimball .axis-x').textContent(), /butter/);
  assert.match(await readout(page, 'kimball'), /On its frontier/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('bad values in any figure’s URL state are repaired with a notice and no console error', async () => {
  const query = '?mattes=s:2,u1:x&weber=n:1e9&kimball=view:z,gamma:-1&signals=need:NaN&specialize=phi:%%%';
  const { page, problems, context } = await open(env, `${query}#fig-mattes`);
  assert.match(await page.locator('#fig-mattes .notice').textContent(), /Stronger ally’s share of joint power: out of range, so set to 95%/);
  assert.match(await page.locator('#fig-weber .notice').textContent(), /Member states, hub included: not readable, so at its default, 6 states/);
  assert.match(await page.locator('#fig-kimball .notice').textContent(), /out of range, so set to 0%/);
  assert.match(await page.locator('#fig-signals .notice').textContent(), /Confidence the partner needs: not readable/);
  for (const name of ['mattes', 'weber', 'kimball', 'signals', 'specialize']) {
    // Charts draw once their figure nears the screen.
    await page.locator(`#fig-${name}`).scrollIntoViewIfNeeded();
    assert.ok(await until(async () => (await inked(page, name)) > 1000), `${name} drawn`);
    assert.doesNotMatch(await readout(page, name), /no answer/);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('every figure fits at 360 px without sideways scrolling', async () => {
  const { page, problems, context } = await open(env, '', { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  for (const name of ['weitsman', 'mattes', 'weber', 'kimball', 'signals', 'specialize']) {
    await page.locator(`#fig-${name}`).scrollIntoViewIfNeeded();
    const box = await page.locator(`#fig-${name}`).boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `${name}: ${JSON.stringify(box)}`);
    assert.ok(await until(async () => (await inked(page, name)) > 1000), `${name} drawn`);
  }
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the figures link to each other and further reading is listed apart from the bibliography', async () => {
  const { page, context } = await open(env);
  assert.equal(await page.locator('.placement[data-placement=kimball] ~ .ours a[href="#fig-specialize"]').count(), 1);
  assert.equal(await page.locator('.placement[data-placement=specialize] ~ .ours a[href="#fig-kimball"]').count(), 1);
  assert.equal(await page.locator('#further-reading li').count(), 7);
  assert.equal(await page.locator('#bibliography li').count(), 23);
  assert.equal(await page.locator('#fig-kimball details.how a[href="#ref-olson1966"]').count(), 1);
  assert.match(await page.locator('#ref-olson1966 .cited-by').innerText(), /Cited in figure 4, the glossary\./);
  await context.close();
});

test('a figure far down the page draws its chart only when the reader nears it', async () => {
  const { page, problems, context } = await open(env);
  await page.waitForTimeout(300);
  assert.equal(await inked(page, 'specialize'), 0, 'not drawn at load');
  await page.locator('#fig-specialize').scrollIntoViewIfNeeded();
  assert.ok(await until(async () => (await inked(page, 'specialize')) > 1000), 'drawn once in view');
  assert.deepEqual(problems, []);
  await context.close();
});
