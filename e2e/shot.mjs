import { start, open } from './helpers.js';
const env = await start();
const [suffix, w, h, scheme, out] = process.argv.slice(2);
const { page } = await open(env, suffix, { viewport: { width: +w, height: +h }, colorScheme: scheme });
await page.waitForTimeout(300);
await page.locator('#fig-weitsman').screenshot({ path: out });
await env.close();
