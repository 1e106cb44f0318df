// A static server for dist/ that mounts the essay under a sub-path, as a course site would. Requests
// outside that path get 404, so an absolute asset URL in the build fails the tests.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE_PATH = '/courses/ir-302/alliance-organization/';
// DIST_DIR serves another build (scripts/bench --against measures an earlier commit beside this one).
export const DIST = process.env.DIST_DIR
  ? path.resolve(process.env.DIST_DIR)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * Starts the server on a free port; resolves to { origin, url, requests, close }. With `cors`, every
 * response allows any origin, as a host that lets sandboxed frames (origin `null`) load its scripts.
 * With `policy`, each page's own Content-Security-Policy (its meta) is also sent as a header, as a host
 * that enforces one would. With `precompressed`, a file's `.br` or `.gz` beside it is sent where the
 * browser accepts it, as nginx's `brotli_static` and `gzip_static` do. With `pause` (ms), a page's HTML
 * arrives in two parts that far apart, as on a slow connection: the browser may paint the first part.
 */
export async function startServer({ dist = DIST, cors = false, policy = false, precompressed = false, pause = 0 } = {}) {
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(pathname);
    if (!pathname.startsWith(BASE_PATH)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = pathname.slice(BASE_PATH.length);
    // A directory serves its index.html; without its trailing slash it redirects, as static hosts do.
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dist, rel);
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    const stat = await fs.stat(file).catch(() => null);
    if (stat?.isDirectory()) {
      res.writeHead(301, { location: pathname + '/' + new URL(req.url, 'http://x').search }).end();
      return;
    }
    try {
      const body = await fs.readFile(file);
      const accepts = String(req.headers['accept-encoding'] || '');
      const encoding = !precompressed ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gz' : null;
      const packed = encoding && (await fs.readFile(`${file}.${encoding}`).catch(() => null));
      const meta = policy && file.endsWith('.html') && /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(body);
      res.writeHead(200, {
        ...(meta ? { 'content-security-policy': meta[1] } : {}),
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(cors ? { 'access-control-allow-origin': '*' } : {}),
        ...(packed ? { 'content-encoding': encoding === 'br' ? 'br' : 'gzip', vary: 'accept-encoding' } : {}),
      });
      if (pause && !packed && file.endsWith('.html')) {
        const cut = Math.floor(body.length * 0.8);
        res.write(body.subarray(0, cut));
        await new Promise((resolve) => setTimeout(resolve, pause));
        res.end(body.subarray(cut));
        return;
      }
      res.end(packed || body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + BASE_PATH,
    requests,
    // Browsers keep connections open between pages: closed too, or `close` waits for them.
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

// `node server.js` serves dist/ for a look by hand (`--precompressed`: its .br and .gz files).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = await startServer({ precompressed: process.argv.includes('--precompressed') });
  console.log(`serving dist/ at ${s.url}`);
}
