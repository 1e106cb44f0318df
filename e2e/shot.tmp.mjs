import { start, open } from './helpers.js';
const env = await start();
const shots = [
  ['figures/weitsman/', { width: 1280, height: 720 }, 'fp-1280'],
  ['figures/weitsman/', { width: 360, height: 740 }, 'fp-360'],
  ['figures/kimball/?kimball=c:0.8', { width: 1280, height: 720 }, 'fp-kimball-dark', 'dark'],
];
for (const [suffix, viewport, name, scheme] of shots) {
  const { page, context, problems } = await open(env, suffix, { viewport, colorScheme: scheme || 'light' });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
  console.log(name, problems, page.url());
  await context.close();
}
await env.close();
