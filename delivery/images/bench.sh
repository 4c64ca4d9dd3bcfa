#!/usr/bin/env bash
# Image figures for BENCHMARKS.md ("Images"): the size of each image and of the (stand-in) base under it, and the
# backend's time to ready from container start, run as the Deployment runs it (read-only root, UID 1001, no
# capabilities, no privilege escalation, tmpfs /tmp, 1 GiB), with the image's class-data-sharing archive against the
# same image without it (JAVA_TOOL_OPTIONS less -XX:SharedArchiveFile), alternating, RUNS starts each.
# "Ready" = the first 200 from /health/ready, polled every 50 ms from the moment `podman start` is called.
# Usage: delivery/images/bench.sh [RUNS]    (after build-local.sh; default 7 runs)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export CONTAINERS_CONF=${HOWLER_CONTAINERS_CONF:-$HERE/containers.conf}
RUNS=${1:-7}
CHECKOUT=$(printf '%s' "$(cd "$HERE/../.." && pwd)" | sha256sum | cut -c1-8) # as build-local.sh tags them
BACKEND=localhost/sql-studio-backend:local-$CHECKOUT
FRONTEND=localhost/sql-studio-frontend:local-$CHECKOUT
PORT=18507
command -v curl >/dev/null || { echo "bench.sh: curl is needed" >&2; exit 1; }
for i in "$BACKEND" "$FRONTEND"; do
  podman image exists "$i" || { echo "bench.sh: $i is missing: run delivery/images/build-local.sh first" >&2; exit 1; }
done

mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1000000 }'; }
size() { podman image inspect --format '{{.Size}}' "$1"; }
base_of() { # the FROM of the image's last stage, as the stand-in is tagged
  case $1 in
    "$BACKEND") echo docker.io/library/eclipse-temurin:17.0.13_11-jre-jammy ;;
    "$FRONTEND") echo docker.io/nginxinc/nginx-unprivileged:1.28.0-alpine ;;
  esac
}
echo "| image | size | stand-in base | image's own layers |"
echo "| --- | ---: | ---: | ---: |"
for i in "$BACKEND" "$FRONTEND"; do
  b=$(base_of "$i")
  echo "| \`$i\` | $(mb "$(size "$i")") MB | $(mb "$(size "$b")") MB (\`$b\`) | $(mb $(( $(size "$i") - $(size "$b") ))) MB |"
done

names=()
cleanup() { ((${#names[@]})) && podman rm -f -t 0 "${names[@]}" >/dev/null 2>&1; podman volume rm -f howler-bench-data >/dev/null 2>&1 || true; }
trap cleanup EXIT
podman volume create howler-bench-data >/dev/null
opts=(--no-healthcheck --read-only --read-only-tmpfs=false --user 1001:1001 --cap-drop ALL --security-opt no-new-privileges
  --memory 1g --memory-swap 1g --tmpfs /tmp:rw,nosuid,nodev,size=64m,mode=1777,notmpcopyup,U
  -v howler-bench-data:/data -p "127.0.0.1:$PORT:8500"
  -e ENVIRONMENT=production -e LOG_FORMAT=json -e JWT_SECRET=bench-signing-key-0123456789abcdefghijklmnopqrstuvwxyz)
nocds=$(podman image inspect --format '{{range .Config.Env}}{{println .}}{{end}}' "$BACKEND" |
  sed -n 's/^JAVA_TOOL_OPTIONS=//p' | sed 's/ *-XX:SharedArchiveFile=[^ ]*//')

# ready_ms NAME: starts the created container NAME, prints ms until /health/ready answers 200, stops it
ready_ms() {
  local t0 t1
  t0=$(date +%s%N)
  podman start "$1" >/dev/null
  for _ in $(seq 1 1200); do
    if curl -fsS -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/health/ready" 2>/dev/null; then
      t1=$(date +%s%N); podman stop -t 30 "$1" >/dev/null; echo $(((t1 - t0) / 1000000)); return; fi
    sleep 0.05
  done
  echo "bench.sh: $1 not ready in 60 s: $(podman logs "$1" 2>&1 | tail -n 5)" >&2; exit 1
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

cds=(); plain=()
podman create --name howler-bench-cds "${opts[@]}" "$BACKEND" serve >/dev/null; names+=(howler-bench-cds)
podman create --name howler-bench-nocds "${opts[@]}" -e "JAVA_TOOL_OPTIONS=$nocds" "$BACKEND" serve >/dev/null
names+=(howler-bench-nocds)
ready_ms howler-bench-cds >/dev/null # warm-up: migrations on the empty volume, page cache
for _ in $(seq 1 "$RUNS"); do
  cds+=("$(ready_ms howler-bench-cds)")
  plain+=("$(ready_ms howler-bench-nocds)")
done
m1=$(printf '%s\n' "${cds[@]}" | median); m2=$(printf '%s\n' "${plain[@]}" | median)
echo
echo "| backend, container start → /health/ready 200 | median | runs (ms) |"
echo "| --- | ---: | --- |"
echo "| image as built (CDS archive /app/service.jsa) | $m1 ms | ${cds[*]} |"
echo "| same image without the archive (baseline) | $m2 ms | ${plain[*]} |"
awk -v a="$m1" -v b="$m2" 'BEGIN { printf "\nratio (archive / baseline): %.2f\n", a / b }'
