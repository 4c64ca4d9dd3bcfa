#!/usr/bin/env bash
# Load test of the service against a bare Javalin hello-world, with wrk (Debian: apt-get install -y wrk).
# Loopback only; every run is bounded by DURATION. Usage: service/bench/run.sh [DURATION] (default 15s)
# Needs service/target/service.jar (./mvnw -q -B -pl service package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-15s}
CONNS=${CONNS:-64}
THREADS=${THREADS:-2}
JAR=service/target/service.jar
WORK=$(mktemp -d)
API=127.0.0.1:18500
HELLO=127.0.0.1:18600
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

wait_up() { for _ in $(seq 1 200); do curl -sf "http://$1/health" >/dev/null && return 0; sleep 0.05; done; echo "not up: $1" >&2; return 1; }
bench() { # name url [header]
  echo "== $1"
  if [ -n "${3:-}" ]; then wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -H "$3" "$2"; else wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "$2"; fi \
    | grep -E "Requests/sec|Latency +[0-9]| 50%| 99%|Non-2xx|Socket errors"
}
rss() { ps -o rss= -p "$1" | awk '{printf "%.0f MB\n", $1/1024}'; }

java -Xmx256m -cp "$JAR" service/bench/HelloWorld.java 18600 >"$WORK/hello.log" 2>&1 &
HPID=$!
wait_up "$HELLO"
bench "bare Javalin hello-world GET /health (warm-up)" "http://$HELLO/health" >/dev/null
bench "bare Javalin hello-world GET /health" "http://$HELLO/health"
kill "$HPID"; wait "$HPID" 2>/dev/null || true

START=$(date +%s%N)
TURSO_URL="file:$WORK/howler.db" JWT_SECRET="bench-secret-bench-secret-bench-secret-0123" \
RATE_LIMIT_API_PER_MINUTE=100000000 RATE_LIMIT_AUTH_PER_MINUTE=100000 SERVER_HTTP_PORT=18500 SERVER_METRICS_PORT=19100 \
  java -XX:MaxRAMPercentage=75 -Xmx256m -jar "$JAR" >"$WORK/service.log" 2>&1 &
SPID=$!
wait_up "$API"
echo "== ready in $(( ($(date +%s%N) - START) / 1000000 )) ms from process start (first start: includes migrations)"

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
bench "service GET /health (warm-up)" "http://$API/health" >/dev/null
bench "service GET /health" "http://$API/health"
bench "service GET /api/auth/me (Bearer)" "http://$API/api/auth/me" "Authorization: Bearer $TOKEN"
bench "service GET /api/sync/download (100 items)" "http://$API/api/sync/download?limit=100" "Authorization: Bearer $TOKEN"
echo "== service RSS after load: $(rss "$SPID")"
kill -TERM "$SPID"; wait "$SPID" 2>/dev/null || true

# second start on the migrated database: the steady-state readiness time
START=$(date +%s%N)
TURSO_URL="file:$WORK/howler.db" JWT_SECRET="bench-secret-bench-secret-bench-secret-0123" SERVER_HTTP_PORT=18500 SERVER_METRICS_PORT=19100 \
  java -XX:MaxRAMPercentage=75 -Xmx256m -jar "$JAR" >"$WORK/service2.log" 2>&1 &
SPID=$!
wait_up "$API"
echo "== ready in $(( ($(date +%s%N) - START) / 1000000 )) ms from process start (migrated database)"
kill -TERM "$SPID"; wait "$SPID" 2>/dev/null || true
