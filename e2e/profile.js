// Where a slider step's time goes: steps Figure 1's first slider as scripts/bench does (an input
// event, then two animation frames) under Chromium's sampling profiler, and prints the functions with
// the most time of their own, grouped by where they live (the wasm, its JS glue, the browser). Figures
// to read, not a test. `node e2e/profile.js [steps]`; DIST_DIR picks the build (a build whose wasm
// keeps its names section shows them; a release build shows wasm-function[N]).
import { start } from './helpers.js';

const STEPS = Number(process.argv[2] ?? 300);
const SELECTOR = '#fig-weitsman input[type=range]';

const env = await start();
const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(`${env.server.url}#fig-weitsman`, { waitUntil: 'load' });
await page.waitForSelector('html[data-ready]', { state: 'attached' });
await page.waitForTimeout(300);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const wall = await page.evaluate(
  async ({ selector, steps }) => {
    const slider = document.querySelector(selector);
    const min = Number(slider.min);
    const step = Number(slider.step);
    const count = Math.round((Number(slider.max) - min) / step);
    const t0 = performance.now();
    for (let i = 0; i < steps; i++) {
      const k = Math.floor(count * 0.1) + (i % Math.floor(count * 0.8));
      slider.value = String(min + k * step);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    return performance.now() - t0;
  },
  { selector: SELECTOR, steps: STEPS },
);
const { profile } = await cdp.send('Profiler.stop');
await context.close();
await env.close();

// Self time per node, from the samples' time deltas.
const self = new Map();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const byFunction = new Map();
const byPlace = new Map();
for (const node of profile.nodes) {
  const ms = self.get(node.id) ?? 0;
  const { functionName, url } = node.callFrame;
  if (['(idle)', '(program)', '(root)'].includes(functionName)) continue;
  const place = url.endsWith('.wasm') || /^wasm-function/.test(functionName) || url.includes('wasm://')
    ? 'wasm'
    : url.endsWith('.js')
      ? 'glue'
      : url
        ? 'page'
        : 'browser';
  const key = `${place.padEnd(8)} ${functionName || '(anonymous)'}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
}
const per = (ms) => ((ms / STEPS) * 1000).toFixed(0).padStart(6);
console.log(`${STEPS} steps in ${wall.toFixed(0)} ms of wall time; time of their own, in µs per step:`);
for (const [place, ms] of [...byPlace].sort((a, b) => b[1] - a[1])) console.log(`  ${per(ms)}  ${place}`);
console.log('\nThe 40 functions with the most:');
for (const [key, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${per(ms)}  ${key}`);
