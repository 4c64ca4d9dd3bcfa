#!/usr/bin/env bash
# run.sh — the real-engine suite: howler and the Turso provider driven through a real Pulumi CLI (built from its Go
# module by tools.sh, local file backend, passphrase secrets) against a real Kubernetes control plane on loopback
# (cluster.sh) and the in-test Turso API. Each scenario asserts on what the engine and the API server report.
#
#   infra/e2e/run.sh                 # every scenario
#   infra/e2e/run.sh turso cluster   # only these (names: see `scenarios` below)
#
# Needs: Go 1.26+ (to build the tools once; they are cached outside the repository, see tools.sh), a JDK 17,
# openssl, curl. With CI=true anything missing is a failure; elsewhere the suite says what it needs and exits 0.
# Prints one PASS/FAIL line per scenario and ends with "N passed, N failed"; exits 1 when anything failed.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
e2e="$root/infra/e2e"
ci=false
[ "${CI:-}" = true ] && ci=true

passed=0
failed=0
failures=()
pass() { passed=$((passed + 1)); echo "PASS: $1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); echo "FAIL: $1${2:+ — $2}"; }
note() { echo "e2e: $*" >&2; }
summary() {
  echo
  for f in "${failures[@]}"; do echo "failed: $f"; done
  echo "$passed passed, $failed failed"
}

# Missing prerequisites: a failure in CI, otherwise say what is needed and stop with 0 (nothing was tested).
unmet() {
  if $ci; then
    fail "prerequisites" "$1"
    summary
    exit 1
  fi
  echo "e2e: not run: $1"
  echo "e2e: the real-engine suite needs Go 1.26+ (tools are built from their Go modules), a JDK 17, openssl and curl."
  exit 0
}

command -v java >/dev/null 2>&1 || unmet "java not found (install a JDK 17)"
command -v go >/dev/null 2>&1 || unmet "go not found: install Go 1.26+ (https://go.dev/doc/install); tools.sh builds pulumi, the Kubernetes control plane, etcd and kwok from their Go modules"
command -v openssl >/dev/null 2>&1 || unmet "openssl not found (apt-get install openssl)"
command -v curl >/dev/null 2>&1 || unmet "curl not found (apt-get install curl)"

work="$(mktemp -d "${TMPDIR:-/tmp}/howler-e2e.XXXXXX")"
cluster_dir="$work/cluster"
cleanup() {
  if [ -f "$cluster_dir/.howler-cluster" ]; then
    if [ "$failed" -gt 0 ]; then
      mkdir -p "$work.logs" && cp -r "$cluster_dir/logs" "$work.logs/cluster" 2>/dev/null && note "cluster logs kept in $work.logs"
    fi
    "$e2e/cluster.sh" down "$cluster_dir" >/dev/null 2>&1 || note "cluster.sh down failed"
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'note "interrupted"; exit 130' INT TERM

note "building (or finding in the cache) the tools…"
if ! tools="$("$e2e/tools.sh" | tail -n 1)" || [ ! -x "$tools/pulumi" ]; then
  fail "tools" "infra/e2e/tools.sh failed (output above)"
  summary
  exit 1
fi
note "tools in $tools"
export PATH="$tools:$PATH"

note "building the CLI, the program and the Turso plugin…"
if ! (cd "$root" && ./mvnw -B -q -pl infra/cli,infra/turso-provider -am package -DskipTests) >"$work/package.log" 2>&1; then
  cat "$work/package.log"
  fail "build" "./mvnw package failed"
  summary
  exit 1
fi

# Engine environment shared by every scenario: a local file backend and a passphrase, per-run plugin home, never an
# update check. The built kubernetes provider is installed into that home under the version it reports.
export PULUMI_CONFIG_PASSPHRASE="howler-e2e"
export PULUMI_SKIP_UPDATE_CHECK=true
export PULUMI_HOME="$work/pulumi-home"
export PULUMI_BACKEND_URL="file://$work/state"
mkdir -p "$work/state" "$PULUMI_HOME"

# A JUnit class run with the real CLI on PATH; passes only when every one of its tests ran (none skipped).
junit() { # scenario module class
  local scenario="$1" module="$2" class="$3" report
  report="$root/$module/target/surefire-reports/TEST-$class.xml"
  rm -f "$report"
  if ! (cd "$root" && HOWLER_REAL_ENGINE=1 ./mvnw -B -q -pl "$module" -am verify -Dtest="${class##*.}" \
        -Dsurefire.failIfNoSpecifiedTests=false) >"$work/$scenario.log" 2>&1; then
    tail -n 60 "$work/$scenario.log"
    fail "$scenario" "$class failed (output above)"
    return
  fi
  if [ ! -f "$report" ]; then
    fail "$scenario" "$class did not run (no $report)"
  elif grep -Eq 'skipped="[1-9]' "$report"; then
    fail "$scenario" "$class skipped a test: $(grep -o 'message="[^"]*"' "$report" | head -n 1)"
  else
    pass "$scenario: $(grep -o 'tests="[0-9]*"' "$report" | head -n 1) in $class"
  fi
}

scenario_turso() {
  junit turso infra/turso-provider app.sqlstudio.howler.turso.provider.RealEngineLifecycleTest
}

scenario_lifecycle() {
  junit lifecycle infra/cli app.sqlstudio.howler.cli.StackLifecycleTest
}

kubeconfig=""
kubectl() { "$tools/kubectl" --kubeconfig "$kubeconfig" --request-timeout 30s "$@"; }

# Waits (bounded) until a command succeeds.
eventually() { # seconds command...
  local seconds="$1"; shift
  local deadline=$(( $(date +%s) + seconds ))
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -ge "$deadline" ] && return 1
    sleep 1
  done
}

scenario_cluster() {
  if ! kubeconfig="$("$e2e/cluster.sh" up "$cluster_dir" "$tools" 2>"$work/cluster-up.log" | tail -n 1)" || [ ! -f "$kubeconfig" ]; then
    cat "$work/cluster-up.log"
    fail "cluster" "cluster.sh up failed"
    kubeconfig=""
    return
  fi
  # The control plane does what the app needs: a Deployment rolls out to Ready pods, a Job completes, deletion
  # cascades through the garbage collector.
  local ns=e2e-smoke
  kubectl create namespace $ns >/dev/null &&
    kubectl -n $ns create deployment web --image=nginx:1.27 --replicas=2 >/dev/null &&
    kubectl -n $ns create job once --image=busybox:1.36 -- true >/dev/null || { fail "cluster" "kubectl create refused"; return; }
  if ! kubectl -n $ns rollout status deployment/web --timeout=90s >/dev/null; then
    fail "cluster" "deployment web did not roll out: $(kubectl -n $ns get pods -o wide 2>&1 | tail -n 3)"; return
  fi
  if ! kubectl -n $ns wait job/once --for=condition=Complete --timeout=90s >/dev/null; then
    fail "cluster" "job once did not complete"; return
  fi
  local ready
  ready="$(kubectl -n $ns get pods -l app=web -o jsonpath='{range .items[*]}{.status.conditions[?(@.type=="Ready")].status}{" "}{end}')"
  [ "$ready" = "True True " ] || { fail "cluster" "pods not Ready: '$ready'"; return; }
  kubectl delete namespace $ns --wait=false >/dev/null
  if ! eventually 120 bash -c "! '$tools/kubectl' --kubeconfig '$kubeconfig' get namespace $ns"; then
    fail "cluster" "namespace $ns was not deleted within 120 s"; return
  fi
  pass "cluster: control plane up; deployment rolled out (2 pods Ready), job completed, namespace deleted"
}

all=(turso lifecycle cluster)
selected=("$@")
[ ${#selected[@]} -eq 0 ] && selected=("${all[@]}")
for s in "${selected[@]}"; do
  if ! declare -F "scenario_$s" >/dev/null; then
    fail "$s" "no such scenario (known: ${all[*]})"
    continue
  fi
  note "scenario $s"
  started=$(date +%s)
  "scenario_$s"
  note "scenario $s took $(( $(date +%s) - started )) s"
done

summary
[ "$failed" -eq 0 ]
