#!/usr/bin/env bash
# Application class-data sharing (CDS) for the service on Java 17: a training run starts the server on a throw-away
# SQLite file, sends the requests of a typical session (signup, me, upload, download, organizations, metrics), stops
# it with SIGTERM, and the JVM writes every class it loaded into ARCHIVE (-XX:ArchiveClassesAtExit). Later starts
# with -XX:SharedArchiveFile=ARCHIVE map those classes instead of reading, parsing and verifying them from the jar.
# The archive is only valid for the same JVM build and the same jar path and file; if it does not match, the JVM
# says so once and starts without it.
# Usage: cds-train.sh JAR ARCHIVE [extra java options...]   (needs bash only: no curl in the runtime image)
set -euo pipefail
JAR=$1
ARCHIVE=$2
shift 2
PORT=${CDS_TRAIN_PORT:-18591}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

TURSO_URL="file:$DIR/train.db" JWT_SECRET="cds-training-secret-not-used-by-anything-else" ENVIRONMENT=development \
  SERVER_HTTP_PORT=$PORT SERVER_METRICS_PORT=$((PORT + 1)) SHUTDOWN_DELAY=0s LOG_LEVEL=WARN \
  java "$@" -XX:ArchiveClassesAtExit="$ARCHIVE" -jar "$JAR" serve >"$DIR/train.log" 2>&1 &
PID=$!

# request METHOD PATH PORT [BODY] [TOKEN]: prints the response (HTTP/1.0, so the server closes the connection)
request() {
  local body=${4:-} auth=""
  [ -n "${5:-}" ] && auth="Authorization: Bearer $5"$'\r\n'
  exec 3<>"/dev/tcp/127.0.0.1/$3" || return 1
  printf '%s %s HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n%s' \
    "$1" "$2" "${#body}" "$auth" "$body" >&3
  cat <&3
  exec 3<&-
}

up=""
for _ in $(seq 1 300); do
  if request GET /health "$PORT" 2>/dev/null | grep -q healthy; then up=1; break; fi
  kill -0 "$PID" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$up" ]; then
  echo "cds-train: the service did not start:" >&2
  cat "$DIR/train.log" >&2
  kill "$PID" 2>/dev/null || true
  exit 1
fi

signup=$(request POST /api/auth/signup "$PORT" '{"username":"cds_training","email":"cds@example.com","password":"training password 1"}')
token=$(printf '%s' "$signup" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
for _ in 1 2 3; do
  request GET /health/ready "$PORT" >/dev/null
  request POST /api/auth/login "$PORT" '{"username":"cds_training","password":"wrong password"}' >/dev/null
  request GET /api/auth/me "$PORT" "" "$token" >/dev/null
  request POST /api/sync/upload "$PORT" \
    '{"device_id":"cds","changes":[{"item_type":"connection","item_id":"c1","action":"create","data":{"name":"c1","type":"postgres"}}]}' "$token" >/dev/null
  request GET "/api/sync/download?limit=100" "$PORT" "" "$token" >/dev/null
  request POST /api/organizations "$PORT" '{"name":"Training Team"}' "$token" >/dev/null
  request GET /api/organizations "$PORT" "" "$token" >/dev/null
  request GET /api/nope "$PORT" >/dev/null
  request GET /metrics $((PORT + 1)) >/dev/null
done

kill -TERM "$PID"
wait "$PID" || true # 143: stopped by SIGTERM, as intended; the archive is written on the way out
if [ ! -s "$ARCHIVE" ]; then
  echo "cds-train: no archive written:" >&2
  cat "$DIR/train.log" >&2
  exit 1
fi
echo "cds-train: $(du -h "$ARCHIVE" | cut -f1) archive at $ARCHIVE"
