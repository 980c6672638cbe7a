#!/usr/bin/env bash
# Builds wl from this checkout, runs the peer kit (../shared/bench/peers,
# or $PEERS) with it, then prints wl's ratio to the best peer engine for
# every column (native Go, the floor, is not a peer). Issue 10's goals are
# ratios of this kind.
#
#   bash tests/bench/peers.sh                     # RUNS=3, peers installed
#   RUNS=7 SKIP_INSTALL=1 bash tests/bench/peers.sh
#
# Every variable run.sh reads (RUNS, SKIP_INSTALL, WORK) passes through.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
peers=${PEERS:-/work/shared/bench/peers}
[[ -f $peers/run.sh ]] || peers=$root/../shared/bench/peers
if [[ ! -f $peers/run.sh ]]; then
  echo "no peer kit: set PEERS to the folder holding run.sh" >&2
  exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# wl and wl-spool side by side, as go install puts them; without cgo, as
# README's start-up section recommends (a static program starts faster).
(cd "$root" && CGO_ENABLED=0 go build -o "$tmp/" ./cmd/wl ./cmd/wl-spool)
set +e
WL=$tmp/wl bash "$peers/run.sh" | tee "$tmp/table"
status=${PIPESTATUS[0]}
set -e
echo
echo "uptime: $(uptime)"
# Each table is a header line ("engine col...") then one row per engine;
# engine names hold spaces, so the cells are the last NF-1 fields of the
# header's width. The ratio is wl / min over the peer rows.
awk '
function flush(   j, best, who, r) {
  if (ncol == 0 || wl == "") return
  printf "%s\n%-12s %10s %10s %10s  %s\n", title, "column", "wl", "best peer", "ratio", "peer"
  for (j = 1; j <= ncol; j++) {
    best = ""; who = ""
    for (r = 1; r <= nrow; r++) {
      v = cells[r, j]
      if (v ~ /^[0-9.]+$/ && (best == "" || v + 0 < best + 0)) { best = v; who = rname[r] }
    }
    w = wlc[j]
    if (w ~ /^[0-9.]+$/ && best != "" && best + 0 > 0) printf "%-12s %10s %10s %10.2f  %s\n", col[j], w, best, w / best, who
    else printf "%-12s %10s %10s %10s  %s\n", col[j], w, best, "-", who
  }
  print ""
}
/^engine / { flush(); ncol = NF - 1; for (j = 1; j <= ncol; j++) col[j] = $(j + 1); nrow = 0; wl = ""; title = prev; next }
ncol > 0 && NF > ncol {
  name = ""; for (j = 1; j <= NF - ncol; j++) name = name (j > 1 ? " " : "") $j
  if (name ~ /^wl /) { wl = name; for (j = 1; j <= ncol; j++) wlc[j] = $(NF - ncol + j); next }
  if (name ~ /^native/) next
  nrow++; rname[nrow] = $1
  for (j = 1; j <= ncol; j++) cells[nrow, j] = $(NF - ncol + j)
  next
}
{ prev = $0 }
END { flush() }
' "$tmp/table" | sed 's/^host:.*/wall ms, process start-up included: wl \/ best peer/; s/^peak RSS.*/peak RSS: wl \/ best peer/'
exit "$status"
