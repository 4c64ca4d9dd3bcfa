import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawGet, startNginx, type RunningNginx } from '../support/nginx.node';

const INDEX = '<!doctype html><html><head><title>SQL Studio</title></head><body><div id="root"></div><script type="module" src="/assets/index-Abc123.js"></script></body></html>';
const SCRIPT = `console.log(${JSON.stringify('sql studio '.repeat(200))});\n`;

let site: string;
let nginx: RunningNginx;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'howler-site-'));
  chmodSync(site, 0o755); // nginx workers run as nobody when the test runs as root
  mkdirSync(join(site, 'assets'));
  writeFileSync(join(site, 'index.html'), INDEX);
  writeFileSync(join(site, 'assets', 'index-Abc123.js'), SCRIPT);
  writeFileSync(join(site, 'assets', 'index-Abc123.css'), 'body{margin:0}'.repeat(50));
  writeFileSync(join(site, 'assets', 'logo-Abc123.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  writeFileSync(join(site, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(site, 'og-image.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  nginx = await startNginx({ root: site });
});

afterAll(async () => {
  await nginx?.stop();
  if (site) rmSync(site, { recursive: true, force: true });
});

const SECURITY_HEADERS: Record<string, RegExp> = {
  'x-frame-options': /^DENY$/,
  'x-content-type-options': /^nosniff$/,
  'x-xss-protection': /^1; mode=block$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /^geolocation=\(\), microphone=\(\), camera=\(\)$/,
  'strict-transport-security': /^max-age=31536000; includeSubDomains$/,
  'content-security-policy': /default-src 'self'.*frame-ancestors 'none'/,
};

function expectSecurityHeaders(headers: Record<string, unknown>) {
  for (const [name, pattern] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name], name).toMatch(pattern);
  }
}

describe('the nginx config serving the SPA', () => {
  it('answers /health with 200 and a JSON body for the probes', async () => {
    const r = await rawGet(`${nginx.url}/health`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(r.body.toString())).toEqual({ status: 'healthy', service: 'frontend' });
    expectSecurityHeaders(r.headers);
  });

  it('serves index.html at / with the security headers and no caching', async () => {
    const r = await rawGet(`${nginx.url}/`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.body.toString()).toBe(INDEX);
    expect(r.headers['cache-control']).toBe('no-cache, no-store, must-revalidate');
    expectSecurityHeaders(r.headers);
  });

  it('falls back to index.html for client-side routes, uncached', async () => {
    for (const path of ['/organizations/0b7c6a3e-1', '/account', '/login?next=%2F', '/deep/nested/route']) {
      const r = await rawGet(`${nginx.url}${path}`);
      expect(r.status, path).toBe(200);
      expect(r.body.toString(), path).toBe(INDEX);
      expect(r.headers['cache-control'], path).toBe('no-cache, no-store, must-revalidate');
      expectSecurityHeaders(r.headers);
    }
  });

  it('caches hashed assets for a year as immutable', async () => {
    for (const path of ['/assets/index-Abc123.js', '/assets/index-Abc123.css', '/assets/logo-Abc123.png']) {
      const r = await rawGet(`${nginx.url}${path}`);
      expect(r.status, path).toBe(200);
      expect(r.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
      expectSecurityHeaders(r.headers);
    }
    const js = await rawGet(`${nginx.url}/assets/index-Abc123.js`);
    expect(js.headers['content-type']).toMatch(/javascript/);
  });

  it('caches images outside /assets for 30 days', async () => {
    for (const path of ['/og-image.png', '/favicon.svg']) {
      const r = await rawGet(`${nginx.url}${path}`);
      expect(r.status, path).toBe(200);
      expect(r.headers['cache-control'], path).toBe('public, max-age=2592000');
    }
  });

  it('compresses text with gzip when the client accepts it', async () => {
    const r = await rawGet(`${nginx.url}/assets/index-Abc123.js`, { 'Accept-Encoding': 'gzip' });
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers.vary).toMatch(/Accept-Encoding/);
    expect(gunzipSync(r.body).toString()).toBe(SCRIPT);
    expect(r.body.length).toBeLessThan(SCRIPT.length / 4);
  });

  it('answers a missing asset with 404, never with index.html', async () => {
    for (const path of ['/assets/index-Gone99.js', '/missing.png', '/robots.txt']) {
      const r = await rawGet(`${nginx.url}${path}`);
      expect(r.status, path).toBe(404);
      expect(r.body.toString(), path).not.toContain('<div id="root">');
      expect(r.headers['cache-control'], path).toBeUndefined();
      expectSecurityHeaders(r.headers);
    }
  });

  it('hides dot-files and its own version', async () => {
    const r = await rawGet(`${nginx.url}/.env`);
    expect(r.status).toBe(404);
    expect(r.headers.server).toBe('nginx');
  });

  it('logged no error while serving', () => {
    expect(nginx.errors()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
  });
});
