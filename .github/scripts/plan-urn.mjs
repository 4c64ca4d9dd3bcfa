#!/usr/bin/env node
// plan-urn.mjs PLAN_JSON TYPE: prints the URN of every resource of TYPE in `howler plan STACK --format json`, one per
// line, for `howler up STACK --target URN`. Exits 1 when the plan has none (the target would silently be nothing).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export function urnsOfType(plan, type) {
  return (plan.resources ?? []).filter((r) => r.type === type).map((r) => r.urn);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, type] = process.argv.slice(2);
  if (!file || !type) {
    console.error('usage: plan-urn.mjs PLAN_JSON TYPE');
    process.exit(2);
  }
  const urns = urnsOfType(JSON.parse(readFileSync(file, 'utf8')), type);
  if (urns.length === 0) {
    console.error(`plan-urn: no resource of type ${type} in ${file}`);
    process.exit(1);
  }
  console.log(urns.join('\n'));
}
