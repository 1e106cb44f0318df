// Every page the build writes (the essay, each figure's page and its embed) is valid HTML by the Nu HTML
// checker (vnu-jar from npm, run on the machine's Java), with no errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { DIST } from '../server.js';
import { figureNames } from '../helpers.js';

const vnu = String(createRequire(import.meta.url)('vnu-jar'));

// The checker's CSS grammar predates some of what the stylesheet uses and Chromium, Firefox and Safari
// support: registered properties, container queries and their units, media ranges. Only those messages
// are set aside, each by its message and the text it points at.
const NEWER_CSS = [
  [/^CSS: Unrecognized at-rule “@property”/, /@property/],
  [/^CSS: “container(-type)?”: Property “container(-type)?” doesn't exist/, /(type|page ?\/ ?inline-size)/],
  [/^CSS: Unrecognized at-rule “@container”/, /@container/],
  [/^CSS: “width”: Unknown dimension/, /\d+cqw/],
  [/^CSS: “1” is not a “aspect-ratio” value|^CSS: Parse Error/, /ratio/],
];
const newerCss = (m) => NEWER_CSS.some(([message, extract]) => message.test(m.message) && extract.test(m.extract || ''));

test('the essay, every figure page and every embed validate with no errors', () => {
  const pages = [
    path.join(DIST, 'index.html'),
    ...figureNames().flatMap((n) => [path.join(DIST, 'figures', n, 'index.html'), path.join(DIST, 'figures', n, 'embed', 'index.html')]),
  ];
  for (const page of pages) assert.ok(fs.existsSync(page), page);
  let out;
  try {
    out = execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', '--stdout', ...pages], { encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (e) {
    // vnu exits 1 when it finds errors; its report is still on stdout.
    out = e.stdout;
  }
  const messages = JSON.parse(out).messages.filter((m) => (m.type === 'error' || m.subType === 'fatal') && !newerCss(m));
  const said = messages.map((m) => `${path.relative(DIST, new URL(m.url).pathname)}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(said, []);
});
