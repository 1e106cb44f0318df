import { chromium } from 'playwright-core';
import { startServer } from './server.js';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox'] });
const server = await startServer({});
for (const [label, css] of [['as is', ''], ['no c-v switch', '.figure[data-live]{content-visibility:auto !important}'], ['no c-v at all', '.figure{content-visibility:visible !important}']]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript((css) => { window.__shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push([Math.round(e.startTime), e.value.toFixed(3), e.sources.map(s => (s.node?.id || s.node?.className || s.node?.nodeName) + ' ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y) + ' h' + Math.round(s.previousRect.height) + '→' + Math.round(s.currentRect.height)).join('; ')]); }).observe({ type: 'layout-shift', buffered: true });
    if (css) document.addEventListener('DOMContentLoaded', () => { const s = document.createElement('style'); s.textContent = css; document.head.append(s); }); }, css);
  await page.goto(server.url + '#fig-weber');
  await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(800);
  console.log(label, JSON.stringify(await page.evaluate(() => [window.__shifts, Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd), scrollY])));
  await page.close();
}
await server.close(); await browser.close();
