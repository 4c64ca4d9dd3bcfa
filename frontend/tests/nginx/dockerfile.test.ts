import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRONTEND_DIR } from '../support/nginx.node';

/** Instructions of the Dockerfile, continuation lines joined, comments dropped. */
function instructions(): { keyword: string; args: string }[] {
  const text = readFileSync(join(FRONTEND_DIR, 'Dockerfile'), 'utf8').replace(/\\\r?\n/g, ' ');
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [keyword = '', ...rest] = l.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

const steps = instructions();
const froms = steps.filter((s) => s.keyword === 'FROM').map((s) => s.args.split(/\s+/)[0] ?? '');
const finalStage = steps.slice(steps.map((s) => s.keyword).lastIndexOf('FROM'));

describe('the frontend Dockerfile', () => {
  it('pins every base image to an exact version tag', () => {
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const image of froms) {
      expect(image, image).toMatch(/:\d+\.\d+\.\d+[^:@]*(@sha256:[0-9a-f]{64})?$/);
      expect(image, image).not.toMatch(/:latest|:(?:lts|stable|mainline|alpine)$/);
    }
  });

  it('builds with Node and serves with unprivileged nginx 1.25 or newer on Alpine', () => {
    expect(froms[0]).toMatch(/^node:20\.\d+\.\d+-alpine/);
    const runtime = froms.at(-1) ?? '';
    const match = /^nginxinc\/nginx-unprivileged:(\d+)\.(\d+)\.(\d+)-alpine/.exec(runtime);
    expect(match, runtime).not.toBeNull();
    const [major, minor] = [Number(match?.[1]), Number(match?.[2])];
    expect(major > 1 || (major === 1 && minor >= 25), runtime).toBe(true);
  });

  it('runs as UID 101, exposes 8080 and checks /health', () => {
    expect(finalStage.filter((s) => s.keyword === 'USER').map((s) => s.args)).toEqual(['101']);
    expect(finalStage.filter((s) => s.keyword === 'EXPOSE').map((s) => s.args)).toEqual(['8080']);
    const healthchecks = finalStage.filter((s) => s.keyword === 'HEALTHCHECK');
    expect(healthchecks).toHaveLength(1);
    expect(healthchecks[0]?.args).toMatch(/CMD .*http:\/\/(127\.0\.0\.1|localhost):8080\/health/);
  });

  it('ships the repository nginx config and the built SPA', () => {
    const copies = finalStage.filter((s) => s.keyword === 'COPY').map((s) => s.args);
    expect(copies).toContain('nginx/nginx.conf /etc/nginx/nginx.conf');
    expect(copies).toContain('nginx/default.conf /etc/nginx/conf.d/default.conf');
    expect(copies.some((c) => /--from=build \S*dist \/usr\/share\/nginx\/html/.test(c))).toBe(true);
  });

  it('installs exactly what the lockfile says', () => {
    const runs = steps.filter((s) => s.keyword === 'RUN').map((s) => s.args);
    expect(runs.some((r) => /\bnpm ci\b/.test(r))).toBe(true);
    expect(runs.some((r) => /\bnpm install\b(?! -g npm@\d+\.\d+\.\d+)/.test(r))).toBe(false);
  });
});

describe('the nginx config of the image', () => {
  const main = readFileSync(join(FRONTEND_DIR, 'nginx', 'nginx.conf'), 'utf8');
  const server = readFileSync(join(FRONTEND_DIR, 'nginx', 'default.conf'), 'utf8');

  it('writes only to the emptyDirs of a read-only root filesystem', () => {
    expect(main).toMatch(/^pid \/tmp\/nginx\.pid;/m);
    for (const kind of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
      expect(main).toMatch(new RegExp(`${kind}_temp_path\\s+/var/cache/nginx/`));
    }
    expect(main).not.toMatch(/^\s*user\s/m);
  });

  it('listens on 8080 only', () => {
    expect([...server.matchAll(/^\s*listen\s+([^;]+);/gm)].map((m) => m[1])).toEqual(['8080']);
  });
});
