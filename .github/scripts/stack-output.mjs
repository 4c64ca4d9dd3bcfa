#!/usr/bin/env node
// stack-output.mjs FILE KEY [--tag|--host]: prints one stack output from FILE, which is either
// `howler outputs STACK --json` (a map of outputs, plain or {value, secret}) or `howler plan STACK --format json`
// (its "outputs" member). --tag prints only the tag of an image reference, --host only the host of a URL or
// registry path. Prints nothing (exit 0) when FILE or KEY is missing: callers treat that as "not deployed yet".
// A plan's "[unknown]" (a value only the cloud assigns, known after `howler up`) is an error (exit 1): it must never
// become an image name, a host or a URL.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The plan's placeholder for a value the cloud has not assigned yet. */
export const UNKNOWN = '[unknown]';

export function stackOutput(text, key, mode) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return '';
  }
  if (!doc || typeof doc !== 'object') return '';
  const outputs = doc.outputs && typeof doc.outputs === 'object' && Array.isArray(doc.resources) ? doc.outputs : doc;
  let value = outputs[key];
  if (value && typeof value === 'object' && 'value' in value) value = value.value;
  if (value === UNKNOWN) {
    throw new Error(`${key} is known only after \`howler up\` (the plan shows it as ${UNKNOWN}); `
      + 'read it from `howler outputs STACK --json` once the stack is up');
  }
  if (typeof value !== 'string' || value === '[secret]') return '';
  if (mode === '--tag') {
    const name = value.split('@')[0];
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    return colon > slash ? name.slice(colon + 1) : '';
  }
  if (mode === '--host') return value.replace(/^[a-z]+:\/\//, '').split('/')[0];
  return value;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, key, mode] = process.argv.slice(2);
  if (!file || !key || (mode && mode !== '--tag' && mode !== '--host')) {
    console.error('usage: stack-output.mjs FILE KEY [--tag|--host]');
    process.exit(2);
  }
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // absent: nothing deployed yet
  }
  let value;
  try {
    value = stackOutput(text, key, mode);
  } catch (e) {
    console.error(`stack-output: ${e.message}`);
    process.exit(1);
  }
  if (value) console.log(value);
}
