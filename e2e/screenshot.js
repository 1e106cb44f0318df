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
  // The flagship figure, in its view over the war.
  const { page, context } = await open(env, '?weitsman=view:b,x0:0.6,t:12#fig-weitsman', { viewport: { width: 1280, height: 900 } });
  await page.waitForTimeout(300);
  const file = path.join(out, 'figure.png');
  await page.locator('#fig-weitsman').screenshot({ path: file });
  console.log(file);
  await context.close();
} finally {
  await env.close();
}
