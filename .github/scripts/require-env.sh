#!/usr/bin/env bash
# require-env.sh NAME[|ALTERNATIVE...] ... — fails the job before anything is built when a secret or variable the
# workflow needs is empty, naming every missing one at once. "A|B" means at least one of A and B.
# The workflow maps each secret or variable to an environment variable of the same name.
set -uo pipefail

missing=()
for spec in "$@"; do
  found=0
  IFS='|' read -r -a names <<< "$spec"
  for name in "${names[@]}"; do
    if [ -n "${!name:-}" ]; then found=1; fi
  done
  if [ "$found" = 0 ]; then missing+=("${spec//|/ or }"); fi
done

if [ ${#missing[@]} -gt 0 ]; then
  for m in "${missing[@]}"; do
    echo "::error::$m is not set: create it in Settings → Secrets and variables → Actions (README, section Delivery, says how)."
  done
  exit 1
fi
echo "all ${#} required secrets and variables are set"
