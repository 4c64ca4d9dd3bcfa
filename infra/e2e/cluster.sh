#!/usr/bin/env bash
# cluster.sh — a real Kubernetes control plane on loopback, for the real-engine suite (infra/e2e/run.sh).
#
#   infra/e2e/cluster.sh up DIR [TOOLS_DIR]   # starts it with all state under DIR; last line: the kubeconfig path
#   infra/e2e/cluster.sh down DIR             # stops everything it started and removes DIR
#
# etcd, kube-apiserver (TLS, client certificates, RBAC, service-account tokens), kube-controller-manager (Deployments,
# ReplicaSets, Jobs, HPA, namespaces, garbage collection) and kube-scheduler are the real programs, built by
# tools.sh (TOOLS_DIR: default, what `tools.sh --check` prints). No container runtime exists here, so kwok plays the
# kubelet of one fake node: it marks scheduled pods Running and Ready, a Job's pods Succeeded, and removes deleted
# pods (kwok-stages.yaml). Everything listens on 127.0.0.1 on free ports; every wait is bounded.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
usage() { echo "usage: infra/e2e/cluster.sh up DIR [TOOLS_DIR] | down DIR" >&2; exit 2; }
die() { echo "cluster.sh: $*" >&2; exit 1; }

[ $# -ge 2 ] || usage
cmd="$1"
dir="$2"
case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac

# Stops the processes recorded under DIR/pids, newest first: TERM, up to 15 s, then KILL.
stop_all() {
  local pids_dir="$dir/pids" f pid name deadline
  [ -d "$pids_dir" ] || return 0
  for name in kwok kube-scheduler kube-controller-manager kube-apiserver etcd; do
    f="$pids_dir/$name.pid"
    [ -f "$f" ] || continue
    pid="$(cat "$f")"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      deadline=$(( $(date +%s) + 15 ))
      while kill -0 "$pid" 2>/dev/null && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.2; done
      if kill -0 "$pid" 2>/dev/null; then
        echo "cluster.sh: $name ($pid) did not stop in 15 s; killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
    rm -f "$f"
  done
}

if [ "$cmd" = down ]; then
  [ -d "$dir" ] || { echo "cluster.sh: nothing to stop in $dir"; exit 0; }
  [ -f "$dir/.howler-cluster" ] || die "$dir was not made by cluster.sh up; refusing to delete it"
  # The host-path volumes the controller manager made for claims still bound (see `up`).
  volumes=""
  if [ -x "$dir/kubectl" ] && [ -f "$dir/kubeconfig" ]; then
    volumes="$("$dir/kubectl" --kubeconfig "$dir/kubeconfig" --request-timeout 10s get pv \
      -o jsonpath='{range .items[*]}{.spec.hostPath.path}{"\n"}{end}' 2>/dev/null || true)"
  fi
  stop_all
  for v in $volumes; do
    case "$v" in /tmp/hostpath_pv/?*) rm -rf "$v" ;; esac
  done
  rm -rf "$dir"
  echo "cluster.sh: stopped and removed $dir"
  exit 0
fi
[ "$cmd" = up ] || usage

tools="${3:-}"
if [ -z "$tools" ]; then
  tools="$("$here/tools.sh" --check | tail -n 1)" || die "the tools are not built: run infra/e2e/tools.sh first"
fi
for t in etcd kube-apiserver kube-controller-manager kube-scheduler kwok kubectl; do
  [ -x "$tools/$t" ] || die "$tools/$t is missing: run infra/e2e/tools.sh"
done
command -v openssl >/dev/null || die "openssl is needed for the cluster's certificates (apt-get install openssl)"
command -v curl >/dev/null || die "curl is needed to probe the control plane (apt-get install curl)"

if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
  die "$dir is not empty: pick a new directory, or run cluster.sh down $dir first"
fi
mkdir -p "$dir"/{pki,logs,pids,etcd}
touch "$dir/.howler-cluster"
# A failed start leaves nothing running.
trap 'status=$?; if [ $status -ne 0 ]; then echo "cluster.sh: start failed; logs in $dir/logs (stopping what started)" >&2; stop_all; fi' EXIT

# A free loopback port: random in 20000-59999, not listening now (checked with ss). Each pick is remembered so two
# components never get the same one.
taken=" "
free_port() {
  local p i
  for i in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 40000 ))
    case "$taken" in *" $p "*) continue ;; esac
    if ! ss -Htln "sport = :$p" 2>/dev/null | grep -q .; then taken="$taken$p "; echo "$p"; return 0; fi
  done
  die "no free loopback port found"
}
etcd_port=$(free_port); etcd_peer=$(free_port); api_port=$(free_port)
kcm_port=$(free_port); sched_port=$(free_port); kwok_port=$(free_port)

# Certificates: one CA; the API server's serving certificate; a client certificate per identity; the service-account
# signing key. Bootstrap RBAC gives system:kube-controller-manager and system:kube-scheduler what they need.
pki="$dir/pki"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=howler-e2e-ca" \
  -keyout "$pki/ca.key" -out "$pki/ca.crt" 2>/dev/null
issue() { # name subject [extensions]
  local name="$1" subject="$2" ext="${3:-}"
  openssl req -newkey rsa:2048 -nodes -subj "$subject" -keyout "$pki/$name.key" -out "$pki/$name.csr" 2>/dev/null
  if [ -n "$ext" ]; then
    printf '%s\n' "$ext" > "$pki/$name.ext"
    openssl x509 -req -in "$pki/$name.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial -days 2 \
      -extfile "$pki/$name.ext" -out "$pki/$name.crt" 2>/dev/null
  else
    openssl x509 -req -in "$pki/$name.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial -days 2 \
      -out "$pki/$name.crt" 2>/dev/null
  fi
}
issue apiserver "/CN=kube-apiserver" \
  "subjectAltName=IP:127.0.0.1,IP:10.96.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc"
issue admin "/O=system:masters/CN=howler-e2e-admin"
issue controller-manager "/CN=system:kube-controller-manager"
issue scheduler "/CN=system:kube-scheduler"
openssl genrsa -out "$pki/sa.key" 2048 2>/dev/null
openssl rsa -in "$pki/sa.key" -pubout -out "$pki/sa.pub" 2>/dev/null

kubeconfig() { # file user
  cat > "$1" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: howler-e2e
  cluster:
    server: https://127.0.0.1:$api_port
    certificate-authority: $pki/ca.crt
users:
- name: $2
  user:
    client-certificate: $pki/$2.crt
    client-key: $pki/$2.key
contexts:
- name: howler-e2e
  context: {cluster: howler-e2e, user: $2}
current-context: howler-e2e
EOF
}
kubeconfig "$dir/kubeconfig" admin
ln -s "$tools/kubectl" "$dir/kubectl"
kubeconfig "$dir/controller-manager.kubeconfig" controller-manager
kubeconfig "$dir/scheduler.kubeconfig" scheduler

start() { # name args...
  local name="$1"; shift
  setsid "$tools/$name" "$@" > "$dir/logs/$name.log" 2>&1 < /dev/null &
  echo $! > "$dir/pids/$name.pid"
}

# Polls until `check` succeeds, the component dies (its log's tail is shown) or the deadline passes.
wait_for() { # name seconds check...
  local name="$1" seconds="$2"; shift 2
  local deadline=$(( $(date +%s) + seconds ))
  until "$@" >/dev/null 2>&1; do
    if [ -f "$dir/pids/$name.pid" ] && ! kill -0 "$(cat "$dir/pids/$name.pid")" 2>/dev/null; then
      tail -n 20 "$dir/logs/$name.log" >&2 || true
      die "$name exited during start-up (log: $dir/logs/$name.log)"
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      tail -n 20 "$dir/logs/$name.log" >&2 || true
      die "$name was not ready within ${seconds} s (log: $dir/logs/$name.log)"
    fi
    sleep 0.5
  done
}

start etcd --name howler-e2e --data-dir "$dir/etcd" \
  --listen-client-urls "http://127.0.0.1:$etcd_port" --advertise-client-urls "http://127.0.0.1:$etcd_port" \
  --listen-peer-urls "http://127.0.0.1:$etcd_peer" --initial-advertise-peer-urls "http://127.0.0.1:$etcd_peer" \
  --initial-cluster "howler-e2e=http://127.0.0.1:$etcd_peer" \
  --quota-backend-bytes 1073741824 --unsafe-no-fsync
wait_for etcd 60 curl -fsS "http://127.0.0.1:$etcd_port/health"

start kube-apiserver --bind-address 127.0.0.1 --advertise-address 127.0.0.1 --secure-port "$api_port" \
  --etcd-servers "http://127.0.0.1:$etcd_port" \
  --tls-cert-file "$pki/apiserver.crt" --tls-private-key-file "$pki/apiserver.key" --client-ca-file "$pki/ca.crt" \
  --service-account-issuer https://kubernetes.default.svc --service-account-key-file "$pki/sa.pub" \
  --service-account-signing-key-file "$pki/sa.key" --service-cluster-ip-range 10.96.0.0/16 \
  --authorization-mode RBAC --allow-privileged=true --cert-dir "$pki" --endpoint-reconciler-type none \
  --enable-priority-and-fairness=false
api() { curl -fsS --cacert "$pki/ca.crt" --cert "$pki/admin.crt" --key "$pki/admin.key" "https://127.0.0.1:$api_port$1"; }
wait_for kube-apiserver 120 api /readyz

start kube-controller-manager --kubeconfig "$dir/controller-manager.kubeconfig" \
  --authentication-kubeconfig "$dir/controller-manager.kubeconfig" \
  --authorization-kubeconfig "$dir/controller-manager.kubeconfig" \
  --bind-address 127.0.0.1 --secure-port "$kcm_port" --leader-elect=false \
  --use-service-account-credentials=true --root-ca-file "$pki/ca.crt" \
  --service-account-private-key-file "$pki/sa.key" \
  --controllers '*,-nodelifecycle,-nodeipam,-cloud-node-lifecycle,-service-lb-controller,-node-route-controller' \
  --horizontal-pod-autoscaler-sync-period 15s --concurrent-gc-syncs 5 --enable-hostpath-provisioner
wait_for kube-controller-manager 90 curl -fsSk "https://127.0.0.1:$kcm_port/healthz"

start kube-scheduler --kubeconfig "$dir/scheduler.kubeconfig" \
  --authentication-kubeconfig "$dir/scheduler.kubeconfig" --authorization-kubeconfig "$dir/scheduler.kubeconfig" \
  --bind-address 127.0.0.1 --secure-port "$sched_port" --leader-elect=false
wait_for kube-scheduler 90 curl -fsSk "https://127.0.0.1:$sched_port/healthz"

start kwok --kubeconfig "$dir/kubeconfig" --config "$here/kwok-stages.yaml" \
  --manage-all-nodes=false --manage-nodes-with-annotation-selector kwok.x-k8s.io/node=fake \
  --node-ip 127.0.0.1 --node-lease-duration-seconds 40 \
  --server-address "127.0.0.1:$kwok_port" \
  --tls-cert-file "$pki/admin.crt" --tls-private-key-file "$pki/admin.key"

kubectl() { "$tools/kubectl" --kubeconfig "$dir/kubeconfig" --request-timeout 20s "$@"; }
kubectl apply -f - >/dev/null <<'EOF'
apiVersion: v1
kind: Node
metadata:
  name: kwok-node-0
  annotations:
    kwok.x-k8s.io/node: fake
    node.alpha.kubernetes.io/ttl: "0"
  labels:
    kubernetes.io/hostname: kwok-node-0
    kubernetes.io/os: linux
    kubernetes.io/arch: amd64
    type: kwok
EOF
wait_for kwok 90 kubectl wait node/kwok-node-0 --for condition=Ready --timeout 5s
# The API server taints every new node not-ready; the node lifecycle controller, which would lift it, is off (its
# eviction logic expects a kubelet's heartbeats), so the taint is lifted here once kwok reports the node Ready.
kubectl taint node kwok-node-0 node.kubernetes.io/not-ready:NoSchedule- >/dev/null 2>&1 || true
# Claims are bound by the controller manager's real PV controller; its host-path provisioner (a development feature
# of kube-controller-manager, one node only) creates each volume as a directory under /tmp/hostpath_pv, which `down`
# removes again. Named "standard" and default, like kind's class.
kubectl apply -f - >/dev/null <<'EOF'
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: kubernetes.io/host-path
reclaimPolicy: Delete
volumeBindingMode: Immediate
EOF
# Pods need their namespace's default service account, which the controller manager creates.
wait_for kube-controller-manager 60 kubectl get serviceaccount default --namespace default

trap - EXIT
echo "cluster.sh: control plane up on https://127.0.0.1:$api_port (state and logs in $dir)" >&2
echo "$dir/kubeconfig"
