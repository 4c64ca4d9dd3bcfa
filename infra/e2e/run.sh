#!/usr/bin/env bash
# run.sh — the real-engine suite: howler and the Turso provider driven through a real Pulumi CLI (built from its Go
# module by tools.sh, local file backend, passphrase secrets) against a real Kubernetes control plane on loopback
# (cluster.sh) and the in-test Turso API. Each scenario asserts on what the engine and the API server report.
#
#   infra/e2e/run.sh                 # every scenario
#   infra/e2e/run.sh turso cluster   # only these (names: see `all=` below)
#   HOWLER_E2E_TOOLS=DIR infra/e2e/run.sh   # use the binaries in DIR instead of tools.sh's
#
# Needs: Go 1.26+ (to build the tools once; they are cached outside the repository, see tools.sh), a JDK 17,
# openssl, curl, jq (installed with apt-get when missing and run as root). With CI=true anything missing is a failure; elsewhere the suite says what it needs and exits 0.
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
if ! command -v jq >/dev/null 2>&1; then
  # The suite reads the engine's JSON (stack export, history) with jq; install it as .ci/run installs its tools.
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && apt-get install -y -qq jq) >/dev/null 2>&1 || true
  fi
  command -v jq >/dev/null 2>&1 || unmet "jq not found (apt-get install jq)"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/howler-e2e.XXXXXX")"
cluster_dir="$work/cluster"
cleanup() {
  if [ -f "$cluster_dir/.howler-cluster" ]; then
    if [ "$failed" -gt 0 ]; then
      mkdir -p "$work.logs" && cp -r "$cluster_dir/logs" "$work.logs/cluster" 2>/dev/null
      cp "$work"/*.log "$work"/*.out "$work"/*.err "$work.logs/" 2>/dev/null
      note "logs kept in $work.logs"
    fi
    "$e2e/cluster.sh" down "$cluster_dir" >/dev/null 2>&1 || note "cluster.sh down failed"
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'note "interrupted"; exit 130' INT TERM

if [ -n "${HOWLER_E2E_TOOLS:-}" ]; then
  # A directory of binaries built elsewhere (the names tools.sh prints); checked by each scenario that needs them.
  tools="$HOWLER_E2E_TOOLS"
  note "tools from HOWLER_E2E_TOOLS: $tools"
elif note "building (or finding in the cache) the tools…" && ! tools="$("$e2e/tools.sh" | tail -n 1)" || [ ! -x "$tools/pulumi" ]; then
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


# ---- the local stack: howler driving the real engine onto the cluster --------------------------------------------
# A project directory of its own (Pulumi.yaml and Pulumi.prod.yaml of the repository; infra/ linked so the plugin path
# of Pulumi.yaml resolves), so stack files written by `stack init` never land in the checkout.
project="$work/project"
mkdir -p "$project"
cp "$root/Pulumi.yaml" "$root/Pulumi.prod.yaml" "$project/"
ln -s "$root/infra" "$project/infra"

howler() { "$root/howler" --cwd "$project" --non-interactive --color never "$@"; }
pulumi() { "$tools/pulumi" --cwd "$project" --non-interactive --color never "$@"; }

# The engine's own record of the last update of STACK: "create=N update=N …" from `pulumi stack history`.
last_update() { # stack
  pulumi stack history --stack "$1" --json --show-secrets=false 2>/dev/null |
    jq -r 'max_by(.version) | .resourceChanges // {} | to_entries | map("\(.key)=\(.value)") | sort | join(" ")' 
}
# A jq query on the engine's exported state of STACK.
state_query() { # stack filter
  pulumi stack export --stack "$1" 2>/dev/null | jq -r "$2"
}
stack_exists() { pulumi stack ls --json 2>/dev/null | grep -q "\"name\": *\"$1\""; }

need_cluster() {
  [ -n "$kubeconfig" ] && return 0
  fail "$1" "no cluster (the cluster scenario failed or was not selected)"
  return 1
}

namespace_of() { sed -n 's/^ *howler:namespace: *//p' "$project/Pulumi.$1.yaml" | tr -d '"'; }

# Every Kubernetes object `howler plan` renders exists with the planned spec: `kubectl diff --server-side` applies
# the planned manifests as a dry run against the live objects and reports any field that differs. Secrets are
# rendered with placeholders, so for them only existence is checked.
objects_match_plan() { # stack
  local stack="$1" render="$work/render-$1" out
  rm -rf "$render"
  howler plan "$stack" --render-dir "$render" >/dev/null 2>&1 || { echo "howler plan --render-dir failed"; return 1; }
  local missing=0 f kinds=0
  for f in $(find "$render" -name '*.yaml' | sort); do
    kinds=$((kinds + 1))
    if grep -q '^kind: Secret' "$f"; then
      kubectl get -f "$f" >/dev/null 2>&1 || { echo "missing: $f"; missing=1; }
      rm -f "$f"
    fi
  done
  [ "$kinds" -gt 0 ] || { echo "howler plan rendered no manifest"; return 1; }
  # A Deployment scaled by an HPA has the HPA's replica count, not the planned starting one.
  local target
  for f in $(grep -l '^kind: HorizontalPodAutoscaler' "$render"/*.yaml 2>/dev/null); do
    target="$(sed -n '/scaleTargetRef:/,/name:/s/^ *name: *//p' "$f" | tr -d '"' | head -n 1)"
    for d in "$render"/deployment-*-"$target".yaml; do [ -f "$d" ] && sed -i '/^  replicas: /d' "$d"; done
  done
  [ "$missing" -eq 0 ] || return 1
  out="$(kubectl diff --server-side --force-conflicts --field-manager=howler-e2e-check -R -f "$render" 2>&1)"
  case $? in
    0) return 0 ;;
    1) echo "live objects differ from the plan:"; echo "$out" | head -n 40; return 1 ;;
    *) echo "kubectl diff failed: $(echo "$out" | head -n 5)"; return 1 ;;
  esac
}

all_rolled_out() { # namespace
  local ns="$1" d
  for d in $(kubectl -n "$ns" get deployments -o name); do
    kubectl -n "$ns" rollout status "$d" --timeout=180s >/dev/null || { echo "$d did not roll out"; return 1; }
  done
  local notready
  notready="$(kubectl -n "$ns" get pods --field-selector=status.phase=Running \
    -o jsonpath='{range .items[*]}{.metadata.name}={.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}' | grep -v '=True$' || true)"
  [ -z "$notready" ] || { echo "pods not Ready: $notready"; return 1; }
}

scenario_local_up() {
  need_cluster local_up || return
  local s=e2e ns planned preview_creates out
  out="$(howler stack init $s --kubeconfig "$kubeconfig" 2>&1)" || { fail local_up "stack init: $out"; return; }
  stack_exists $s || { fail local_up "the engine does not list stack $s after stack init"; return; }
  ns="$(namespace_of $s)"
  planned="$(howler plan $s --format json 2>/dev/null | jq -r '.resources | length')" ||
    { fail local_up "howler plan $s failed"; return; }
  preview_creates="$(howler preview $s --json 2>"$work/preview.err" | jq -r '.changes.create')" ||
    { fail local_up "howler preview $s: $(tail -n 5 "$work/preview.err")"; return; }
  # The plan lists every resource the engine registers, the stack itself and the explicit provider included.
  [ "$preview_creates" = "$planned" ] ||
    { fail local_up "the engine's preview creates $preview_creates resources, howler plan lists $planned"; return; }
  howler up $s --yes >"$work/up1.log" 2>&1 || { tail -n 30 "$work/up1.log"; fail local_up "howler up $s failed"; return; }
  local changes
  changes="$(last_update $s)"
  [ "$changes" = "create=$planned" ] || { fail local_up "the engine recorded '$changes' for the first up, expected create=$planned"; return; }
  out="$(objects_match_plan $s)" || { fail local_up "$out"; return; }
  out="$(all_rolled_out "$ns")" || { fail local_up "$out"; return; }
  local app_url
  app_url="$(pulumi stack output appUrl --stack $s 2>/dev/null)"
  [ "$app_url" = "http://$s.localhost" ] || { fail local_up "engine output appUrl is '$app_url', expected http://$s.localhost"; return; }
  [ "$(pulumi stack output namespace --stack $s 2>/dev/null)" = "$ns" ] || { fail local_up "engine output namespace differs from $ns"; return; }
  local updates
  updates="$(pulumi stack history --stack $s --json 2>/dev/null | jq length)"
  [ "$(howler preview $s --json 2>/dev/null | jq -r '.changed')" = 0 ] || { fail local_up "the engine's preview after up still has changes"; return; }
  howler up $s --yes >"$work/up2.log" 2>&1 || { tail -n 30 "$work/up2.log"; fail local_up "second howler up failed"; return; }
  [ "$(pulumi stack history --stack $s --json 2>/dev/null | jq length)" = "$updates" ] ||
    { fail local_up "the second up ran an update although the engine's preview had nothing to change: $(last_update $s)"; return; }
  pass "local_up: stack init, preview = plan ($planned resources), up created them all, every object matches the plan, pods Ready, outputs, second up a no-op"
}


set_config() { # stack key value — in Pulumi.STACK.yaml, as a developer would edit it
  local file="$project/Pulumi.$1.yaml"
  if grep -q "^  $2:" "$file"; then
    sed -i "s|^  $2:.*|  $2: $3|" "$file"
  else
    printf '  %s: %s\n' "$2" "$3" >> "$file"
  fi
}

scenario_local_change() {
  need_cluster local_change || return
  local s=e2e ns out steps expected
  stack_exists $s || { fail local_change "stack $s does not exist (local_up failed?)"; return; }
  ns="$(namespace_of $s)"
  set_config $s howler:imageTag e2e-2
  set_config $s howler:backendReplicasMin 3
  set_config $s howler:backendReplicasMax 4
  # The engine's preview: exactly the objects that carry the tag or the bounds change, nothing created or deleted
  # except the migration Job, which Kubernetes cannot update in place.
  howler preview $s --json >"$work/change-preview.json" 2>"$work/change-preview.err" ||
    { tail -n 20 "$work/change-preview.err"; fail local_change "howler preview failed"; return; }
  steps="$(jq -r '.steps[] | select(.op != "same") | "\(.op) \(.type | split(":") | last) \(.name)"' "$work/change-preview.json" | sort | tr '\n' ';')"
  echo "e2e: change preview: $steps" >&2
  out="$(jq -r '.steps[] | select(.op | IN("same", "update", "replace", "create-replacement", "delete-replaced") | not) | .op' "$work/change-preview.json" | sort -u | tr '\n' ' ')"
  [ -z "$out" ] || { fail local_change "unexpected operations in the preview: $out ($steps)"; return; }
  # Exactly the objects that carry the tag (both Deployments, the migration Job) or the bounds (the backend HPA).
  local changed
  changed="$(jq -r '.steps[] | select(.op != "same") | "\(.type | split(":") | last) \(.name)"' "$work/change-preview.json" | sort -u | tr '\n' ';')"
  expected="Deployment backend-deployment;Deployment frontend-deployment;HorizontalPodAutoscaler backend-hpa;Job backend-migrate;"
  [ "$changed" = "$expected" ] || { fail local_change "the preview changes '$changed', expected exactly '$expected'"; return; }
  howler up $s --yes >"$work/change-up.log" 2>&1 || { tail -n 30 "$work/change-up.log"; fail local_change "howler up failed"; return; }
  out="$(all_rolled_out "$ns")" || { fail local_change "$out"; return; }
  # The migration Job of the new tag completed before the backend Deployment started rolling to it.
  local job done_at rs_at
  job="$(kubectl -n "$ns" get jobs -o jsonpath='{range .items[*]}{.metadata.name} {.spec.template.spec.containers[0].image}{"\n"}{end}' | awk '/:e2e-2$/ {print $1; exit}')"
  [ -n "$job" ] || { fail local_change "no migration Job runs image tag e2e-2: $(kubectl -n "$ns" get jobs -o wide 2>&1 | tail -n 3)"; return; }
  done_at="$(kubectl -n "$ns" get job "$job" -o jsonpath='{.status.completionTime}')"
  rs_at="$(kubectl -n "$ns" get replicasets -o jsonpath='{range .items[*]}{.metadata.creationTimestamp} {.spec.template.spec.containers[0].image}{"\n"}{end}' | awk '/backend:e2e-2$/ {print $1}' | sort | head -n 1)"
  [ -n "$done_at" ] && [ -n "$rs_at" ] || { fail local_change "job completion '$done_at' or new backend ReplicaSet '$rs_at' missing"; return; }
  [[ ! "$rs_at" < "$done_at" ]] || { fail local_change "backend rolled at $rs_at before the migration finished at $done_at"; return; }
  local hpa
  hpa="$(kubectl -n "$ns" get hpa -o jsonpath='{range .items[*]}{.spec.minReplicas}-{.spec.maxReplicas}{" "}{end}')"
  echo "$hpa" | grep -q '3-4' || { fail local_change "the backend HPA is not 3..4 on the server: $hpa"; return; }
  out="$(objects_match_plan $s)" || { fail local_change "$out"; return; }
  pass "local_change: preview changed exactly the two Deployments, the backend HPA and the migration Job; the Job for e2e-2 completed ($done_at) before the backend rolled ($rs_at); HPA 3..4"
}

scenario_local_drift() {
  need_cluster local_drift || return
  local s=e2e ns code deploy
  stack_exists $s || { fail local_drift "stack $s does not exist"; return; }
  ns="$(namespace_of $s)"
  deploy="$(kubectl -n "$ns" get deployments -o name | grep frontend | head -n 1)"
  [ -n "$deploy" ] || { fail local_drift "no frontend Deployment in $ns"; return; }
  # A hand edit of a field the stack manages.
  local planned_limit
  planned_limit="$(kubectl -n "$ns" get "$deploy" -o jsonpath='{.spec.revisionHistoryLimit}')"
  kubectl -n "$ns" patch "$deploy" --type merge -p '{"spec":{"revisionHistoryLimit":7}}' >/dev/null ||
    { fail local_drift "kubectl patch refused"; return; }
  howler drift $s >"$work/drift1.out" 2>&1; code=$?
  [ $code -eq 3 ] || { cat "$work/drift1.out"; fail local_drift "howler drift exited $code after a hand edit, expected 3"; return; }
  grep -Eq "apps/v1:Deployment +frontend" "$work/drift1.out" || { cat "$work/drift1.out"; fail local_drift "the drift report does not name the frontend Deployment"; return; }
  howler refresh $s --yes >"$work/refresh.out" 2>&1 || { tail -n 20 "$work/refresh.out"; fail local_drift "howler refresh failed"; return; }
  [ "$(state_query $s '.deployment.resources[] | select(.type == "kubernetes:apps/v1:Deployment" and (.outputs.metadata.name | test("frontend"))) | .outputs.spec.revisionHistoryLimit')" = 7 ] ||
    { fail local_drift "after refresh the engine's state does not hold the hand edit"; return; }
  howler drift $s >"$work/drift2.out" 2>&1; code=$?
  [ $code -eq 0 ] || { cat "$work/drift2.out"; fail local_drift "howler drift exited $code after refresh, expected 0"; return; }
  # The state now holds the edit and the program does not: the engine's preview updates exactly that Deployment, and
  # up takes the field back from kubectl (every object carries pulumi.com/patchForce; without it server-side apply
  # stops at a field conflict with the hand edit's manager).
  local steps
  steps="$(howler preview $s --json 2>"$work/drift-preview.err" | jq -r '.steps[] | select(.op != "same") | "\(.op) \(.type | split(":") | last)"' | sort | tr '\n' ';')"
  [ "$steps" = "update Deployment;" ] || { cat "$work/drift-preview.err"; fail local_drift "after refresh the engine's preview should update only the Deployment: '$steps'"; return; }
  howler up $s --yes >"$work/drift-up.log" 2>&1 || { tail -n 20 "$work/drift-up.log"; fail local_drift "howler up after the hand edit failed"; return; }
  [ "$(kubectl -n "$ns" get "$deploy" -o jsonpath='{.spec.revisionHistoryLimit}')" = "$planned_limit" ] ||
    { fail local_drift "up did not restore revisionHistoryLimit $planned_limit"; return; }
  # Replicas belong to the HPA: scaled by hand (as the HPA does, through the scale subresource) and then rolled to a
  # new tag, the backend keeps its count, and up neither conflicts nor resets it.
  local backend replicas
  backend="$(kubectl -n "$ns" get deployments -o name | grep backend | head -n 1)"
  replicas="$(kubectl -n "$ns" get hpa -o jsonpath='{.items[0].spec.maxReplicas}')"
  kubectl -n "$ns" scale "$backend" --replicas="$replicas" >/dev/null || { fail local_drift "kubectl scale refused"; return; }
  set_config $s howler:imageTag e2e-3
  howler up $s --yes >"$work/drift-up2.log" 2>&1 || { tail -n 20 "$work/drift-up2.log"; fail local_drift "up of a new tag after scaling failed"; return; }
  [ "$(kubectl -n "$ns" get "$backend" -o jsonpath='{.spec.replicas}')" = "$replicas" ] ||
    { fail local_drift "up reset the backend's replicas from $replicas to $(kubectl -n "$ns" get "$backend" -o jsonpath='{.spec.replicas}')"; return; }
  kubectl -n "$ns" get "$backend" -o jsonpath='{.spec.template.spec.containers[0].image}' | grep -q ':e2e-3$' ||
    { fail local_drift "the backend does not run e2e-3 after up"; return; }
  local out
  out="$(objects_match_plan $s)" || { fail local_drift "$out"; return; }
  out="$(all_rolled_out "$ns")" || { fail local_drift "$out"; return; }
  howler drift $s >"$work/drift3.out" 2>&1; code=$?
  [ $code -eq 0 ] || { cat "$work/drift3.out"; fail local_drift "howler drift exited $code after up, expected 0"; return; }
  pass "local_drift: hand edit of ${deploy#*/} → drift exit 3 naming it; refresh took it in (drift 0); the preview updates only it and up restored it; the HPA's replica count survived an up of a new tag"
}

scenario_local_protect_destroy() {
  need_cluster local_protect_destroy || return
  local s=e2e ns out claim
  stack_exists $s || { fail local_protect_destroy "stack $s does not exist"; return; }
  ns="$(namespace_of $s)"
  claim="$(state_query $s '[.deployment.resources[] | select(.protect == true) | .type] | join(",")')"
  [ "$claim" = "kubernetes:core/v1:PersistentVolumeClaim" ] || { fail local_protect_destroy "the engine's state protects '$claim', expected the data claim"; return; }
  howler destroy $s --yes >"$work/destroy1.out" 2>&1 && { fail local_protect_destroy "destroy succeeded despite the protected claim"; return; }
  kubectl -n "$ns" get pvc sql-studio-data >/dev/null 2>&1 || { fail local_protect_destroy "the protected claim is gone from the cluster"; return; }
  [ "$(state_query $s '[.deployment.resources[] | select(.type == "kubernetes:core/v1:PersistentVolumeClaim")] | length')" = 1 ] ||
    { fail local_protect_destroy "the engine's state lost the protected claim"; return; }
  set_config $s howler:protectData false
  howler up $s --yes >"$work/unprotect.log" 2>&1 || { tail -n 20 "$work/unprotect.log"; fail local_protect_destroy "up lifting the protection failed"; return; }
  howler destroy $s --yes >"$work/destroy2.out" 2>&1 || { tail -n 20 "$work/destroy2.out"; fail local_protect_destroy "destroy failed"; return; }
  [ "$(state_query $s '.deployment.resources // [] | length')" = 0 ] || { fail local_protect_destroy "the engine's state still has resources after destroy"; return; }
  eventually 120 bash -c "! '$tools/kubectl' --kubeconfig '$kubeconfig' get namespace '$ns'" ||
    { fail local_protect_destroy "namespace $ns still exists 120 s after destroy"; return; }
  howler stack rm $s --yes >"$work/rm.out" 2>&1 || { cat "$work/rm.out"; fail local_protect_destroy "stack rm failed"; return; }
  stack_exists $s && { fail local_protect_destroy "the engine still lists $s after stack rm"; return; }
  [ ! -f "$project/Pulumi.$s.yaml" ] || { fail local_protect_destroy "Pulumi.$s.yaml is still there"; return; }
  pass "local_protect_destroy: destroy refused by the protected claim (still in cluster and state); after lifting it destroy emptied the state and the namespace; stack rm removed the stack"
}

scenario_local_sigint() {
  need_cluster local_sigint || return
  local s=sigint ns pid code deadline out
  howler stack init $s --kubeconfig "$kubeconfig" >"$work/sigint-init.log" 2>&1 || { cat "$work/sigint-init.log"; fail local_sigint "stack init failed"; return; }
  ns="$(namespace_of $s)"
  # Ctrl-C as a terminal sends it: SIGINT to the whole foreground process group (howler, pulumi, the plugins).
  setsid "$root/howler" --cwd "$project" --non-interactive --color never up $s --yes >"$work/sigint-up.log" 2>&1 &
  pid=$!
  deadline=$(( $(date +%s) + 180 ))
  until kubectl get namespace "$ns" >/dev/null 2>&1 || [ "$(date +%s)" -ge "$deadline" ] || ! kill -0 $pid 2>/dev/null; do sleep 0.5; done
  kill -0 $pid 2>/dev/null || { cat "$work/sigint-up.log"; fail local_sigint "up ended before it could be interrupted"; return; }
  kill -INT -- "-$pid"
  deadline=$(( $(date +%s) + 120 ))
  while kill -0 $pid 2>/dev/null && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.5; done
  if kill -0 $pid 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null
    fail local_sigint "howler up did not stop within 120 s of SIGINT"; return
  fi
  wait $pid; code=$?
  echo "e2e: interrupted up exited $code: $(tail -n 3 "$work/sigint-up.log" | tr '\n' ' ')" >&2
  [ $code -ne 0 ] || { fail local_sigint "the interrupted up exited 0"; return; }
  # Without -v an interrupted run ends in Howler's one-line error, not the in-process program's Java stack trace.
  ! grep -q $'^\tat ' "$work/sigint-up.log" || { fail local_sigint "a Java stack trace without -v: $(grep -m1 -B2 $'^\tat ' "$work/sigint-up.log" | tr '\n' ' ')"; return; }
  howler up $s --yes >"$work/sigint-up2.log" 2>&1 || { tail -n 30 "$work/sigint-up2.log"; fail local_sigint "up after the interruption failed"; return; }
  out="$(state_query $s '.deployment.pending_operations // [] | length')"
  [ "$out" = 0 ] || { fail local_sigint "$out pending operations left in the state"; return; }
  out="$(objects_match_plan $s)" || { fail local_sigint "$out"; return; }
  out="$(all_rolled_out "$ns")" || { fail local_sigint "$out"; return; }
  howler destroy $s --yes >/dev/null 2>&1 || set_config $s howler:protectData false
  howler up $s --yes >/dev/null 2>&1; howler destroy $s --yes >/dev/null 2>&1; howler stack rm $s --yes >/dev/null 2>&1
  pass "local_sigint: SIGINT stopped up (exit $code); the next up converged with no pending operations, every object as planned, pods Ready"
}

scenario_local_gc() {
  need_cluster local_gc || return
  local s=dev-gc ns out
  howler stack init $s --ephemeral --ttl 1h --kubeconfig "$kubeconfig" >"$work/gc-init.log" 2>&1 || { cat "$work/gc-init.log"; fail local_gc "stack init --ephemeral failed"; return; }
  ns="$(namespace_of $s)"
  howler up $s --yes >"$work/gc-up.log" 2>&1 || { tail -n 20 "$work/gc-up.log"; fail local_gc "up failed"; return; }
  kubectl get namespace "$ns" >/dev/null 2>&1 || { fail local_gc "namespace $ns was not created"; return; }
  howler stack gc >"$work/gc-early.log" 2>&1 || { cat "$work/gc-early.log"; fail local_gc "stack gc failed before expiry"; return; }
  stack_exists $s || { fail local_gc "stack gc removed $s before it expired"; return; }
  set_config $s howler:expiresAt '"2000-01-01T00:00:00Z"'
  howler stack gc >"$work/gc.log" 2>&1 || { cat "$work/gc.log"; fail local_gc "stack gc failed"; return; }
  stack_exists $s && { fail local_gc "the engine still lists $s after stack gc"; return; }
  eventually 120 bash -c "! '$tools/kubectl' --kubeconfig '$kubeconfig' get namespace '$ns'" ||
    { fail local_gc "namespace $ns still exists after stack gc"; return; }
  pass "local_gc: an unexpired ephemeral stack was kept; past its expiry stack gc destroyed it (namespace gone) and removed it from the backend"
}

# `pulumi preview` of the project as CI's pull-request job runs it: the CLI itself runs the program named by
# Pulumi.yaml (runtime java, the jar), here through the stand-in Java language host, on a local stack.
scenario_pulumi_preview() {
  need_cluster pulumi_preview || return
  local s=pv out creates planned
  howler stack init $s --kubeconfig "$kubeconfig" >"$work/pv-init.log" 2>&1 || { cat "$work/pv-init.log"; fail pulumi_preview "stack init failed"; return; }
  (cd "$root" && ./mvnw -B -q -pl infra/stack -am package -DskipTests) >"$work/pv-build.log" 2>&1 || { tail -n 20 "$work/pv-build.log"; fail pulumi_preview "building the program jar failed"; return; }
  rm -f "$project/infra" && ln -s "$root/infra" "$project/infra"
  out="$(pulumi preview --stack $s --json 2>"$work/pv.err")" || { tail -n 20 "$work/pv.err"; echo "$out" | tail -n 20; fail pulumi_preview "pulumi preview failed"; return; }
  creates="$(echo "$out" | jq -r '.changeSummary.create')"
  planned="$(howler plan $s --format json 2>/dev/null | jq -r '.resources | length')"
  [ "$creates" = "$planned" ] || { fail pulumi_preview "pulumi preview creates $creates, howler plan lists $planned"; return; }
  howler stack rm $s --yes >/dev/null 2>&1
  pass "pulumi_preview: pulumi preview ran the project's jar (runtime java from Pulumi.yaml, stand-in language host) and plans the same $creates creates as howler"
}


# Not in the default run: howler's overhead over the engine it drives. The same local stack, the same operations,
# alternated in one run: `howler preview` vs `pulumi preview` (nothing to change), `howler up` vs `pulumi up` (each
# rolls a new image tag: Deployments, migration Job). pulumi runs the program's jar through the stand-in Java host.
scenario_bench() {
  need_cluster bench || return
  local s=bench rounds="${HOWLER_BENCH_ROUNDS:-3}" i t0 t1 tag
  howler stack init $s --kubeconfig "$kubeconfig" >"$work/bench-init.log" 2>&1 || { cat "$work/bench-init.log"; fail bench "stack init failed"; return; }
  set_config $s howler:protectData false
  (cd "$root" && ./mvnw -B -q -pl infra/stack -am package -DskipTests) >"$work/bench-build.log" 2>&1 || { fail bench "building the program jar failed"; return; }
  howler up $s --yes >"$work/bench-up0.log" 2>&1 || { tail -n 20 "$work/bench-up0.log"; fail bench "first up failed"; return; }
  : >"$work/bench.tsv"
  ms() { date +%s%3N; }
  for i in $(seq 1 "$rounds"); do
    t0=$(ms); howler preview $s >/dev/null 2>&1 || { fail bench "howler preview failed"; return; }; t1=$(ms)
    echo "howler-preview $((t1 - t0))" >>"$work/bench.tsv"
    t0=$(ms); pulumi preview --stack $s >/dev/null 2>&1 || { fail bench "pulumi preview failed"; return; }; t1=$(ms)
    echo "pulumi-preview $((t1 - t0))" >>"$work/bench.tsv"
    tag="bench-h$i"
    t0=$(ms); howler up $s --yes --image-tag "$tag" >/dev/null 2>&1 || { fail bench "howler up failed"; return; }; t1=$(ms)
    echo "howler-up $((t1 - t0))" >>"$work/bench.tsv"
    tag="bench-p$i"
    t0=$(ms); pulumi up --stack $s --yes --skip-preview=false --config "howler:imageTag=$tag" >/dev/null 2>&1 || { fail bench "pulumi up failed"; return; }; t1=$(ms)
    echo "pulumi-up $((t1 - t0))" >>"$work/bench.tsv"
  done
  echo "e2e: bench rounds ($rounds, milliseconds):"; cat "$work/bench.tsv"
  awk '{ sum[$1] += $2; n[$1]++; v[$1] = v[$1] " " $2 }
       END {
         for (k in sum) printf "e2e: bench %-15s mean %6.2f s  (%s ms)\n", k, sum[k] / n[k] / 1000, v[k];
         printf "e2e: bench overhead preview %.2fx, up %.2fx\n", sum["howler-preview"] / sum["pulumi-preview"], sum["howler-up"] / sum["pulumi-up"];
       }' "$work/bench.tsv"
  howler destroy $s --yes >/dev/null 2>&1; howler stack rm $s --yes >/dev/null 2>&1
  pass "bench: $rounds rounds measured"
}

all=(turso lifecycle cluster local_up local_change local_drift local_sigint local_gc pulumi_preview local_protect_destroy)
selected=("$@")
[ ${#selected[@]} -eq 0 ] && selected=("${all[@]}")
# The local-stack scenarios need the cluster: start it first when only they were named.
if [[ " ${selected[*]} " != *" cluster "* ]] && [[ " ${selected[*]} " =~ \ (local_|pulumi_preview|bench) ]]; then
  selected=(cluster "${selected[@]}")
fi
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
