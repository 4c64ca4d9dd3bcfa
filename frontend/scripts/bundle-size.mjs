#!/usr/bin/env node
// Measures the production bundle: gzip size of every JavaScript file under dist/assets (level 9,
// as nginx's gzip_comp_level 6 gives within a few percent), fails above the 200 KB budget, and
// checks what nginx's cache policy relies on: hashed names under /assets/, no inline script.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;
const assets = join(dist, 'assets');
const files = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
const problems = [];

let jsRaw = 0;
let jsGzip = 0;
const rows = [];
for (const file of files.sort()) {
  const content = readFileSync(join(assets, file));
  const gz = gzipSync(content, { level: 9 }).length;
  rows.push([file, content.length, gz]);
  if (file.endsWith('.js')) {
    jsRaw += content.length;
    jsGzip += gz;
  }
  if (!/-[A-Za-z0-9_-]{8,}\.(js|css)$/.test(file)) problems.push(`${file} has no content hash in its name`);
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) problems.push('index.html has an inline <script>, which the CSP forbids');
if (/<style[\s>]/.test(html)) problems.push('index.html has an inline <style>, which the CSP forbids');
for (const ref of html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
  if (!ref[1].startsWith('/assets/')) problems.push(`index.html references ${ref[1]} outside /assets/`);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [file, raw, gz] of rows) console.log(`  ${file.padEnd(36)} ${kb(raw).padStart(10)} ${kb(gz).padStart(10)} gzip`);
console.log(`JavaScript total: ${kb(jsRaw)} raw, ${kb(jsGzip)} gzip (budget ${kb(BUDGET_BYTES)})`);
if (jsGzip > BUDGET_BYTES) problems.push(`JavaScript is ${kb(jsGzip)} gzip, over the ${kb(BUDGET_BYTES)} budget`);
for (const p of problems) console.error(`bundle: ${p}`);
process.exit(problems.length === 0 ? 0 : 1);
