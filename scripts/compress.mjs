// Writes NAME.br and NAME.gz beside each text file in a built site (HTML, JS, CSS, SVG, JSON, wasm),
// for hosts that serve precompressed files (nginx's brotli_static and gzip_static, most CDNs): a host
// that compresses nothing itself still sends the small files. Each at the highest setting, once per build.
// `node scripts/compress.mjs dist`
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TEXT = /\.(html|js|mjs|css|svg|json|wasm|txt|xml|webmanifest)$/;
const root = process.argv[2];
if (!root || !fs.existsSync(root)) {
  console.error('usage: node scripts/compress.mjs DIR');
  process.exit(1);
}

let raw = 0;
let br = 0;
let files = 0;
for (const entry of fs.readdirSync(root, { recursive: true })) {
  const file = path.join(root, entry);
  if (!TEXT.test(file) || !fs.statSync(file).isFile()) continue;
  const bytes = fs.readFileSync(file);
  const brotli = zlib.brotliCompressSync(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  fs.writeFileSync(`${file}.br`, brotli);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(bytes, { level: 9 }));
  raw += bytes.length;
  br += brotli.length;
  files += 1;
}
console.log(`compressed ${files} files: ${(raw / 1024).toFixed(1)} KB, ${(br / 1024).toFixed(1)} KB as brotli`);
