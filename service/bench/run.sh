#!/usr/bin/env bash
# Load test of the service side by side with a bare Javalin hello-world, with wrk (Debian: apt-get install -y wrk).
# Loopback only; every wrk run is bounded by DURATION. Usage: service/bench/run.sh [DURATION] (default 10s)
# Needs service/target/service.jar (./mvnw -q -B -pl service package -DskipTests).
#
# Both servers run at the same time; every service measurement is paired with a baseline measurement taken just
# before it, so a change in the machine's load (shared build machine) affects both sides of each ratio alike. Every
# endpoint is warmed up for WARMUP first (the JIT of a loaded 2-core machine needs tens of seconds), and the load
# average is printed with each figure. The service runs with the JVM options of the container image, including its
# class-data-sharing archive (service/cds-train.sh), which is made first.
#
# Two kinds of figures: throughput at saturation (wrk closed loop, CONNS connections), and p99 "at those loads", as
# docs/api.md puts it: wrk paced by a Lua delay so that the offered rate is the target (75 % / 30 % of the paired baseline,
# 5 000 req/s for the download), since at saturation p99 only measures the queue 64 connections build on two cores.
# Last, the download again with SYNC_PAGE_CACHE_MB=0: every page read from SQLite (a client's first download).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-10s}
WARMUP=${WARMUP:-30s}
CONNS=${CONNS:-64}
THREADS=${THREADS:-2}
JAR=$(pwd)/service/target/service.jar
WORK=$(mktemp -d)
API=127.0.0.1:18500
HELLO=127.0.0.1:18600
SECRET="bench-secret-bench-secret-bench-secret-0123"
JAVA_OPTS="-XX:+UseSerialGC -XX:MaxRAMPercentage=75 -Xmx256m -XX:+ExitOnOutOfMemoryError" # the image's options, heap capped at 256 MB
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }
wait_up() { for _ in $(seq 1 1000); do curl -sf "http://$1/health" >/dev/null && return 0; sleep 0.01; done; echo "not up: $1" >&2; return 1; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
wrk_run() { # url [header] -> wrk output
  if [ -n "${2:-}" ]; then wrk -t"$THREADS" -c"$CONNS" -d"$3" --latency -H "$2" "$1"; else wrk -t"$THREADS" -c"$CONNS" -d"$3" --latency "$1"; fi
}
summary() { # wrk output -> "N req/s, p50 X, p99 Y"
  awk '/Requests\/sec/{r=$2} / 50%/{p50=$2} / 99%/{p99=$2} /Non-2xx/{bad=$NF} /Socket errors/{se=$0}
       END{printf "%8.0f req/s  p50 %-8s p99 %-8s%s%s", r, p50, p99, (bad ? "  non-2xx " bad : ""), (se ? "  " se : "")}'
}
rps() { awk '/Requests\/sec/{printf "%.0f", $2}'; }
cat >"$WORK/pace.lua" <<'LUA'
-- each connection waits a random 0..2x PACE_MS before each request: CONNS / (PACE_MS + latency) requests per second
local pace = tonumber(os.getenv("PACE_MS"))
function delay() return math.random() * 2 * pace end
LUA
paced() { # url header rate -> wrk output with the offered rate near RATE req/s
  local ms; ms=$(python3 -c "print(max(0.05, $CONNS * 1000.0 / $3 - 0.3))")
  if [ -n "$2" ]; then PACE_MS=$ms wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -s "$WORK/pace.lua" -H "$2" "$1"
  else PACE_MS=$ms wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -s "$WORK/pace.lua" "$1"; fi
}
rss() { ps -o rss= -p "$1" | awk '{printf "%.0f MB", $1/1024}'; }
start_service() { # db [extra java options...]
  local db=$1; shift
  TURSO_URL="file:$db" JWT_SECRET="$SECRET" SHUTDOWN_DELAY=0s \
  RATE_LIMIT_API_PER_MINUTE=100000000 RATE_LIMIT_AUTH_PER_MINUTE=100000000 SERVER_HTTP_PORT=18500 SERVER_METRICS_PORT=19100 \
    java $JAVA_OPTS "$@" -jar "$JAR" >>"$WORK/service.log" 2>&1 &
  SPID=$!
}

echo "== machine: $(nproc) cores, load average $(load) at start"
echo "== class-data-sharing archive: $(service/cds-train.sh "$JAR" "$WORK/service.jsa" $JAVA_OPTS)"
CDS="-XX:SharedArchiveFile=$WORK/service.jsa"

java -Xmx256m -cp "$JAR" service/bench/HelloWorld.java 18600 >"$WORK/hello.log" 2>&1 &
HPID=$!
wait_up "$HELLO"

START=$(date +%s%N)
start_service "$WORK/howler.db" $CDS
wait_up "$API"
echo "== service ready in $(ms_since "$START") ms from process start (first start: includes the migrations)"

TOKEN=$(curl -sf -X POST -H 'Content-Type: application/json' "http://$API/api/auth/signup" \
  -d '{"username":"bench","email":"bench@example.com","password":"bench password"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["token"])')
python3 - "$API" "$TOKEN" <<'PY'
import json, sys, urllib.request
api, token = sys.argv[1], sys.argv[2]
changes = [{"item_type": "connection", "item_id": f"c{i}", "action": "create",
            "data": {"name": f"Connection {i}", "type": "postgres", "host": "db.internal", "port": 5432, "database": "app", "username": "app"}}
           for i in range(100)]
req = urllib.request.Request(f"http://{api}/api/sync/upload", data=json.dumps({"device_id": "bench", "changes": changes}).encode(),
                             headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
print("== uploaded:", json.load(urllib.request.urlopen(req))["message"])
PY
AUTH="Authorization: Bearer $TOKEN"
ITEMS=$(curl -sf -H "$AUTH" "http://$API/api/sync/download?limit=100" | python3 -c 'import json,sys;print(len(json.load(sys.stdin)["connections"]))')
echo "== download returns $ITEMS items"

echo "== warm-up: $WARMUP per endpoint (not measured)"
wrk_run "http://$HELLO/health" "" "$WARMUP" >/dev/null
wrk_run "http://$API/health" "" "$WARMUP" >/dev/null
wrk_run "http://$API/api/auth/me" "$AUTH" "$WARMUP" >/dev/null
wrk_run "http://$API/api/sync/download?limit=100" "$AUTH" "$WARMUP" >/dev/null

echo "== wrk -t$THREADS -c$CONNS -d$DURATION; each service run right after its own baseline run"
pair() { # name url header target-percent-of-baseline|fixed-rate
  local base svc rate at
  base=$(wrk_run "http://$HELLO/health" "" "$DURATION")
  svc=$(wrk_run "$2" "${3:-}" "$DURATION")
  printf '%-40s %s\n' "bare Javalin GET /health (baseline)" "$(echo "$base" | summary)"
  printf '%-40s %s  = %s%% of baseline  (load %s)\n' "$1" "$(echo "$svc" | summary)" \
    "$(python3 -c "print(round(100*$(echo "$svc" | rps)/max(1,$(echo "$base" | rps))))")" "$(load)"
  case "$4" in
    *%) rate=$(python3 -c "print(round($(echo "$base" | rps) * ${4%\%} / 100))") ;;
    *) rate=$4 ;;
  esac
  at=$(paced "$2" "${3:-}" "$rate")
  printf '%-40s %s  (target rate %s req/s)\n' "  paced to the target rate" "$(echo "$at" | summary)" "$rate"
}
pair "service GET /health" "http://$API/health" "" "75%"
pair "service GET /api/auth/me (Bearer)" "http://$API/api/auth/me" "$AUTH" "30%"
pair "service GET /api/sync/download (100)" "http://$API/api/sync/download?limit=100" "$AUTH" 5000
echo "== service RSS after the load: $(rss "$SPID") (bare Javalin: $(rss "$HPID"))"
kill -TERM "$SPID"; wait "$SPID" 2>/dev/null || true
kill "$HPID"; wait "$HPID" 2>/dev/null || true

# the same download with the page cache off: what a page costs when it is read from SQLite
SYNC_PAGE_CACHE_MB=0 start_service "$WORK/howler.db" $CDS
wait_up "$API"
wrk_run "http://$API/api/sync/download?limit=100" "$AUTH" "$WARMUP" >/dev/null
printf '%-40s %s  (load %s)\n' "download (100), page cache off" "$(wrk_run "http://$API/api/sync/download?limit=100" "$AUTH" "$DURATION" | summary)" "$(load)"
kill -TERM "$SPID"; wait "$SPID" 2>/dev/null || true

# restarts on the migrated database: the steady-state readiness time, with and without the archive
for run in 1 2 3; do
  for mode in cds none; do
    START=$(date +%s%N)
    if [ "$mode" = cds ]; then start_service "$WORK/howler.db" $CDS; else start_service "$WORK/howler.db"; fi
    wait_up "$API"
    echo "== restart $run ($([ "$mode" = cds ] && echo "with the CDS archive" || echo "without CDS archive")): ready in $(ms_since "$START") ms from process start (load $(load))"
    kill -TERM "$SPID"; wait "$SPID" 2>/dev/null || true
  done
done
