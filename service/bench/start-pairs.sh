#!/usr/bin/env bash
# Time to ready of two service builds, measured as interleaved restarts (A, B, A, B, ...) so that a change in the
# machine's load affects both alike. Each jar gets its own class-data-sharing archive (service/cds-train.sh, as the
# image makes it) and its own SQLite file, created and migrated by an untimed first start; then N pairs of restarts.
# Usage: service/bench/start-pairs.sh JAR_A JAR_B [N]   (loopback only; every wait is bounded)
# e.g. the previous build: git worktree add /tmp/prev <commit> && ./mvnw -q -B -f /tmp/prev/service/pom.xml package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/../.."
A=$(realpath "$1"); B=$(realpath "$2"); N=${3:-6}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
OPTS="-XX:+UseSerialGC -XX:MaxRAMPercentage=75 -Xmx256m -XX:+ExitOnOutOfMemoryError" # the image's options
service/cds-train.sh "$A" "$WORK/a.jsa" $OPTS
CDS_TRAIN_PORT=18691 service/cds-train.sh "$B" "$WORK/b.jsa" $OPTS

ready() { # jar archive db -> ms from process start to the first answer of /health
  local start pid
  start=$(date +%s%N)
  TURSO_URL="file:$3" JWT_SECRET=bench-secret-bench-secret-bench-secret-0123 SHUTDOWN_DELAY=0s \
    SERVER_HTTP_PORT=18900 SERVER_METRICS_PORT=18901 java $OPTS -XX:SharedArchiveFile="$2" -jar "$1" >>"$WORK/log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do curl -sf http://127.0.0.1:18900/health >/dev/null && break; sleep 0.01; done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
}
ready "$A" "$WORK/a.jsa" "$WORK/a.db" >/dev/null
ready "$B" "$WORK/b.jsa" "$WORK/b.db" >/dev/null
echo "== ready in ms from process start, A = $1, B = $2"
for i in $(seq 1 "$N"); do
  a=$(ready "$A" "$WORK/a.jsa" "$WORK/a.db")
  b=$(ready "$B" "$WORK/b.jsa" "$WORK/b.db")
  echo "pair $i: A $a ms  B $b ms  (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
