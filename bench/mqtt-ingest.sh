#!/usr/bin/env bash
# MQTT ingest benchmark (issue #2): the same client load against Debian's mosquitto and against Polis,
# in one run, on loopback only. Prints a markdown table of msg/s, PUBACK latency and the Polis/mosquitto
# ratio per QoS; raw one-line JSON results go to $OUT/results.jsonl.
#
#   bench/mqtt-ingest.sh [--clients 20] [--messages 5000] [--inflight 100] [--payload-bytes 0]
#                        [--rounds 3] [--warmup 500] [--out DIR] [--no-build] [--baseline PATH/polis.dll]
#                        [--rules bench/rules/generic-ten-rules.jsonl]
#
# --baseline runs a second Polis build (e.g. one made from an earlier commit in a git worktree) as a third
# peer, "polis-baseline", with its own ports and data, loaded right after Polis in every round: before/after
# figures from the same run.
# --rules runs the same Polis build as a further peer, "polis-rules", with the rules of that file (one JSON rule
# per line, on the bench devices' "generic" profile) evaluated by every twin on every reading: rules on vs off
# from the same run.
# Both brokers run side by side for the whole run and the loads alternate
# (mosquitto QoS 1, Polis QoS 1, mosquitto QoS 0, Polis QoS 0, per round), so a noisy neighbour on the
# machine hits both peers alike; each ratio is taken within one round and the table shows the median.
# The idle peer's CPU use during the other's run is recorded (idlePeerCpuSeconds of each run) to show it is
# negligible.
set -euo pipefail

CLIENTS=20 MESSAGES=5000 INFLIGHT=100 PAYLOAD=0 ROUNDS=3 WARMUP=500 OUT="" BUILD=1 BASELINE="" RULES=""
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
    --baseline) BASELINE=$2; shift 2 ;;
    --rules) RULES=$(realpath "$2"); shift 2 ;;
    -h|--help) sed -n 2,21p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib/common.sh
source "$ROOT/bench/lib/common.sh"
WORK=$(mktemp -d /tmp/polis-mqtt-ingest.XXXXXX)
OUT=${OUT:-$WORK}
mkdir -p "$OUT"
RESULTS="$OUT/results.jsonl"
: > "$RESULTS"
MOSQ_PID="" POLIS_PID="" BASE_PID="" RULES_PID=""

cleanup() {
  # Only the processes this script started, by their pid.
  stop_pid "$MOSQ_PID"
  stop_pid "$POLIS_PID"
  stop_pid "$BASE_PID"
  stop_pid "$RULES_PID"
}
trap cleanup EXIT INT TERM

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
# set_tcp_nodelay: without it Nagle's algorithm holds mosquitto's small PUBACKs until the client's delayed ACK
# (≈ 40 ms), which inflates its acknowledgement latency (Kestrel, under Polis, disables Nagle by default).
cat >"$WORK/mosquitto.conf" <<EOF
listener $MOSQ_PORT 127.0.0.1
allow_anonymous true
persistence false
set_tcp_nodelay true
log_dest stderr
log_type error
log_type warning
EOF
"$MOSQUITTO" -c "$WORK/mosquitto.conf" >"$WORK/mosquitto.log" 2>&1 &
MOSQ_PID=$!

# (d) Polis on free loopback ports with a fresh data directory; devices provisioned through the CSV import.
# start_polis NAME DLL [RULES_FILE] sets STARTED_PID, STARTED_BASE, STARTED_MQTT_PORT and writes $WORK/NAME-tokens.txt.
start_polis() {
  local name=$1 dll=$2 rules=${3:-}
  local http_port mqtt_port silo_port gateway_port password base token
  http_port=$(free_port) mqtt_port=$(free_port) silo_port=$(free_port) gateway_port=$(free_port)
  password="bench-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  base="http://127.0.0.1:$http_port"
  dotnet "$dll" --urls "$base" \
    --Polis:Mqtt:Port "$mqtt_port" --Polis:Mqtt:ListenAddress 127.0.0.1 \
    --Polis:DataDirectory "$WORK/$name-data" \
    --Polis:Admin:Email "admin@bench.local" --Polis:Admin:Password "$password" \
    --Polis:Orleans:SiloPort "$silo_port" --Polis:Orleans:GatewayPort "$gateway_port" \
    --Polis:Gateway:MessagesPerSecond 1000000 --Polis:Gateway:BurstMessages 10000000 \
    --Polis:Simulator:Enabled false \
    >"$WORK/$name.log" 2>&1 &
  STARTED_PID=$! STARTED_BASE=$base STARTED_MQTT_PORT=$mqtt_port
  for _ in $(seq 120); do curl -sf "$base/health" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -sf "$base/health" >/dev/null || { log "$name did not start"; tail -40 "$WORK/$name.log"; exit 1; }

  log "provisioning $CLIENTS devices in $name through the CSV import"
  token=$(curl -sf -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"admin@bench.local\",\"password\":\"$password\"}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')
  { echo "id,profile,name"; for i in $(seq 1 "$CLIENTS"); do echo "bench-$i,generic,bench $i"; done; } >"$WORK/devices.csv"
  curl -sf -X POST "$base/api/v1/devices/import" -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
    --data-binary @"$WORK/devices.csv" >"$WORK/$name-import.json"
  python3 -c 'import json,sys; [print(d["accessToken"]) for d in json.load(open(sys.argv[1]))]' "$WORK/$name-import.json" >"$WORK/$name-tokens.txt"
  [[ $(wc -l <"$WORK/$name-tokens.txt") -ge $CLIENTS ]] || { log "device import into $name returned too few tokens"; exit 1; }
  if [[ -n "$rules" ]]; then
    log "creating $(grep -c . "$rules") rules in $name"
    while IFS= read -r rule; do
      [[ -n "$rule" ]] || continue
      curl -sf -X POST "$base/api/v1/rules" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "$rule" >/dev/null || { log "rule refused by $name: $rule"; exit 1; }
    done <"$rules"
  fi
}

start_polis polis "$POLIS"
POLIS_PID=$STARTED_PID BASE=$STARTED_BASE MQTT_PORT=$STARTED_MQTT_PORT
if [[ -n "$BASELINE" ]]; then
  start_polis polis-baseline "$BASELINE"
  BASE_PID=$STARTED_PID BASELINE_BASE=$STARTED_BASE BASELINE_MQTT_PORT=$STARTED_MQTT_PORT
fi
if [[ -n "$RULES" ]]; then
  start_polis polis-rules "$POLIS" "$RULES"
  RULES_PID=$STARTED_PID RULES_BASE=$STARTED_BASE RULES_MQTT_PORT=$STARTED_MQTT_PORT
fi

# One load run; appends its JSON line (plus round and server CPU seconds) to $RESULTS.
run() { # target qos round [extra loadtest args…]
  local target=$1 qos=$2 round=$3; shift 3
  local pid port args=() idle_pid
  case $target in
    mosquitto) pid=$MOSQ_PID port=$MOSQ_PORT idle_pid=$POLIS_PID ;;
    polis) pid=$POLIS_PID port=$MQTT_PORT idle_pid=$MOSQ_PID args=(--tokens-file "$WORK/polis-tokens.txt" --metrics-url "$BASE/metrics") ;;
    polis-baseline) pid=$BASE_PID port=$BASELINE_MQTT_PORT idle_pid=$POLIS_PID
      args=(--tokens-file "$WORK/polis-baseline-tokens.txt" --metrics-url "$BASELINE_BASE/metrics") ;;
    polis-rules) pid=$RULES_PID port=$RULES_MQTT_PORT idle_pid=$POLIS_PID
      args=(--tokens-file "$WORK/polis-rules-tokens.txt" --metrics-url "$RULES_BASE/metrics") ;;
  esac
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
[[ -n "$BASELINE" ]] && run polis-baseline 1 warmup --messages "$WARMUP"
[[ -n "$RULES" ]] && run polis-rules 1 warmup --messages "$WARMUP"

for round in $(seq 1 "$ROUNDS"); do
  log "round $round/$ROUNDS"
  run mosquitto 1 "$round"
  run polis 1 "$round"
  [[ -n "$BASELINE" ]] && run polis-baseline 1 "$round"
  [[ -n "$RULES" ]] && run polis-rules 1 "$round"
  run mosquitto 0 "$round"
  run polis 0 "$round"
  [[ -n "$BASELINE" ]] && run polis-baseline 0 "$round"
  [[ -n "$RULES" ]] && run polis-rules 0 "$round"
done

curl -sf "$BASE/metrics" | grep -E '^polis_(ingest|telemetry|gateway)' >"$OUT/polis-metrics.txt" || true
cleanup
MOSQ_PID="" POLIS_PID="" BASE_PID="" RULES_PID=""
rm -rf "$WORK/polis-data" "$WORK/polis-baseline-data" "$WORK/polis-rules-data" # keep the logs, not the database

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
    for target in ("mosquitto", "polis", "polis-baseline", "polis-rules"):
        rs = [r for r in rows if r["qos"] == qos and r["label"] == target]
        if not rs: continue
        print(f"| {qos} | {target} | {fmt(med(r['messagesPerSecond'] for r in rs))} | {fmt(med(r.get('ackP50Ms') for r in rs), 1)} "
              f"| {fmt(med(r.get('ackP99Ms') for r in rs), 1)} | {fmt(med(r['serverCpuSeconds'] for r in rs), 2)} "
              f"| {fmt(med(r.get('storedMessagesPerSecond') for r in rs))} | {fmt(med(r.get('readingsPerCommit') for r in rs), 1)} "
              f"| {sum(r['errors'] for r in rs)} |")
print()
print("| QoS | peer | peer/mosquitto msg/s (median) | per round | peer stored/mosquitto sent (QoS 0) |")
print("|---|---|---:|---|---:|")
for qos in (1, 0):
  for target in ("polis", "polis-baseline", "polis-rules"):
    ratios, stored = [], []
    for rnd in sorted({r["round"] for r in rows}):
        m = [r for r in rows if r["qos"] == qos and r["round"] == rnd and r["label"] == "mosquitto"]
        p = [r for r in rows if r["qos"] == qos and r["round"] == rnd and r["label"] == target]
        if m and p:
            ratios.append(p[0]["messagesPerSecond"] / m[0]["messagesPerSecond"])
            if p[0].get("storedMessagesPerSecond"):
                stored.append(p[0]["storedMessagesPerSecond"] / m[0]["messagesPerSecond"])
    if ratios:
        print(f"| {qos} | {target} | {statistics.median(ratios):.2f}× | {', '.join(f'{x:.2f}' for x in ratios)} | "
              f"{(f'{statistics.median(stored):.2f}×' if qos == 0 and stored else '–')} |")
if any(r["label"] == "polis-rules" for r in rows):
    print()
    print("| QoS | rules on/off msg/s (median of per-round polis-rules/polis) | per round |")
    print("|---|---:|---|")
    for qos in (1, 0):
        ratios = []
        for rnd in sorted({r["round"] for r in rows}):
            off = [r for r in rows if r["qos"] == qos and r["round"] == rnd and r["label"] == "polis"]
            on = [r for r in rows if r["qos"] == qos and r["round"] == rnd and r["label"] == "polis-rules"]
            if off and on:
                ratios.append(on[0]["messagesPerSecond"] / off[0]["messagesPerSecond"])
        if ratios:
            print(f"| {qos} | {statistics.median(ratios):.2f}× | {', '.join(f'{x:.2f}' for x in ratios)} |")
PY
echo
log "raw results: $RESULTS; logs and data: $WORK"
