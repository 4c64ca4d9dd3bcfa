#!/usr/bin/env bash
# The frontend's part of `./mvnw -B verify` (also runnable by hand from frontend/):
#   scripts/verify.sh unit          npm ci, typecheck, lint, Vitest unit tests          (Maven `test`)
#   scripts/verify.sh integration   vite build, bundle budget, nginx test, e2e           (Maven `integration-test`)
#   scripts/verify.sh all           both
# On a fresh machine it installs Debian's chromium and nginx when they are missing (needs root, as CI is).
# Ends with one summary line: "frontend <mode>: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

MODE="${1:-all}"
SERVICE_JAR="${HOWLER_SERVICE_JAR:-$(cd .. && pwd)/service/target/service.jar}"
export HOWLER_SERVICE_JAR="$SERVICE_JAR"
passed=0
failed=0
failures=()

summary() {
  echo
  if ((failed > 0)); then echo "frontend ${MODE}: FAILED step(s): ${failures[*]}"; fi
  echo "frontend ${MODE}: ${passed} passed, ${failed} failed"
}

# Runs a step; on failure records it and stops (later steps depend on earlier ones).
step() {
  local name="$1"
  shift
  echo
  echo "==> frontend: ${name}"
  local start=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    echo "<== frontend: ${name} ok ($((SECONDS - start)) s)"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "<== frontend: ${name} FAILED ($((SECONDS - start)) s)" >&2
    summary
    exit 1
  fi
}

need_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "Node.js 20.19+ and npm are needed (they come with the build machine)." >&2
    return 1
  fi
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' || {
    echo "Node.js $(node -v) is too old: Vite 8 needs 20.19 or newer." >&2
    return 1
  }
}

apt_install() {
  if [[ "$(id -u)" != 0 ]]; then
    echo "Missing $*: install them with 'sudo apt-get install -y $*' (Debian packages), then run again." >&2
    return 1
  fi
  echo "Installing Debian packages: $*"
  # Never let a package's init script start a daemon on this machine.
  local policy=/usr/sbin/policy-rc.d created=0
  if [[ ! -e $policy ]]; then printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  local rc=$?
  ((created)) && rm -f "$policy"
  return $rc
}

need_browser_and_nginx() {
  local missing=()
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
  ((${#missing[@]} == 0)) || apt_install "${missing[@]}"
}

install_deps() {
  # npm ci on every run would cost half a minute; skip it when node_modules matches the lockfile.
  if [[ -f node_modules/.package-lock.json && node_modules/.package-lock.json -nt package-lock.json && -z "${HOWLER_NPM_CI:-}" ]]; then
    echo "node_modules is up to date with package-lock.json"
    return 0
  fi
  npm ci --no-audit --no-fund --loglevel=error
}

need_service_jar() {
  if [[ ! -f "$SERVICE_JAR" ]]; then
    echo "The end-to-end tests need the service jar at $SERVICE_JAR: build it with './mvnw -B -pl service package -DskipTests' (the Maven reactor builds it before frontend)." >&2
    return 1
  fi
}

unit() {
  step "node" need_node
  step "npm ci" install_deps
  step "typecheck" npx tsc -b --noEmit
  step "lint" npx eslint --max-warnings=0 .
  step "unit tests (vitest)" npx vitest run --project unit
}

integration() {
  step "node" need_node
  step "npm ci" install_deps
  step "chromium and nginx" need_browser_and_nginx
  step "build (vite)" npx vite build
  step "bundle budget" node scripts/bundle-size.mjs
  step "nginx config and Dockerfile tests" npx vitest run --project nginx
  step "service jar" need_service_jar
  step "end-to-end tests (chromium, nginx, service)" npx vitest run --project e2e
}

case "$MODE" in
  unit) unit ;;
  integration) integration ;;
  all) unit; integration ;;
  *) echo "usage: $0 unit|integration|all" >&2; exit 2 ;;
esac
summary
