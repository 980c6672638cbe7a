#!/usr/bin/env bash
# Postfix's side of the spool benchmark (acceptance 6 of issue 7), run by
# hand next to tests/spool/bench.sh, not by CI: N messages submitted with
# Postfix's sendmail into a private Postfix instance (its own queue in a
# temporary directory, fsync as shipped), then relayed to smtp-sink.
#
#   N=10000 bash tests/spool/postfix-bench.sh
#
# It prints the enqueue rate (sendmail until every message is in the
# queue, delivery held) and the delivery rate (queue released until it is
# empty). Needs root (a second Postfix instance) and Debian's postfix.
set -euo pipefail
N="${N:-10000}"
PAR="${PAR:-4}" # concurrent sendmail submitters, like the spool's 4 enqueuers
pf="$(mktemp -d /tmp/wl-postfix-bench.XXXXXX)"
port=$(( 20000 + RANDOM % 40000 ))
chmod 755 "$pf" # Postfix daemons run as postfix and must reach the queue
mkdir -p "$pf/etc" "$pf/queue" "$pf/data"
cp /etc/postfix/master.cf "$pf/etc/"
chown postfix "$pf/data"
cat >"$pf/etc/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $pf/queue
data_directory = $pf/data
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = loopback-only
inet_protocols = ipv4
myhostname = bench.localhost
mydestination =
relayhost = [127.0.0.1]:$port
smtp_tls_security_level = none
master_service_disable = inet
maillog_file_prefixes = /tmp
maillog_file = $pf/maillog
alias_maps =
alias_database =
defer_transports = smtp
EOF
# A second instance's directory must be named in the default main.cf.
old_alt="$(postconf -h alternate_config_directories)"
postconf -e "alternate_config_directories = $pf/etc"
sink_pid=""
cleanup() {
  postfix -c "$pf/etc" stop >/dev/null 2>&1 || true
  [[ -n "$sink_pid" ]] && kill "$sink_pid" 2>/dev/null || true
  postconf -e "alternate_config_directories = $old_alt"
  rm -rf "$pf"
}
trap cleanup EXIT
postfix -c "$pf/etc" check
postfix -c "$pf/etc" start >/dev/null 2>&1 || { echo "Postfix did not start (it logs to syslog)" >&2; exit 1; }
/usr/sbin/smtp-sink -u nobody -h sink.test "127.0.0.1:$port" 64 &
sink_pid=$!
sleep 1

queued() { find "$pf/queue/deferred" "$pf/queue/active" "$pf/queue/incoming" "$pf/queue/maildrop" -type f 2>/dev/null | wc -l; }
now() { date +%s.%N; }

echo "== Postfix $(postconf -h mail_version): $N messages, $PAR submitters, smtp-sink on 127.0.0.1:$port, load $(cut -d' ' -f1-3 /proc/loadavg)"
submit() {
  local from=$1 to=$2
  for ((i = from; i < to; i++)); do
    printf 'From: bench@bench.localhost\nTo: dest@example.test\nSubject: bench %d\nMessage-ID: <%d.bench@bench.localhost>\n\nMessage %d.\n' "$i" "$i" "$i" |
      sendmail -C "$pf/etc" -f bench@bench.localhost dest@example.test
  done
}
t0=$(now)
per=$(( (N + PAR - 1) / PAR ))
pids=()
for ((p = 0; p < PAR; p++)); do
  a=$(( p * per )); b=$(( a + per )); (( b > N )) && b=$N
  submit "$a" "$b" &
  pids+=($!)
done
wait "${pids[@]}"
# Every message is past pickup and cleanup: in the deferred queue (delivery held).
while (( $(find "$pf/queue/deferred" -type f | wc -l) < N )); do sleep 0.1; done
t1=$(now)
postconf -c "$pf/etc" -e "defer_transports ="
postfix -c "$pf/etc" reload >/dev/null 2>&1
postqueue -c "$pf/etc" -f
while (( $(queued) > 0 )); do sleep 0.1; done
t2=$(now)
sent=$(grep -c 'status=sent' "$pf/maillog" || true)
awk -v n="$N" -v a="$t0" -v b="$t1" -v c="$t2" -v s="$sent" 'BEGIN {
  printf "enqueue  %d messages in %.1f s: %.0f msg/s\n", n, b - a, n / (b - a)
  printf "delivery %d messages in %.1f s: %.0f msg/s (%d logged as sent)\n", n, c - b, n / (c - b), s
}'
