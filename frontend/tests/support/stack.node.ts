/**
 * The end-to-end stack: the real service jar on an empty temporary SQLite file, the built SPA
 * served by the repository's nginx config (with /api and /health/ready proxied to the service),
 * and Debian's Chromium driven by playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { FRONTEND_DIR, freePort, startNginx, type RunningNginx } from './nginx.node';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SERVICE_JAR = process.env.HOWLER_SERVICE_JAR ?? resolve(FRONTEND_DIR, '..', 'service', 'target', 'service.jar');
export const DIST = join(FRONTEND_DIR, 'dist');

/** The flags this machine needs: no sandbox as root, and no background calls to a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface Stack {
  baseUrl: string;
  serviceUrl: string;
  browser: Browser;
  serviceLog: () => string;
  stop: () => Promise<void>;
}

async function waitFor(url: string, timeoutMs: number, isAlive: () => boolean, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!isAlive()) throw new Error(`the service exited before it was ready:\n${describe()}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} was not ready within ${timeoutMs} ms:\n${describe()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function startStack(): Promise<Stack> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no build in ${DIST}: run 'npx vite build' first`);
  if (!existsSync(SERVICE_JAR)) throw new Error(`no service jar at ${SERVICE_JAR}: build it with ./mvnw -B -pl service package -DskipTests`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);

  const work = mkdtempSync(join(tmpdir(), 'howler-e2e-'));
  const port = await freePort();
  const metricsPort = await freePort();
  const logPath = join(work, 'service.log');
  const log = createWriteStream(logPath);
  const service: ChildProcess = spawn('java', ['-Xmx256m', '-jar', SERVICE_JAR], {
    cwd: work,
    env: {
      ...process.env,
      ENVIRONMENT: 'development',
      SERVER_HTTP_PORT: String(port),
      SERVER_METRICS_PORT: String(metricsPort),
      TURSO_URL: `file:${join(work, 'howler.db')}`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_FORMAT: 'text',
      // Journeys sign in often from one IP: keep the per-IP auth limit out of the way; the login
      // lockout (5 failures per user) still produces the 429 the test looks for.
      RATE_LIMIT_AUTH_PER_MINUTE: '1000',
      RATE_LIMIT_API_PER_MINUTE: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  service.stdout?.pipe(log);
  service.stderr?.pipe(log);
  const serviceLog = () => (existsSync(logPath) ? readFileSync(logPath, 'utf8') : '');
  const serviceExited = new Promise<void>((r) => service.once('exit', () => r()));

  let nginx: RunningNginx | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close().catch(() => undefined);
    await nginx?.stop().catch(() => undefined);
    if (service.exitCode === null) {
      service.kill('SIGTERM');
      await Promise.race([serviceExited, new Promise((r) => setTimeout(r, 10_000))]);
      if (service.exitCode === null) service.kill('SIGKILL');
    }
    log.end();
    if (!process.env.HOWLER_KEEP_E2E_DIR) rmSync(work, { recursive: true, force: true });
  };

  try {
    const serviceUrl = `http://127.0.0.1:${port}`;
    await waitFor(`${serviceUrl}/health/ready`, 90_000, () => service.exitCode === null, () => serviceLog().slice(-4000));
    const upstream = `http://127.0.0.1:${port}`;
    const hide = ['Content-Security-Policy', 'X-Frame-Options', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Strict-Transport-Security', 'Cache-Control']
      .map((h) => `    proxy_hide_header ${h};`)
      .join('\n');
    nginx = await startNginx({
      root: DIST,
      // What the ingress does in production (/api and /health/ready to the backend), done here by nginx.
      extraServerConf: `
location /api/ {
    proxy_pass ${upstream};
    proxy_http_version 1.1;
    proxy_set_header Host $host;
${hide}
}
location = /health/ready {
    proxy_pass ${upstream};
}
`,
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    return { baseUrl: nginx.url, serviceUrl, browser, serviceLog, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
