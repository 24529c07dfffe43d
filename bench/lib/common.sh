# Shared helpers of the bench/*.sh scripts; source it after `set -euo pipefail`.

log() { echo "== $*" >&2; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# raise_fd_limit N: the servers and clients hold one socket per device; fail early if N descriptors are out of reach.
raise_fd_limit() {
  local need=$1
  if [[ $(ulimit -n) != unlimited && $(ulimit -n) -lt $need ]]; then
    ulimit -n "$need" 2>/dev/null || ulimit -n "$(ulimit -Hn)"
    [[ $(ulimit -n) == unlimited || $(ulimit -n) -ge $need ]] || { log "ulimit -n is $(ulimit -n); $need needed"; exit 1; }
  fi
}

# stop_pid PID: stops a process this script started (by its pid only) and reaps it.
stop_pid() { [[ -n "${1:-}" ]] && kill "$1" 2>/dev/null && wait "$1" 2>/dev/null || true; }
