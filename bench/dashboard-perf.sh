#!/usr/bin/env bash
# Dashboard performance in a real headless Chromium (issue #4): polis runs with the simulated city (`city` preset,
# about 20,000 devices, all reporting over MQTT) driven by `polis simulate` in its own process, then
# bench/Polis.DashboardBench measures, in Debian's Chromium:
# time until the overview and the map are interactive (navigation start → circuit live and content drawn; median
# of --runs fresh pages), the map's frame rate, worst frame gap and long tasks over --fps-seconds while the
# city reports (again with --movers extra buses driving circles, so there is visible churn at any hour), and the
# update latency from a probe bus's MQTT report to its marker moving on screen; and the same for the transit map
# (issue 5) over the city's own GTFS feed (the simulator imports it) and its buses (480 in the `city` preset), the
# probe's report going through the transit tracker. --pages city|transit|all. Prints the bench's JSON and keeps
# it, with polis's and the simulator's logs, in --out.
#
#   bench/dashboard-perf.sh [--scale city] [--pages all] [--runs 5] [--fps-seconds 30] [--movers 200] [--settle 60] [--out DIR] [--no-build]
set -euo pipefail

SCALE=city PAGES=all RUNS=5 FPS_SECONDS=30 MOVERS=200 SETTLE=60 OUT="" BUILD=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    --pages) PAGES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --fps-seconds) FPS_SECONDS=$2; shift 2 ;;
    --movers) MOVERS=$2; shift 2 ;;
    --settle) SETTLE=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n 2,13p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib/common.sh
source "$ROOT/bench/lib/common.sh"
WORK=$(mktemp -d /tmp/polis-dashboard-perf.XXXXXX)
OUT=${OUT:-$WORK}
mkdir -p "$OUT"
POLIS_PID="" SIM_PID=""
cleanup() { stop_pid "$SIM_PID"; stop_pid "$POLIS_PID"; }
trap cleanup EXIT INT TERM
CHROMIUM=${POLIS_CHROMIUM:-/usr/bin/chromium}
[[ -x "$CHROMIUM" ]] || { log "Chromium not found at $CHROMIUM (apt-get install chromium, or set POLIS_CHROMIUM)"; exit 1; }
# One MQTT connection per simulated device, on both ends of loopback: the simulator runs in its own process so
# that each end holds one socket per device (a shared process would need twice that, beyond common hard limits).
raise_fd_limit 20000

if [[ $BUILD == 1 ]]; then
  log "building polis and the bench (Release)"
  dotnet build -c Release -v q -nologo "$ROOT/src/Polis" >"$WORK/build-polis.log" 2>&1 || { tail -30 "$WORK/build-polis.log"; exit 1; }
  dotnet build -c Release -v q -nologo "$ROOT/bench/Polis.DashboardBench" >"$WORK/build-bench.log" 2>&1 || { tail -30 "$WORK/build-bench.log"; exit 1; }
fi
POLIS="$ROOT/src/Polis/bin/Release/net10.0/polis.dll"
BENCH="$ROOT/bench/Polis.DashboardBench/bin/Release/net10.0/polis-dashboard-bench.dll"

HTTP_PORT=$(free_port) MQTT_PORT=$(free_port) SILO_PORT=$(free_port) GATEWAY_PORT=$(free_port)
PASSWORD="bench-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
BASE="http://127.0.0.1:$HTTP_PORT"
log "starting polis on $BASE"
dotnet "$POLIS" --urls "$BASE" \
  --Polis:Mqtt:Port "$MQTT_PORT" --Polis:Mqtt:ListenAddress 127.0.0.1 \
  --Polis:DataDirectory "$WORK/polis-data" \
  --Polis:Admin:Email "admin@bench.local" --Polis:Admin:Password "$PASSWORD" \
  --Polis:Orleans:SiloPort "$SILO_PORT" --Polis:Orleans:GatewayPort "$GATEWAY_PORT" \
  --Polis:Simulator:Enabled false \
  >"$OUT/polis.log" 2>&1 &
POLIS_PID=$!
for _ in $(seq 240); do curl -sf "$BASE/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -sf "$BASE/health" >/dev/null || { log "polis did not start"; tail -40 "$OUT/polis.log"; exit 1; }

log "starting the '$SCALE' simulated city"
dotnet "$POLIS" simulate --target "$BASE" --email admin@bench.local --password "$PASSWORD" \
  --scale "$SCALE" --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" >"$OUT/simulator.log" 2>&1 &
SIM_PID=$!
for _ in $(seq 1800); do grep -q "Simulated city running" "$OUT/simulator.log" && break; kill -0 "$SIM_PID" 2>/dev/null || break; sleep 1; done
grep -q "Simulated city running" "$OUT/simulator.log" || { log "the simulated city did not start"; tail -40 "$OUT/simulator.log"; exit 1; }
log "$(grep -o 'Simulated city running.*' "$OUT/simulator.log" | head -1); settling for ${SETTLE}s"
sleep "$SETTLE"

dotnet "$BENCH" --url "$BASE" --email admin@bench.local --password "$PASSWORD" --chromium "$CHROMIUM" \
  --runs "$RUNS" --fps-seconds "$FPS_SECONDS" --movers "$MOVERS" --pages "$PAGES" --out "$OUT/dashboard-perf.json"
curl -sf "$BASE/metrics" | grep -E '^polis_(gateway_connections|ingest_readings|telemetry)' >"$OUT/polis-metrics.txt" || true
log "results in $OUT"
