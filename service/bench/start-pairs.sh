#!/usr/bin/env bash
# Time to ready of two service builds, measured as interleaved restarts (A, B, A, B, ...) so that a change in the
# machine's load affects both alike. Each jar gets its own class-data-sharing archive (service/cds-train.sh, as the
# image makes it) and its own SQLite file, created and migrated by an untimed first start; then N pairs of restarts.
# Usage: service/bench/start-pairs.sh JAR_A JAR_B [N]   (loopback only; every wait is bounded)
# SQLITE_LIB=both (default) runs both jars as the image does since 2026-12-02: sqlite-jdbc's native library taken out
# of the jar beforehand (-Dorg.sqlite.lib.path); SQLITE_LIB=b gives it to B only, so A runs as images before that date
# did (the library written to the temp directory and checked at every start); SQLITE_LIB=none to neither.
# e.g. the previous build: git worktree add /tmp/prev <commit> && ./mvnw -q -B -f /tmp/prev/service/pom.xml package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/../.."
A=$(realpath "$1"); B=$(realpath "$2"); N=${3:-6}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
OPTS="-XX:+UseSerialGC -XX:MaxRAMPercentage=75 -Xmx256m -XX:+ExitOnOutOfMemoryError" # the image's options
SQLITE_LIB=${SQLITE_LIB:-both}
case "$SQLITE_LIB" in both|b|none) ;; *) echo "SQLITE_LIB must be both, b or none, not '$SQLITE_LIB'" >&2; exit 2 ;; esac
case "$(uname -m)" in x86_64) ARCH=x86_64 ;; aarch64) ARCH=aarch64 ;; *) echo "no sqlite-jdbc library for $(uname -m)" >&2; exit 2 ;; esac
lib_opts() { # jar side -> the image's sqlite options for that side ("" when it runs without)
  [ "$SQLITE_LIB" = both ] || { [ "$SQLITE_LIB" = b ] && [ "$2" = b ]; } || return 0
  mkdir -p "$WORK/$2-native"
  unzip -p "$1" "org/sqlite/native/Linux/$ARCH/libsqlitejdbc.so" >"$WORK/$2-native/libsqlitejdbc.so"
  echo "-Dorg.sqlite.lib.path=$WORK/$2-native -Dorg.sqlite.lib.name=libsqlitejdbc.so"
}
A_OPTS="$OPTS $(lib_opts "$A" a)"
B_OPTS="$OPTS $(lib_opts "$B" b)"
service/cds-train.sh "$A" "$WORK/a.jsa" $A_OPTS
CDS_TRAIN_PORT=18691 service/cds-train.sh "$B" "$WORK/b.jsa" $B_OPTS

ready() { # jar archive db options -> ms from process start to the first answer of /health
  local start pid
  start=$(date +%s%N)
  TURSO_URL="file:$3" JWT_SECRET=bench-secret-bench-secret-bench-secret-0123 SHUTDOWN_DELAY=0s \
    SERVER_HTTP_PORT=18900 SERVER_METRICS_PORT=18901 java $4 -XX:SharedArchiveFile="$2" -jar "$1" >>"$WORK/log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do curl -sf http://127.0.0.1:18900/health >/dev/null && break; sleep 0.01; done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
}
ready "$A" "$WORK/a.jsa" "$WORK/a.db" "$A_OPTS" >/dev/null
ready "$B" "$WORK/b.jsa" "$WORK/b.db" "$B_OPTS" >/dev/null
echo "== ready in ms from process start, A = $1, B = $2, sqlite library outside the jar: $SQLITE_LIB"
for i in $(seq 1 "$N"); do
  a=$(ready "$A" "$WORK/a.jsa" "$WORK/a.db" "$A_OPTS")
  b=$(ready "$B" "$WORK/b.jsa" "$WORK/b.db" "$B_OPTS")
  echo "pair $i: A $a ms  B $b ms  (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
