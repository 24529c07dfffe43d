#!/usr/bin/env bash
# MQTT ingest benchmark (issue #2): the same client load against Debian's mosquitto and against Polis,
# in one run, on loopback only. Prints a markdown table of msg/s, PUBACK latency and the Polis/mosquitto
# ratio per QoS; raw one-line JSON results go to $OUT/results.jsonl.
#
#   bench/mqtt-ingest.sh [--clients 20] [--messages 5000] [--inflight 100] [--payload-bytes 0]
#                        [--rounds 3] [--warmup 500] [--out DIR] [--no-build]
#
# Both brokers run side by side for the whole run and the loads alternate
# (mosquitto QoS 1, Polis QoS 1, mosquitto QoS 0, Polis QoS 0, per round), so a noisy neighbour on the
# machine hits both peers alike; each ratio is taken within one round and the table shows the median.
# The idle peer's CPU use during the other's run is recorded (idlePeerCpuSeconds of each run) to show it is
# negligible.
set -euo pipefail

CLIENTS=20 MESSAGES=5000 INFLIGHT=100 PAYLOAD=0 ROUNDS=3 WARMUP=500 OUT="" BUILD=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --clients) CLIENTS=$2; shift 2 ;;
    --messages) MESSAGES=$2; shift 2 ;;
    --inflight) INFLIGHT=$2; shift 2 ;;
    --payload-bytes) PAYLOAD=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n 2,13p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/polis-mqtt-ingest.XXXXXX)
OUT=${OUT:-$WORK}
mkdir -p "$OUT"
RESULTS="$OUT/results.jsonl"
: > "$RESULTS"
MOSQ_PID="" POLIS_PID=""

cleanup() {
  # Only the processes this script started, by their pid.
  [[ -n "$MOSQ_PID" ]] && kill "$MOSQ_PID" 2>/dev/null && wait "$MOSQ_PID" 2>/dev/null || true
  [[ -n "$POLIS_PID" ]] && kill "$POLIS_PID" 2>/dev/null && wait "$POLIS_PID" 2>/dev/null || true
}
trap cleanup EXIT INT TERM

log() { echo "== $*" >&2; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

cpu_ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }

# (a) mosquitto from Debian, if missing.
if ! command -v mosquitto >/dev/null && [[ ! -x /usr/sbin/mosquitto ]]; then
  log "installing mosquitto"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mosquitto mosquitto-clients >/dev/null
fi
MOSQUITTO=$(command -v mosquitto || echo /usr/sbin/mosquitto)

# (b) Release builds of Polis and of the load tool.
if [[ $BUILD == 1 ]]; then
  log "building Release"
  dotnet build -c Release -v q -nologo "$ROOT/src/Polis" >"$WORK/build-polis.log" 2>&1 || { tail -30 "$WORK/build-polis.log"; exit 1; }
  dotnet build -c Release -v q -nologo "$ROOT/bench/Polis.LoadTest" >"$WORK/build-loadtest.log" 2>&1 || { tail -30 "$WORK/build-loadtest.log"; exit 1; }
fi
LOADTEST="$ROOT/bench/Polis.LoadTest/bin/Release/net10.0/polis-loadtest.dll"
POLIS="$ROOT/src/Polis/bin/Release/net10.0/polis.dll"

# (c) mosquitto on a free loopback port with its own config. Persistence is off (mosquitto's default):
# it acknowledges QoS 1 from memory, Polis only after an fsync'd SQLite commit.
MOSQ_PORT=$(free_port)
cat >"$WORK/mosquitto.conf" <<EOF
listener $MOSQ_PORT 127.0.0.1
allow_anonymous true
persistence false
log_dest stderr
log_type error
log_type warning
EOF
"$MOSQUITTO" -c "$WORK/mosquitto.conf" >"$WORK/mosquitto.log" 2>&1 &
MOSQ_PID=$!

# (d) Polis on free loopback ports with a fresh data directory.
HTTP_PORT=$(free_port) MQTT_PORT=$(free_port) SILO_PORT=$(free_port) GATEWAY_PORT=$(free_port)
ADMIN_EMAIL=admin@bench.local
ADMIN_PASSWORD="bench-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
BASE="http://127.0.0.1:$HTTP_PORT"
dotnet "$POLIS" --urls "$BASE" \
  --Polis:Mqtt:Port "$MQTT_PORT" --Polis:Mqtt:ListenAddress 127.0.0.1 \
  --Polis:DataDirectory "$WORK/polis-data" \
  --Polis:Admin:Email "$ADMIN_EMAIL" --Polis:Admin:Password "$ADMIN_PASSWORD" \
  --Polis:Orleans:SiloPort "$SILO_PORT" --Polis:Orleans:GatewayPort "$GATEWAY_PORT" \
  --Polis:Gateway:MessagesPerSecond 1000000 --Polis:Gateway:BurstMessages 10000000 \
  >"$WORK/polis.log" 2>&1 &
POLIS_PID=$!
for _ in $(seq 120); do curl -sf "$BASE/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -sf "$BASE/health" >/dev/null || { log "Polis did not start"; tail -40 "$WORK/polis.log"; exit 1; }

log "provisioning $CLIENTS devices through the CSV import"
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')
{ echo "id,profile,name"; for i in $(seq 1 "$CLIENTS"); do echo "bench-$i,generic,bench $i"; done; } >"$WORK/devices.csv"
curl -sf -X POST "$BASE/api/v1/devices/import" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
  --data-binary @"$WORK/devices.csv" >"$WORK/import.json"
python3 -c 'import json,sys; [print(d["accessToken"]) for d in json.load(open(sys.argv[1]))]' "$WORK/import.json" >"$WORK/tokens.txt"
[[ $(wc -l <"$WORK/tokens.txt") -ge $CLIENTS ]] || { log "device import returned too few tokens"; exit 1; }

# One load run; appends its JSON line (plus round and server CPU seconds) to $RESULTS.
run() { # target qos round [extra loadtest args…]
  local target=$1 qos=$2 round=$3; shift 3
  local pid port args=()
  if [[ $target == mosquitto ]]; then pid=$MOSQ_PID port=$MOSQ_PORT
  else pid=$POLIS_PID port=$MQTT_PORT args=(--tokens-file "$WORK/tokens.txt" --metrics-url "$BASE/metrics"); fi
  local idle_pid=$([[ $target == mosquitto ]] && echo "$POLIS_PID" || echo "$MOSQ_PID")
  local t0 i0 line t1 i1
  t0=$(cpu_ticks "$pid") i0=$(cpu_ticks "$idle_pid")
  line=$(dotnet "$LOADTEST" --label "$target" --host 127.0.0.1 --port "$port" --qos "$qos" \
    --clients "$CLIENTS" --messages "$MESSAGES" --inflight "$INFLIGHT" --payload-bytes "$PAYLOAD" \
    --timeout-seconds 600 --drain-timeout-seconds 600 "${args[@]}" "$@" 2>>"$WORK/loadtest.log") || true
  t1=$(cpu_ticks "$pid") i1=$(cpu_ticks "$idle_pid")
  [[ -n "$line" ]] || { log "load run $target QoS $qos produced no result"; tail -5 "$WORK/loadtest.log" >&2; exit 1; }
  tail -1 "$WORK/loadtest.log" >&2
  [[ $round == warmup ]] && return 0
  python3 - "$line" "$round" "$(( t1 - t0 ))" "$(( i1 - i0 ))" "$(getconf CLK_TCK)" >>"$RESULTS" <<'PY'
import json, sys
r = json.loads(sys.argv[1]); tck = int(sys.argv[5])
r["round"] = int(sys.argv[2]); r["serverCpuSeconds"] = int(sys.argv[3]) / tck; r["idlePeerCpuSeconds"] = int(sys.argv[4]) / tck
print(json.dumps(r))
PY
}

log "warm-up: $CLIENTS clients x $WARMUP messages at QoS 1 against each"
run mosquitto 1 warmup --messages "$WARMUP"
run polis 1 warmup --messages "$WARMUP"

for round in $(seq 1 "$ROUNDS"); do
  log "round $round/$ROUNDS"
  run mosquitto 1 "$round"
  run polis 1 "$round"
  run mosquitto 0 "$round"
  run polis 0 "$round"
done

curl -sf "$BASE/metrics" | grep -E '^polis_(ingest|telemetry|gateway)' >"$OUT/polis-metrics.txt" || true
cleanup
MOSQ_PID="" POLIS_PID=""
rm -rf "$WORK/polis-data" # keep the logs, not the database

# (e) the table.
python3 - "$RESULTS" "$CLIENTS" "$MESSAGES" "$INFLIGHT" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
clients, messages, inflight = sys.argv[2:5]
def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None
def fmt(x, d=0):
    return "–" if x is None else f"{x:,.{d}f}"
payload = rows[0]["payloadBytes"] if rows else "?"
print(f"\n{clients} clients × {messages} messages, {inflight} in flight, {payload}-byte payload, "
      f"{len({r['round'] for r in rows})} rounds (median; ratio = median of per-round Polis/mosquitto)\n")
print("| QoS | peer | msg/s | ack p50 ms | ack p99 ms | server CPU s | stored msg/s | readings/commit | errors |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
for qos in (1, 0):
    for target in ("mosquitto", "polis"):
        rs = [r for r in rows if r["qos"] == qos and r["label"] == target]
        if not rs: continue
        print(f"| {qos} | {target} | {fmt(med(r['messagesPerSecond'] for r in rs))} | {fmt(med(r.get('ackP50Ms') for r in rs), 1)} "
              f"| {fmt(med(r.get('ackP99Ms') for r in rs), 1)} | {fmt(med(r['serverCpuSeconds'] for r in rs), 2)} "
              f"| {fmt(med(r.get('storedMessagesPerSecond') for r in rs))} | {fmt(med(r.get('readingsPerCommit') for r in rs), 1)} "
              f"| {sum(r['errors'] for r in rs)} |")
print()
print("| QoS | Polis/mosquitto msg/s (median) | per round | Polis stored/mosquitto sent (QoS 0) |")
print("|---|---:|---|---:|")
for qos in (1, 0):
    ratios, stored = [], []
    for rnd in sorted({r["round"] for r in rows}):
        m = [r for r in rows if r["qos"] == qos and r["round"] == rnd and r["label"] == "mosquitto"]
        p = [r for r in rows if r["qos"] == qos and r["round"] == rnd and r["label"] == "polis"]
        if m and p:
            ratios.append(p[0]["messagesPerSecond"] / m[0]["messagesPerSecond"])
            if p[0].get("storedMessagesPerSecond"):
                stored.append(p[0]["storedMessagesPerSecond"] / m[0]["messagesPerSecond"])
    if ratios:
        print(f"| {qos} | {statistics.median(ratios):.2f}× | {', '.join(f'{x:.2f}' for x in ratios)} | "
              f"{(f'{statistics.median(stored):.2f}×' if qos == 0 and stored else '–')} |")
PY
echo
log "raw results: $RESULTS; logs and data: $WORK"
