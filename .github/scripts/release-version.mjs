#!/usr/bin/env node
// Prints `version=<tag>` for $GITHUB_OUTPUT: the image tag a deploy builds, pushes and rolls out.
//   release published          → the release's tag without a leading "v" (v1.4.2 → 1.4.2)
//   manual dispatch on a tag   → that tag without a leading "v"
//   manual dispatch on a branch→ sha-<first 12 hex digits of the commit>
// Reads GITHUB_EVENT_NAME, RELEASE_TAG, GITHUB_REF_TYPE, GITHUB_REF_NAME, GITHUB_SHA. Exits 2 when the result is not
// a valid image tag (the stack config accepts the same: never "latest", at most 128 characters).
import { pathToFileURL } from 'node:url';

const TAG = /^(?!latest$)[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export function releaseVersion(env) {
  const strip = (t) => t.replace(/^v(?=\d)/, '');
  let version;
  if (env.GITHUB_EVENT_NAME === 'release' && env.RELEASE_TAG) version = strip(env.RELEASE_TAG);
  else if (env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME) version = strip(env.GITHUB_REF_NAME);
  else if (/^[0-9a-f]{12,40}$/.test(env.GITHUB_SHA ?? '')) version = `sha-${env.GITHUB_SHA.slice(0, 12)}`;
  else throw new Error('no release tag, tag ref or commit SHA in the environment');
  if (!TAG.test(version)) {
    throw new Error(`"${version}" is not a valid image tag: letters, digits, '_', '.', '-'; at most 128; never "latest"`);
  }
  return version;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(`version=${releaseVersion(process.env)}`);
  } catch (e) {
    console.error(`::error::release-version: ${e.message}`);
    process.exit(2);
  }
}
