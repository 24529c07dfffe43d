#!/usr/bin/env bash
# RPC round-trip latency benchmark (issue #3): N connected devices answer every request at once; a caller issues M
# calls to random devices with C in flight, through Polis's API (POST /api/v1/devices/{id}/rpc → MQTT request →
# device answer → HTTP response) and, as the transport floor, as plain MQTT request/response topics through
# Debian's mosquitto (caller publishes bench/{device}/rpc/request/{id}, device answers on
# bench/{device}/rpc/response/{id}). Same load tool, same device clients, one run, loopback only.
# Prints a markdown table (p50/p95/p99/max, calls/s, errors per peer and in-flight count) with the Polis/mosquitto
# ratios; raw one-line JSON results go to $OUT/results.jsonl.
#
#   bench/rpc-latency.sh [--devices 1000] [--calls 5000] [--inflight "1 16"] [--rounds 3] [--warmup 2000]
#                        [--qos 1] [--out DIR] [--no-build]
#
# Both servers run for the whole script and the runs alternate (per round and in-flight count: mosquitto, then
# Polis), so a noisy neighbour hits both peers alike; each ratio is taken within one round and the table shows the
# median. Every load run connects its N devices afresh (32 at a time), makes one unmeasured call per device, then
# the M measured calls; server CPU is read over the measured calls only.
set -euo pipefail

DEVICES=1000 CALLS=5000 INFLIGHTS="1 16" ROUNDS=3 WARMUP=2000 QOS=1 OUT="" BUILD=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --devices) DEVICES=$2; shift 2 ;;
    --calls) CALLS=$2; shift 2 ;;
    --inflight) INFLIGHTS=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --qos) QOS=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n 2,17p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib/common.sh
source "$ROOT/bench/lib/common.sh"
WORK=$(mktemp -d /tmp/polis-rpc-latency.XXXXXX)
OUT=${OUT:-$WORK}
mkdir -p "$OUT"
RESULTS="$OUT/results.jsonl"
: > "$RESULTS"
MOSQ_PID="" POLIS_PID=""

cleanup() {
  # Only the processes this script started, by their pid.
  stop_pid "$MOSQ_PID"
  stop_pid "$POLIS_PID"
}
trap cleanup EXIT INT TERM

# Each server holds N device sockets and the load tool N + 1 + C: raise the descriptor limit if it is short.
raise_fd_limit $(( 2 * DEVICES + 512 ))

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

# (c) mosquitto on a free loopback port with its own config. TCP_NODELAY on: with mosquitto's default (Nagle on),
# an answer sent right behind a PUBACK waits for the caller's delayed ACK, ≈ 40 ms per round trip. Polis (Kestrel)
# sets TCP_NODELAY on its sockets.
MOSQ_PORT=$(free_port)
cat >"$WORK/mosquitto.conf" <<EOF
listener $MOSQ_PORT 127.0.0.1
allow_anonymous true
persistence false
set_tcp_nodelay true
max_connections -1
log_dest stderr
log_type error
log_type warning
EOF
"$MOSQUITTO" -c "$WORK/mosquitto.conf" >"$WORK/mosquitto.log" 2>&1 &
MOSQ_PID=$!

# (d) Polis on free loopback ports with a fresh data directory; devices provisioned through the CSV import.
HTTP_PORT=$(free_port) MQTT_PORT=$(free_port) SILO_PORT=$(free_port) GATEWAY_PORT=$(free_port)
export POLIS_BENCH_PASSWORD="bench-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
BASE="http://127.0.0.1:$HTTP_PORT"
dotnet "$POLIS" --urls "$BASE" \
  --Polis:Mqtt:Port "$MQTT_PORT" --Polis:Mqtt:ListenAddress 127.0.0.1 \
  --Polis:DataDirectory "$WORK/polis-data" \
  --Polis:Admin:Email "admin@bench.local" --Polis:Admin:Password "$POLIS_BENCH_PASSWORD" \
  --Polis:Orleans:SiloPort "$SILO_PORT" --Polis:Orleans:GatewayPort "$GATEWAY_PORT" \
  --Polis:Gateway:MessagesPerSecond 1000000 --Polis:Gateway:BurstMessages 10000000 \
  --Polis:Simulator:Enabled false \
  >"$WORK/polis.log" 2>&1 &
POLIS_PID=$!
for _ in $(seq 240); do curl -sf "$BASE/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -sf "$BASE/health" >/dev/null || { log "polis did not start"; tail -40 "$WORK/polis.log"; exit 1; }

log "provisioning $DEVICES devices in polis through the CSV import"
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"admin@bench.local\",\"password\":\"$POLIS_BENCH_PASSWORD\"}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')
{ echo "id,profile,name"; for i in $(seq 1 "$DEVICES"); do echo "rpc-$i,generic,rpc $i"; done; } >"$WORK/devices.csv"
curl -sf -X POST "$BASE/api/v1/devices/import" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
  --data-binary @"$WORK/devices.csv" >"$WORK/polis-import.json"
python3 -c 'import json,sys; [print(d["device"]["id"] + "," + d["accessToken"]) for d in json.load(open(sys.argv[1]))]' \
  "$WORK/polis-import.json" >"$WORK/polis-devices.txt"
[[ $(wc -l <"$WORK/polis-devices.txt") -ge $DEVICES ]] || { log "device import returned too few devices"; exit 1; }

# One load run; appends its JSON line (plus the round) to $RESULTS.
run() { # target inflight round [extra loadtest args…]
  local target=$1 inflight=$2 round=$3; shift 3
  local args line
  case $target in
    mosquitto) args=(--target mqtt --port "$MOSQ_PORT" --server-pid "$MOSQ_PID") ;;
    polis) args=(--target polis --port "$MQTT_PORT" --server-pid "$POLIS_PID" --api-url "$BASE" --devices-file "$WORK/polis-devices.txt") ;;
  esac
  line=$(dotnet "$LOADTEST" rpc --label "$target" --host 127.0.0.1 "${args[@]}" --devices "$DEVICES" --calls "$CALLS" \
    --inflight "$inflight" --qos "$QOS" --timeout-ms 10000 "$@" 2>>"$WORK/loadtest.log") || true
  [[ -n "$line" ]] || { log "load run $target (in flight $inflight) produced no result"; tail -5 "$WORK/loadtest.log" >&2; exit 1; }
  tail -1 "$WORK/loadtest.log" >&2
  [[ $round == warmup ]] && return 0
  python3 -c 'import json,sys; r=json.loads(sys.argv[1]); r["round"]=int(sys.argv[2]); print(json.dumps(r))' "$line" "$round" >>"$RESULTS"
}

log "warm-up: $WARMUP calls, 16 in flight, against each"
run mosquitto 16 warmup --calls "$WARMUP"
run polis 16 warmup --calls "$WARMUP"

for round in $(seq 1 "$ROUNDS"); do
  log "round $round/$ROUNDS"
  for inflight in $INFLIGHTS; do
    run mosquitto "$inflight" "$round"
    run polis "$inflight" "$round"
  done
done

curl -sf "$BASE/metrics" | grep -E '^polis_(gateway|commands?|rpc)' >"$OUT/polis-metrics.txt" || true
cleanup
MOSQ_PID="" POLIS_PID=""
rm -rf "$WORK/polis-data" # keep the logs, not the database

# (e) the table.
python3 - "$RESULTS" "$DEVICES" "$CALLS" "$QOS" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
devices, calls, qos = sys.argv[2:5]
def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None
def fmt(x, d=0):
    return "–" if x is None else f"{x:,.{d}f}"
inflights = sorted({r["inFlight"] for r in rows})
print(f"\n{devices} connected devices, {calls} calls to random devices per run, QoS {qos}, "
      f"{len({r['round'] for r in rows})} rounds (median; ratio = median of per-round Polis/mosquitto)\n")
print("| in flight | peer | p50 ms | p95 ms | p99 ms | max ms | calls/s | server CPU µs/call | tool CPU µs/call | errors |")
print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for c in inflights:
    for label in ("mosquitto", "polis"):
        rs = [r for r in rows if r["inFlight"] == c and r["label"] == label]
        if not rs: continue
        server = med(r["serverCpuSeconds"] / r["calls"] * 1e6 for r in rs if r.get("serverCpuSeconds") is not None)
        tool = med(r["toolCpuSeconds"] / r["calls"] * 1e6 for r in rs)
        print(f"| {c} | {label} | {fmt(med(r.get('p50Ms') for r in rs), 2)} | {fmt(med(r.get('p95Ms') for r in rs), 2)} "
              f"| {fmt(med(r.get('p99Ms') for r in rs), 2)} | {fmt(max(r.get('maxMs') or 0 for r in rs), 1)} "
              f"| {fmt(med(r['callsPerSecond'] for r in rs))} | {fmt(server)} | {fmt(tool)} | {sum(r['errors'] for r in rs)} |")
print()
print("| in flight | Polis/mosquitto p50 | per round | Polis/mosquitto p99 | per round | calls/s ratio |")
print("|---:|---:|---|---:|---|---:|")
for c in inflights:
    p50s, p99s, tput = [], [], []
    for rnd in sorted({r["round"] for r in rows}):
        m = [r for r in rows if r["inFlight"] == c and r["round"] == rnd and r["label"] == "mosquitto"]
        p = [r for r in rows if r["inFlight"] == c and r["round"] == rnd and r["label"] == "polis"]
        if m and p and m[0].get("p50Ms") and p[0].get("p50Ms"):
            p50s.append(p[0]["p50Ms"] / m[0]["p50Ms"]); p99s.append(p[0]["p99Ms"] / m[0]["p99Ms"])
            tput.append(p[0]["callsPerSecond"] / m[0]["callsPerSecond"])
    if p50s:
        print(f"| {c} | {statistics.median(p50s):.1f}× | {', '.join(f'{x:.1f}' for x in p50s)} "
              f"| {statistics.median(p99s):.1f}× | {', '.join(f'{x:.1f}' for x in p99s)} | {statistics.median(tput):.2f}× |")
PY
echo
log "raw results: $RESULTS; logs: $WORK"
