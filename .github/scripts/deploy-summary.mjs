#!/usr/bin/env node
// Prints the Markdown job summary of deploy.yml from the outcomes of its steps (success, failure, skipped or empty):
// what was deployed where, whether the smoke test passed, and — when it failed — whether the previous version was
// redeployed. Reads STACK, VERSION, PREVIOUS, UP, SMOKE, ROLLBACK, APP_URL, SKIP_MIGRATIONS.
import { pathToFileURL } from 'node:url';

export function deploySummary(env) {
  const stack = env.STACK || 'prod';
  const version = env.VERSION || '(unknown)';
  const previous = env.PREVIOUS || '';
  const lines = [`## Deploy of \`${version}\` to \`${stack}\``, ''];
  const ok = env.UP === 'success' && env.SMOKE === 'success';
  if (ok) {
    lines.push(`✅ \`${version}\` is live on \`${stack}\`${env.APP_URL ? ` (${env.APP_URL})` : ''}: migrated, rolled out and `
      + 'smoke-tested.');
    if (previous && previous !== version) lines.push('', `It replaced \`${previous}\`.`);
  } else if (!env.UP || env.UP === 'skipped') {
    lines.push(`⏹️ Nothing was deployed: an earlier step failed (tests, secrets, plan, image build or scan). `
      + (previous ? `\`${previous}\` is still running.` : ''));
  } else {
    const what = env.UP === 'failure' ? '`howler up` (migration or rollout) failed' : 'the smoke test failed';
    lines.push(`❌ ${what} for \`${version}\`.`, '');
    if (env.ROLLBACK === 'success') {
      lines.push(`↩️ **Rolled back**: \`howler up ${stack} --yes --image-tag ${previous}\` redeployed the previous version `
        + `\`${previous}\`, and its smoke test passed.`);
    } else if (env.ROLLBACK === 'failure') {
      lines.push(`🚨 **Rollback failed**: redeploying the previous version \`${previous}\` did not complete or did not pass `
        + `the smoke test. \`${stack}\` needs a person now: see the job log, then \`howler up ${stack} --image-tag <good version>\`.`);
    } else if (!previous) {
      lines.push(`No rollback: \`${stack}\` had no version deployed before this one.`);
    } else if (previous === version) {
      lines.push(`No rollback: \`${version}\` was already the running version.`);
    } else {
      lines.push(`No rollback was attempted; the previous version was \`${previous}\`.`);
    }
  }
  if (env.SKIP_MIGRATIONS === 'true') {
    lines.push('', '⚠️ `skip_migrations` was requested: this run set `howler:runMigrations` to false, so no migration Job ran before the rollout.');
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.stdout.write(deploySummary(process.env));
