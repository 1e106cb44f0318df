import { start, open } from './helpers.js';
const env = await start();
const shots = [
  ['figures/signals/', { width: 360, height: 740 }, 'fp-360', 'light', true, 'screen'],
  ['figures/weber/', { width: 1280, height: 720 }, 'fp-dark', 'dark', true, 'screen'],
  ['figures/weber/', { width: 1280, height: 720 }, 'fp-print', 'dark', true, 'print'],
  ['figures/mattes/', { width: 1280, height: 720 }, 'fp-print-nojs', 'light', false, 'print'],
];
for (const [suffix, viewport, name, scheme, js, media] of shots) {
  const { page, context, problems } = await open(env, suffix, { viewport, colorScheme: scheme, javaScriptEnabled: js, waitForApp: js });
  await page.waitForTimeout(500);
  await page.emulateMedia({ media });
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
  console.log(name, problems);
  await context.close();
}
await env.close();
