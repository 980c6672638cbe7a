#!/usr/bin/env bash
# Spool benchmark (acceptance 6 of issue 7), run by hand, not by CI:
# durable enqueue rate and delivery rate to Postfix's smtp-sink for N
# messages (default 10,000), on SQLite and, when $WL_SPOOL_PG_URL names a
# server (.ci/run's SPOOL section starts one), on PostgreSQL.
#
#   N=10000 bash tests/spool/bench.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${N:-10000}"
sink="${WL_SMTP_SINK:-/usr/sbin/smtp-sink}"
port=$(( 20000 + RANDOM % 40000 ))
user=()
if [[ "$(id -u)" -eq 0 ]]; then user=(-u nobody); fi
"$sink" "${user[@]}" -h sink.test "127.0.0.1:$port" 64 &
sink_pid=$!
trap 'kill "$sink_pid" 2>/dev/null || true' EXIT
sleep 0.5
echo "== $N messages, smtp-sink on 127.0.0.1:$port, $(nproc) CPU, load $(cut -d' ' -f1-3 /proc/loadavg)"
WL_BENCH_SMTP="127.0.0.1:$port" go test -run '^$' -bench 'Enqueue|Deliver' -benchtime "${N}x" -timeout 60m ./stdlib/email/spool
