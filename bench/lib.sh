# Shared by the bench/ scripts (sourced, not run): the two multiplexers on private sockets, a
# scratch directory, and the row format bench/run turns into its table.
set -euo pipefail

bench=$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")" && pwd)
root=$(dirname -- "$bench")
work=$(mktemp -d "${TMPDIR:-/tmp}/mux-bench.XXXXXX")
socket="mux-bench-$$"
# Panes run /bin/sh: bash's login scripts here can stall on a lock, which would time the lock.
export SHELL=/bin/sh XDG_STATE_HOME="$work/state"
python=$(command -v python3)

mux() { "$root/bin/mux" -L "$socket" "$@"; }
tmux_() { tmux -L "$socket" -f /dev/null "$@"; }
# GNU screen, the second peer: its sockets in a private directory, no screenrc of the user's or the
# system's. Each screen session is a process of its own (there is no server of all sessions).
export SCREENDIR="$work/screen"
mkdir -m 700 "$SCREENDIR"
screen_() { SYSSCREENRC=/dev/null screen -c /dev/null "$@"; }
screen_session_pid() { # session name
    { screen_ -ls || true; } | awk -v name="$1" '{ split($1, part, ".") } part[2] == name { print part[1]; exit }'
}

# The mux server's pid, found by its socket (the server is a java process named after it).
mux_server_pid() { pgrep -f "ServerMain --socket .*/$socket\$" | head -n 1; }
tmux_server_pid() { tmux_ display-message -p '#{pid}'; }
rss_kib() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status"; }
# Nanoseconds a process has run on a CPU so far, all its threads (schedstat's first field).
cpu_ns() { { cat /proc/"$1"/task/*/schedstat 2>/dev/null || true; } | awk '{ s += $1 } END { printf "%.0f", s }'; }

stop_servers() {
    mux kill-server >/dev/null 2>&1 || true
    tmux_ kill-server >/dev/null 2>&1 || true
    local session
    for session in $({ screen_ -ls || true; } | awk '$1 ~ /^[0-9]+\./ { print $1 }'); do screen_ -S "$session" -X quit >/dev/null 2>&1 || true; done
}
trap 'stop_servers; rm -rf "$work"' EXIT

now() { date +%s.%N; }

wait_for() { # seconds, command...: polls the command every 10 ms
    local deadline=$(( $(date +%s) + $1 )); shift
    until "$@"; do
        (( $(date +%s) < deadline )) || { echo "bench: timed out waiting for: $*" >&2; return 1; }
        sleep 0.01
    done
}

# One result for bench/run: name, mux value, tmux value (or "-"), unit, how it was measured, and
# GNU screen's value where the row has one.
row() { printf 'row\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "${6:--}"; }
