#!/usr/bin/env bash
# ephemeral-stack.sh NAME TTL — makes sure the ephemeral stack NAME exists in the Pulumi backend and this checkout has
# its Pulumi.NAME.yaml, which `howler stack init` generates and no commit holds (ephemeral.yml keeps it between runs
# of a pull request in the Actions cache):
#   stack in the backend, file restored  → reuse both (the expiry set at creation stands; gc ends it)
#   no stack in the backend              → drop any stale file, `howler stack init NAME --ephemeral --ttl TTL`
#   stack in the backend, no file        → the config is lost (cache evicted): destroy and remove the stack, then init
# Prints `created=true|false` for $GITHUB_OUTPUT on stdout; progress on stderr. Run from the repository root.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 NAME TTL" >&2
  exit 2
fi
name="$1"
ttl="$2"
file="Pulumi.$name.yaml"

if pulumi stack select "$name" --non-interactive > /dev/null 2>&1; then
  if [ -f "$file" ]; then
    echo "stack $name exists and $file was restored: reusing it" >&2
    echo "created=false"
    exit 0
  fi
  echo "stack $name exists but its $file is gone: destroying and removing it to start afresh" >&2
  ./howler destroy "$name" --yes >&2
  ./howler stack rm "$name" --yes >&2
elif [ -f "$file" ]; then
  echo "$file was restored but stack $name is gone (expired and collected): starting afresh" >&2
  rm -f "$file"
fi
./howler stack init "$name" --ephemeral --ttl "$ttl" --from prod >&2
echo "created=true"
