#!/usr/bin/env bash
# stack-secrets.sh STACK — gives the stack the secret config `howler up` needs, for this run only: the values come from
# the repository's secrets, are encrypted by the stack's own secrets provider into Pulumi.STACK.yaml of the runner's
# checkout, and are never committed (README "Delivery").
#   cloudflare:apiToken ← CLOUDFLARE_API_TOKEN   (required)
#   turso:apiToken      ← TURSO_API_TOKEN        (required)
#   howler:jwtSecret    ← JWT_SECRET when set; otherwise the value the stack config already has; otherwise a fresh random
#                         one (ephemeral stacks: a preview must never accept production's tokens).
# Needs the pulumi CLI logged in to the state backend (PULUMI_ACCESS_TOKEN, or PULUMI_BACKEND_URL and
# PULUMI_CONFIG_PASSPHRASE). Values go through stdin, never the command line.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 STACK" >&2
  exit 2
fi
stack="$1"

require() {
  if [ -z "${!1:-}" ]; then
    echo "::error::$1 is empty: add it as a repository secret (README, section Delivery) and re-run." >&2
    exit 1
  fi
}
require CLOUDFLARE_API_TOKEN
require TURSO_API_TOKEN

# config set needs the stack to exist in the backend: its secrets provider encrypts the values.
pulumi stack select --create "$stack" --non-interactive > /dev/null

set_secret() {
  printf '%s' "$2" | pulumi config set --secret --stack "$stack" --non-interactive "$1"
  echo "set $1 (secret) on stack $stack"
}

set_secret cloudflare:apiToken "$CLOUDFLARE_API_TOKEN"
set_secret turso:apiToken "$TURSO_API_TOKEN"
if [ -n "${JWT_SECRET:-}" ]; then
  set_secret howler:jwtSecret "$JWT_SECRET"
elif pulumi config get howler:jwtSecret --stack "$stack" > /dev/null 2>&1; then
  echo "howler:jwtSecret already set on stack $stack"
else
  set_secret howler:jwtSecret "$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
fi
