#!/usr/bin/env bash
# GTFS import benchmark (issue 5): `polis import gtfs` against node-gtfs's `gtfs-import` (npm package gtfs, pinned in
# bench/node-gtfs) on the same zips in the same run: the four real feeds of ../shared/data/gtfs and a larger one made
# by replicating BART's trips (--replicas copies, each shifted by two minutes; ~1M stop times at 30).
# Each run imports into a fresh database (Polis: a new data directory with polis.db; node-gtfs: a new SQLite file),
# wall-clock time of the whole command, process start included. Runs alternate Polis / node-gtfs so that a noisy
# neighbour hits both alike; the table shows medians and the ratio of medians. One JSON line per run goes to
# $OUT/results.jsonl.
#
#   bench/gtfs-import.sh [--runs 5] [--replicas 30] [--feeds "bart.zip caltrain_20090308_1937.zip …"] [--out DIR] [--no-build]
#
# What differs between the peers: Polis reads the ten files it uses (agency … feed_info), validates them
# (MobilityData-style rules across files) and commits in chunks with synchronous=FULL; node-gtfs reads every GTFS
# file it knows (fares and transfers too), validates types only, and builds its indexes at the end.
set -euo pipefail

RUNS=5 REPLICAS=30 OUT="" BUILD=1
FEEDS="bullrunner-gtfs.zip caltrain_20090308_1937.zip island-transit_20090312_0314.zip bart.zip"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --replicas) REPLICAS=$2; shift 2 ;;
    --feeds) FEEDS=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n 2,16p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib/common.sh
source "$ROOT/bench/lib/common.sh"
DATA="$ROOT/../shared/data/gtfs"
WORK=$(mktemp -d /tmp/polis-gtfs-import.XXXXXX)
OUT=${OUT:-$WORK}
mkdir -p "$OUT"
RESULTS="$OUT/results.jsonl"
: > "$RESULTS"
# Keep the results, not the databases and the generated zip (tens of megabytes each).
trap 'rm -rf "$WORK/polis-data" "$WORK"/node.db* "$WORK"/bart-x*.zip' EXIT

if [[ $BUILD == 1 ]]; then
  log "building polis (Release)"
  dotnet build -c Release "$ROOT/src/Polis" -nologo -v q >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
fi
POLIS="$ROOT/src/Polis/bin/Release/net10.0/polis.dll"

if [[ ! -d "$ROOT/bench/node-gtfs/node_modules/gtfs" ]]; then
  log "installing node-gtfs from bench/node-gtfs/package-lock.json"
  (cd "$ROOT/bench/node-gtfs" && npm ci --no-audit --no-fund >/dev/null)
fi
GTFS_IMPORT="$ROOT/bench/node-gtfs/node_modules/gtfs/dist/bin/gtfs-import.js"

# The larger feed: BART's trips, stop times and frequencies repeated REPLICAS times with new trip ids.
LARGE="$WORK/bart-x$REPLICAS.zip"
log "generating $LARGE"
python3 - "$DATA/bart.zip" "$LARGE" "$REPLICAS" <<'PY'
import csv, io, sys, zipfile
source, target, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
def shifted(t, minutes):
    h, m, s = (int(x) for x in t.split(':'))
    total = h * 3600 + m * 60 + s + minutes * 60
    return f"{total // 3600:02d}:{total // 60 % 60:02d}:{total % 60:02d}"
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
    for name in zin.namelist():
        text = zin.read(name).decode('utf-8-sig')
        if name not in ('trips.txt', 'stop_times.txt', 'frequencies.txt'):
            zout.writestr(name, text)
            continue
        rows = list(csv.reader(io.StringIO(text)))
        header, body = rows[0], rows[1:]
        trip, times = header.index('trip_id'), [i for i, h in enumerate(header) if h in ('arrival_time', 'departure_time', 'start_time', 'end_time')]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator='\n')
        writer.writerow(header)
        for k in range(copies):
            for row in body:
                row = list(row)
                row[trip] = f"{row[trip]}_{k}"
                for i in times:
                    if row[i]:
                        row[i] = shifted(row[i], 2 * k)
                writer.writerow(row)
        zout.writestr(name, out.getvalue())
PY

now() { echo "$EPOCHREALTIME"; }

run_polis() { # zip → seconds
  rm -rf "$WORK/polis-data"
  local t0 t1
  t0=$(now)
  dotnet "$POLIS" import gtfs "$1" --data-dir "$WORK/polis-data" >"$WORK/polis.log" 2>&1 || { cat "$WORK/polis.log" >&2; exit 1; }
  t1=$(now)
  python3 -c "print(f'{$t1 - $t0:.3f}')"
}

run_node() { # zip → seconds
  rm -f "$WORK/node.db" "$WORK/node.db-wal" "$WORK/node.db-shm"
  printf '{"agencies":[{"path":"%s"}],"sqlitePath":"%s","verbose":false}\n' "$1" "$WORK/node.db" >"$WORK/node-config.json"
  local t0 t1
  t0=$(now)
  node "$GTFS_IMPORT" --configPath "$WORK/node-config.json" >"$WORK/node.log" 2>&1 || { cat "$WORK/node.log" >&2; exit 1; }
  t1=$(now)
  python3 -c "print(f'{$t1 - $t0:.3f}')"
}

log "warming up (one unmeasured import each: page cache, disk)"
run_polis "$DATA/bart.zip" >/dev/null
run_node "$DATA/bart.zip" >/dev/null

for feed in $FEEDS "$LARGE"; do
  zip="$feed"
  [[ -f "$zip" ]] || zip="$DATA/$feed"
  name=$(basename "$zip")
  stop_times=$(unzip -p "$zip" stop_times.txt | wc -l)
  for run in $(seq 1 "$RUNS"); do
    if (( run % 2 )); then p=$(run_polis "$zip"); n=$(run_node "$zip"); else n=$(run_node "$zip"); p=$(run_polis "$zip"); fi
    log "$name run $run: polis ${p}s, node-gtfs ${n}s"
    printf '{"feed":"%s","stopTimes":%d,"run":%d,"polisSeconds":%s,"nodeGtfsSeconds":%s}\n' "$name" $((stop_times - 1)) "$run" "$p" "$n" >>"$RESULTS"
  done
done

python3 - "$RESULTS" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
print("| feed | stop times | polis median s | node-gtfs median s | polis / node-gtfs | runs |")
print("|---|---:|---:|---:|---:|---:|")
for feed in dict.fromkeys(r["feed"] for r in rows):
    runs = [r for r in rows if r["feed"] == feed]
    p = statistics.median(r["polisSeconds"] for r in runs)
    n = statistics.median(r["nodeGtfsSeconds"] for r in runs)
    print(f"| {feed} | {runs[0]['stopTimes']:,} | {p:.2f} | {n:.2f} | {p / n:.2f}× | {len(runs)} |")
PY
log "raw results: $RESULTS"
