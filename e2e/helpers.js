// Shared by the end-to-end tests: one Chromium per test file, pages that record console errors and any
// request that leaves the origin.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, DIST } from './server.js';

export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Starts the server and Chromium; returns { server, browser, close }. `server` passes options to the
 * server (`startServer`); `launch` to Chromium's launch (to restore a default Playwright changes).
 */
export async function start({ server: serverOptions = {}, launch = {} } = {}) {
  const server = await startServer(serverOptions);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: FLAGS,
    ...launch,
  });
  // The offline worker answers requests itself, out of reach of a page's routes (a test's missing or
  // delayed wasm): contexts go without it, as a browser without service workers, unless a test asks for
  // it (`serviceWorkers: 'allow'`).
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async ({ figuresWhenNear = false, ...options } = {}) => {
    const context = await newContext({ serviceWorkers: 'block', ...options });
    if (options.serviceWorkers !== 'allow') {
      await context.addInitScript(() => delete Navigator.prototype.serviceWorker);
    }
    // The essay starts its figures when a reader nears one (index.html); most tests want them at once,
    // as a host's script may ask. `figuresWhenNear: true` leaves the page to decide.
    if (!figuresWhenNear) {
      await context.addInitScript(() =>
        addEventListener('DOMContentLoaded', () => dispatchEvent(new Event('figures-wanted'))),
      );
    }
    return context;
  };
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the essay at `suffix` (query and/or fragment) in a new context.
 * Returns { page, context, problems, outside } where problems collects console errors and warnings and
 * page errors, and outside collects requests to any other origin.
 */
export async function open(env, suffix = '', options = {}) {
  const { waitForApp = true, ...contextOptions } = options;
  const context = await env.browser.newContext({
    viewport: { width: 1280, height: 800 },
    ...contextOptions,
  });
  // Every page carries a strict security policy: anything it blocks is a problem.
  await context.addInitScript(watchPolicy);
  const page = await context.newPage();
  const problems = [];
  const outside = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(env.server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      outside.push(url);
    }
  });
  await page.goto(env.server.url + suffix);
  // The essay is in the HTML; wait until the wasm has hydrated it.
  if (waitForApp) await page.waitForSelector('html[data-ready]', { state: 'attached' });
  return { page, context, problems, outside };
}

/** In the page, before its scripts: reports what its security policy blocks as a console error. */
export function watchPolicy() {
  document.addEventListener('securitypolicyviolation', (e) =>
    console.error(`blocked by the page's policy: ${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
  );
}

/** The element's box relative to the viewport, or null. */
export function box(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, vh: innerHeight, vw: innerWidth };
  }, selector);
}

/** Whether the element's top edge is inside the viewport. */
export async function inView(page, selector) {
  const b = await box(page, selector);
  return b !== null && b.top >= -2 && b.top < b.vh;
}

/** Polls `fn` until it returns truthy or the timeout passes; returns its last value. */
export async function until(fn, timeout = 3000) {
  const end = Date.now() + timeout;
  let value = await fn();
  while (!value && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    value = await fn();
  }
  return value;
}

/**
 * Opens `suffix` with the wasm held back until `release()` is called, as on a slow connection: the
 * pre-rendered page can be inspected before hydration. Returns { page, context, problems, release }.
 */
export async function openGated(env, suffix = '') {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(watchPolicy);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.route('**/*.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(env.server.url + suffix, { waitUntil: 'domcontentloaded' });
  return { page, context, problems, release };
}

/** How many pixels of the canvas in `selector` (a figure) have ink. */
export function inked(page, selector) {
  return page.evaluate((sel) => {
    const c = document.querySelector(`${sel} canvas`);
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n;
  }, selector);
}

/** The canvas in `selector` (a figure) as a data URL, to tell whether it changed. */
export function pixels(page, selector) {
  return page.evaluate((sel) => document.querySelector(`${sel} canvas`).toDataURL(), selector);
}

/** The figures' names in the essay's order, from the build's manifest (so a new figure is tested too). */
export function figureNames() {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'figures', 'manifest.json'), 'utf8'));
  return manifest.figures.map((f) => f.name);
}
