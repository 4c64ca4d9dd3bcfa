/**
 * Runs the repository's nginx config (frontend/nginx/) with Debian's nginx as a child process on a
 * free loopback port, under a temporary prefix. Only paths and the listen port are rewritten; every
 * rewrite must match, so a change of the real config that the harness no longer follows fails loudly.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FRONTEND_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const NGINX_BIN = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function rewrite(text: string, replacements: [string, string][], file: string): string {
  let out = text;
  for (const [from, to] of replacements) {
    if (!out.includes(from)) throw new Error(`${file}: expected to find "${from}" to rewrite for the test`);
    out = out.split(from).join(to);
  }
  return out;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A plain HTTP GET that neither decompresses nor follows redirects, so headers are seen as sent. */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolveResponse, reject) => {
    const request = http.get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolveResponse({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.setTimeout(10_000, () => request.destroy(new Error(`timeout: GET ${url}`)));
  });
}

export interface RunningNginx {
  port: number;
  url: string;
  prefix: string;
  /** What nginx wrote on stderr (errors only: the access log goes to stdout and is dropped). */
  errors: () => string;
  stop: () => Promise<void>;
}

export interface NginxOptions {
  /** The directory served as the document root (the built SPA). */
  root: string;
  /** Extra server-level config placed in the `frontend.d` include (the e2e tests proxy /api there). */
  extraServerConf?: string;
}

export async function startNginx({ root, extraServerConf }: NginxOptions): Promise<RunningNginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'howler-nginx-'));
  // Workers drop to `nobody` when nginx starts as root: they must be able to walk the prefix.
  chmodSync(prefix, 0o755);
  mkdirSync(join(prefix, 'conf.d'));
  mkdirSync(join(prefix, 'frontend.d'));
  mkdirSync(join(prefix, 'cache'));
  // The site is served from a copy inside the prefix, as the image serves a copy in /usr/share/nginx/html: the
  // workers (nobody, when nginx starts as root) cannot reach a build under a private directory such as /root or a
  // `mktemp -d` clone, and would answer 500/404 for every page.
  const html = join(prefix, 'html');
  cpSync(resolve(root), html, { recursive: true });
  const port = await freePort();

  const mainConf = rewrite(
    readFileSync(join(FRONTEND_DIR, 'nginx', 'nginx.conf'), 'utf8'),
    [
      ['/etc/nginx/conf.d/*.conf', join(prefix, 'conf.d', '*.conf')],
      ['/var/cache/nginx', join(prefix, 'cache')],
      ['/tmp/nginx.pid', join(prefix, 'nginx.pid')],
      ['access_log /dev/stdout json;', 'access_log off;'],
    ],
    'nginx.conf',
  );
  const serverConf = rewrite(
    readFileSync(join(FRONTEND_DIR, 'nginx', 'default.conf'), 'utf8'),
    [
      ['listen 8080;', `listen 127.0.0.1:${port};`],
      ['/usr/share/nginx/html', html],
      ['/etc/nginx/frontend.d/*.conf', join(prefix, 'frontend.d', '*.conf')],
    ],
    'default.conf',
  );
  writeFileSync(join(prefix, 'nginx.conf'), mainConf);
  writeFileSync(join(prefix, 'conf.d', 'default.conf'), serverConf);
  if (extraServerConf) writeFileSync(join(prefix, 'frontend.d', 'extra.conf'), extraServerConf);

  const args = ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'];
  const check = spawnSync(NGINX_BIN, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);

  let stderr = '';
  const child: ChildProcess = spawn(NGINX_BIN, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${stderr}`);
    try {
      const r = await rawGet(`${url}/health`);
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url}/health:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }

  return {
    port,
    url,
    prefix,
    errors: () => stderr,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
