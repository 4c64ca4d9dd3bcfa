#!/usr/bin/env node
// Builds the pull-request comment of preview.yml from `howler plan STACK --format json` (the stable contract of
// docs/plan-json.md) and, when present, `howler cost STACK --json`, each for the pull request and for its base branch.
// Policy violations come first (mandatory before advisory, then the checks that cannot be made until `up`), then
// resources by component with how many of their values are known only after `up`, then the monthly cost delta.
//
//   node .github/scripts/plan-comment.mjs --plan plan.json [--plan-exit 1] [--base-plan base/plan.json]
//        [--cost cost.json] [--base-cost base/cost.json] [--base-name main]
//
// Missing or unreadable base/cost files are reported in the comment, never fatal: main may predate a command.
// Prints Markdown on stdout; exits 2 only when the pull request's own plan cannot be read.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The hidden marker pr-comment.sh uses to find and update this comment instead of adding a new one. */
export const MARKER = '<!-- howler-plan-comment -->';

export function parseArgs(argv) {
  const args = { planExit: 0, baseName: 'main' };
  const names = {
    '--plan': 'plan', '--plan-exit': 'planExit', '--base-plan': 'basePlan', '--cost': 'cost',
    '--base-cost': 'baseCost', '--base-name': 'baseName',
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = names[argv[i]];
    if (!key || i + 1 >= argv.length) throw new Error(`unknown or incomplete argument: ${argv[i]}`);
    args[key] = key === 'planExit' ? Number(argv[i + 1]) : argv[i + 1];
  }
  if (!args.plan) throw new Error('--plan FILE is required');
  return args;
}

/** Reads a JSON file; returns null when it is absent, empty or not JSON (a base branch without the command). */
export function readJson(path) {
  if (!path) return null;
  try {
    const text = readFileSync(path, 'utf8').trim();
    return text === '' ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

const COMPONENT_PREFIX = 'howler:infra:';

/** The plan's placeholder for a value known only after `howler up` (like `[secret]` for a secret). */
export const UNKNOWN = '[unknown]';

/** How many `[unknown]` values a JSON value holds. */
export function countUnknowns(value) {
  if (value === UNKNOWN) return 1;
  if (Array.isArray(value)) return value.reduce((n, v) => n + countUnknowns(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n, v) => n + countUnknowns(v), 0);
  return 0;
}

/** The component a resource belongs to: its nearest `howler:infra:*` ancestor, or `(stack)`. */
function componentOf(r, byUrn) {
  for (let p = r.parent; p; p = byUrn.get(p)?.parent) {
    const type = byUrn.get(p)?.type ?? '';
    if (type.startsWith(COMPONENT_PREFIX)) return type.slice(COMPONENT_PREFIX.length);
  }
  return '(stack)';
}

/** Values known only after `up`, per component, counted in the resources' inputs (a plan without them has none). */
export function unknownsByComponent(plan) {
  const byUrn = new Map(plan.resources.map((r) => [r.urn, r]));
  const counts = {};
  for (const r of plan.resources) {
    const n = countUnknowns(r.inputs);
    if (n > 0) {
      const component = componentOf(r, byUrn);
      counts[component] = (counts[component] ?? 0) + n;
    }
  }
  return counts;
}

/** Resource count per component: each resource belongs to its nearest `howler:infra:*` ancestor. */
export function countByComponent(plan) {
  const byUrn = new Map(plan.resources.map((r) => [r.urn, r]));
  const counts = {};
  for (const r of plan.resources) {
    if (r.type === 'pulumi:pulumi:Stack' || r.type.startsWith(COMPONENT_PREFIX)) continue;
    const component = componentOf(r, byUrn);
    counts[component] = (counts[component] ?? 0) + 1;
  }
  return counts;
}

/**
 * A cost document reduced to { total: {low, high}, components: {name: {low, high}}, asOf }. Accepts the shapes a
 * `howler cost --json` may take: totals as `low`/`high`, `total{low,high}` or `monthly{low,high}`; components as a
 * `byComponent` map or array, or `components`/`lines` arrays of {component, low, high}.
 */
export function normalizeCost(doc) {
  if (!doc || typeof doc !== 'object') return null;
  const num = (v) => (v === undefined || v === null || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));
  const pair = (o) => {
    if (o === undefined || o === null) return undefined;
    if (typeof o !== 'object') return num(o) === undefined ? undefined : { low: num(o), high: num(o) };
    const low = num(o.low ?? o.min ?? o.monthlyLow ?? o.minimum);
    const high = num(o.high ?? o.max ?? o.monthlyHigh ?? o.maximum) ?? low;
    return low === undefined ? undefined : { low, high };
  };
  const components = {};
  const add = (name, value) => {
    const p = pair(value);
    if (!name || !p) return;
    const prev = components[name] ?? { low: 0, high: 0 };
    components[name] = { low: prev.low + p.low, high: prev.high + p.high };
  };
  const list = doc.byComponent ?? doc.components ?? doc.lines;
  if (Array.isArray(list)) list.forEach((c) => add(c.component ?? c.name, c));
  else if (list && typeof list === 'object') Object.entries(list).forEach(([k, v]) => add(k, v));
  let total = pair(doc.total) ?? pair(doc.monthly) ?? pair(doc.totals) ?? pair({ low: doc.low, high: doc.high });
  if (!total && Object.keys(components).length > 0) {
    total = Object.values(components).reduce((a, c) => ({ low: a.low + c.low, high: a.high + c.high }), { low: 0, high: 0 });
  }
  if (!total) return null;
  return { total, components, asOf: doc.asOf ?? doc.pricesAsOf ?? doc.prices?.asOf ?? null };
}

const money = (n) => `$${n.toFixed(2)}`;
const signedMoney = (n) => (Math.abs(n) < 0.005 ? '±$0.00' : `${n > 0 ? '+' : '−'}$${Math.abs(n).toFixed(2)}`);
const signed = (n) => (n === 0 ? '±0' : n > 0 ? `+${n}` : `−${-n}`);
/** Table cells: pipes would end the cell, newlines the row. */
const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const shortUrn = (urn) => (urn ? urn.slice(urn.lastIndexOf('::') + 2) : '(stack)');

export function buildComment({ plan, planExit = 0, basePlan = null, cost = null, baseCost = null, baseName = 'main' }) {
  const out = [MARKER];
  const policies = plan.policies ?? [];
  const mandatory = policies.filter((p) => p.severity === 'mandatory');
  const advisory = policies.filter((p) => p.severity !== 'mandatory');
  const unchecked = plan.uncheckedPolicies ?? [];
  const unknowns = plan.summary?.unknowns ?? countUnknowns(plan.resources) + countUnknowns(plan.outputs ?? {});
  const failed = mandatory.length > 0 || planExit !== 0;
  out.push(`### ${failed ? '❌' : '✅'} \`howler plan ${plan.stack}\`: ${plan.resources.length} resources, `
      + `${mandatory.length} mandatory and ${advisory.length} advisory policy violations, `
      + `${unknowns} values known after up`);
  out.push('');

  out.push('#### Policy violations');
  if (policies.length === 0) {
    out.push('None.');
  } else {
    out.push('| severity | policy | resource | message |', '| --- | --- | --- | --- |');
    for (const p of [...mandatory, ...advisory]) {
      const sev = p.severity === 'mandatory' ? '**mandatory**' : 'advisory';
      out.push(`| ${sev} | \`${cell(p.policy)}\` | ${cell(shortUrn(p.urn))} | ${cell(p.message)} |`);
    }
  }
  if (unchecked.length > 0) {
    out.push('', `Not checked until \`howler up\` (the values they read are known only then):`, '',
      '| severity | policy | resource | reason |', '| --- | --- | --- | --- |');
    for (const p of unchecked) {
      out.push(`| ${cell(p.severity)} | \`${cell(p.policy)}\` | ${cell(shortUrn(p.urn))} | ${cell(p.message)} |`);
    }
  }
  if (planExit !== 0 && mandatory.length === 0) {
    out.push('', `\`howler plan\` exited with ${planExit}: see the job log.`);
  }
  out.push('');

  out.push('#### Resources by component');
  const head = countByComponent(plan);
  const base = basePlan ? countByComponent(basePlan) : null;
  const names = [...new Set([...Object.keys(head), ...Object.keys(base ?? {})])].sort();
  // a count, never the values: an address or id a table cell cannot show is "known after up", not a column of [unknown]
  const known = unknownsByComponent(plan);
  out.push(`| component | resources | known after up | vs ${cell(baseName)} |`, '| --- | ---: | ---: | ---: |');
  for (const name of names) {
    const n = head[name] ?? 0;
    out.push(`| ${cell(name)} | ${n} | ${known[name] ?? 0} | ${base ? signed(n - (base[name] ?? 0)) : 'n/a'} |`);
  }
  const total = plan.resources.length;
  const knownTotal = Object.values(known).reduce((a, b) => a + b, 0);
  out.push(`| **total** | **${total}** | **${knownTotal}** | ${basePlan ? `**${signed(total - basePlan.resources.length)}**` : 'n/a'} |`);
  if (unknowns > 0) {
    const inOutputs = unknowns - knownTotal;
    out.push('', '"known after up": values the cloud assigns on creation (addresses, ids, endpoints) and what is computed '
      + 'from them, shown as `[unknown]` in the plan JSON'
      + (inOutputs > 0 ? `; ${inOutputs} more are stack outputs.` : '.'));
  }
  if (!basePlan) out.push('', `No plan of \`${cell(baseName)}\` to compare with (it did not produce one).`);
  out.push('');

  out.push('#### Monthly cost estimate');
  const headCost = normalizeCost(cost);
  const baseCostN = normalizeCost(baseCost);
  if (!headCost) {
    out.push('No estimate: `howler cost --json` produced nothing readable.');
  } else {
    out.push(`| | this pull request | ${cell(baseName)} | change |`, '| --- | ---: | ---: | ---: |');
    for (const [label, key] of [['at minimum scale', 'low'], ['at maximum scale', 'high']]) {
      const h = headCost.total[key];
      const b = baseCostN?.total[key];
      out.push(`| ${label} | ${money(h)} | ${b === undefined ? 'n/a' : money(b)} | ${b === undefined ? 'n/a' : signedMoney(h - b)} |`);
    }
    const changed = Object.keys({ ...headCost.components, ...(baseCostN?.components ?? {}) }).sort()
      .map((name) => {
        const h = headCost.components[name]?.high ?? 0;
        const b = baseCostN?.components[name]?.high ?? 0;
        return { name, h, b, d: h - b };
      })
      .filter((c) => baseCostN && Math.abs(c.d) >= 0.005);
    if (changed.length > 0) {
      out.push('', 'Changed components (maximum scale):', '', '| component | this pull request | ' + cell(baseName) + ' | change |',
        '| --- | ---: | ---: | ---: |');
      changed.forEach((c) => out.push(`| ${cell(c.name)} | ${money(c.h)} | ${money(c.b)} | ${signedMoney(c.d)} |`));
    }
    if (!baseCostN) out.push('', `No estimate of \`${cell(baseName)}\` to compare with.`);
    if (headCost.asOf) out.push('', `Prices as of ${cell(headCost.asOf)}.`);
  }
  out.push('');
  return out.join('\n');
}

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`plan-comment: ${e.message}`);
    process.exit(2);
  }
  const plan = readJson(args.plan);
  if (!plan || !Array.isArray(plan.resources)) {
    console.error(`plan-comment: ${args.plan} is not a howler plan JSON document; the plan step's log says why.`);
    process.exit(2);
  }
  process.stdout.write(buildComment({
    plan, planExit: args.planExit, basePlan: readJson(args.basePlan), cost: readJson(args.cost),
    baseCost: readJson(args.baseCost), baseName: args.baseName,
  }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
