// Takes screenshots of the built essay (dist/) with the project's own server and Chromium:
// `node screenshot.js OUT_DIR` writes desktop, phone and dark-theme PNGs; scripts/screenshot
// puts the desktop one in assets/ for the README.
import path from 'node:path';
import { start, open } from './helpers.js';

const out = path.resolve(process.argv[2] ?? '.');
const shots = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  { name: 'phone', viewport: { width: 360, height: 740 }, colorScheme: 'light', deviceScaleFactor: 2 },
  { name: 'dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
  { name: 'projector', viewport: { width: 3840, height: 2160 }, colorScheme: 'light' },
];
const env = await start();
try {
  for (const { name, ...options } of shots) {
    const suffix = process.env.SHOT_FRAGMENT ?? '';
    const { page, context } = await open(env, suffix, options);
    if (process.env.SHOT_NOTE) {
      await page.focus(`#noteref-${process.env.SHOT_NOTE}`);
      await page.locator('#note-popover').waitFor();
      await page.waitForTimeout(400); // let the fade finish
    }
    const file = path.join(out, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    await context.close();
  }
  // Every figure on its own, light and dark, desktop and phone; the flagship in its view over the war
  // is the README's `figure.png`.
  const figures = [
    ['figure', '?weitsman=view:b,x0:0.6,t:12', 'weitsman'],
    ['fig-mattes', '', 'mattes'],
    ['fig-weber', '', 'weber'],
    ['fig-kimball', '', 'kimball'],
    ['fig-kimball-frontier', '?kimball=view:b,gamma:0.3', 'kimball'],
    ['fig-signals', '', 'signals'],
    ['fig-specialize', '', 'specialize'],
  ];
  const looks = [
    ['', { viewport: { width: 1280, height: 900 } }],
    ['-dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
    ['-phone', { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 }],
  ];
  for (const [name, query, id] of figures) {
    for (const [suffix, options] of looks) {
      const { page, context } = await open(env, `${query}#fig-${id}`, options);
      await page.waitForTimeout(300);
      const file = path.join(out, `${name}${suffix}.png`);
      await page.locator(`#fig-${id}`).screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await env.close();
}
