// Lighthouse, mobile (its default: a mid-range phone, simulated slow 4G and 4x CPU), all four
// categories, on the essay, a figure page and an embed, served from dist/ under the sub-path with the
// precompressed .br/.gz files, as a compressing static host serves them. Prints each page's scores and
// every audit that counts toward a score and is not passed in full. Figures, not a test.
// `LIGHTHOUSE=path/to/lighthouse/cli node lighthouse.js` (scripts/bench installs it on demand: at about
// 185 MB it is not one of the test packages).
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServer } from './server.js';

const run = promisify(execFile);
const CLI = process.env.LIGHTHOUSE;
if (!CLI) throw new Error('LIGHTHOUSE must name lighthouse/cli/index.js');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// The machine's network is closed: without these Chromium floods it (see the toolchain notes).
const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
].join(' ');
const PAGES = [
  ['essay', ''],
  ['figure page', 'figures/weitsman/'],
  ['embed', 'figures/weitsman/embed/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = await startServer({ precompressed: true });
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lighthouse-'));
const rows = [];
try {
  for (const [label, suffix] of PAGES) {
    const out = path.join(dir, `${label.replace(/\W+/g, '-')}.json`);
    await run(process.execPath, [
      CLI, server.url + suffix, '--quiet', '--output=json', `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${FLAGS}`,
    ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 1 << 26 });
    const report = JSON.parse(await fs.readFile(out, 'utf8'));
    const scores = CATEGORIES.map((c) => Math.round(100 * (report.categories[c]?.score ?? NaN)));
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']
      .map((id) => `${id.replace(/-/g, ' ')} ${report.audits[id]?.displayValue ?? '?'}`);
    const short = [];
    for (const c of CATEGORIES) {
      for (const ref of report.categories[c]?.auditRefs ?? []) {
        const a = report.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 1) short.push(`${c}: ${a.id} (${a.score}) ${a.displayValue ?? a.title}`);
      }
    }
    rows.push({ label, scores, metrics, short });
  }
} finally {
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
}
console.log(`\nLighthouse ${CATEGORIES.join(' / ')}, mobile, precompressed static server`);
for (const { label, scores, metrics, short } of rows) {
  console.log(`  ${label.padEnd(14)} ${scores.map((s) => String(s).padStart(4)).join('')}   (budget 100 each: ${scores.every((s) => s === 100) ? 'within' : 'OVER'})`);
  console.log(`    ${metrics.join(', ')}`);
  for (const s of short) console.log(`    short of full marks: ${s}`);
}
