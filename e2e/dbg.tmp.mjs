import { start, open } from './helpers.js';
const env = await start();
const { page, context, problems } = await open(env, 'figures/weitsman/', { waitForApp: false });
page.on('requestfailed', r => console.log('failed', r.url()));
page.on('response', r => console.log(r.status(), r.url()));
await page.waitForTimeout(3000);
console.log(problems, await page.evaluate(() => [document.documentElement.outerHTML.length, document.querySelector('figure')?.hasAttribute('data-live'), document.head.innerHTML.replace(/<style>[\s\S]*<\/style>/,'')]));
await env.close();
