#!/usr/bin/env bash
# Load benchmark of triage-service's POST /api/messages: bounded wrk runs against localhost only.
# Starts its own triage-service on :18081 with its own schema, exchange and queues, then drops them.
#   ./mvnw -B -pl triage-service -am package -DskipTests && bench/triage-intake.sh
# Closed loop first (wrk: each connection sends its next request when the last is answered), then open loop
# (bench/OpenLoad.java: requests start at a fixed rate, latency counted from when each was due).
# WARMUP, LEVELS and DURATION override the defaults (120s; 16 32 48 64; 30s), RATES and OPEN_DURATION those
# of the open loop (2500; 60s). JAVA_OPTS is passed to the JVM
# (default -XX:+UseParallelGC, as in deploy/docker/Dockerfile.jvm). The warm-up is long because C2 is still
# compiling after a minute on two cores.
# Needs wrk (Debian: apt-get install -y wrk).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v wrk >/dev/null || { echo "wrk is required (apt-get install -y wrk)"; exit 1; }
log=$(mktemp)
HTTP_PORT=18081 DB_SCHEMA=triage_bench java -Xmx768m ${JAVA_OPTS:--XX:+UseParallelGC} -Dtandem.events.exchange=tandem.events.bench-triage \
  -Dtandem.triage.templates-refresh=3s \
  -Dmp.messaging.incoming.templates.queue.name=triage-bench.templates \
  -Dmp.messaging.incoming.templates.dead-letter-queue-name=triage-bench.templates.dlq \
  -Dmp.messaging.incoming.templates.dead-letter-exchange=triage-bench.dlx \
  -jar triage-service/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true
  PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -d postgres -q -c 'set client_min_messages = warning; drop schema if exists triage_bench cascade'
  rabbitmqctl -q delete_queue triage-bench.templates >/dev/null 2>&1 || true
  rabbitmqctl -q delete_queue triage-bench.templates.dlq >/dev/null 2>&1 || true
}
trap cleanup EXIT
for _ in $(seq 1 60); do curl -sf localhost:18081/q/health/ready >/dev/null && break; sleep 1; done
# two approved templates, as content.template.published would have delivered them
PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -d postgres -q -c "
insert into triage_bench.reply_template (template_id, intent, language, text, revision, published_at, event_id)
values ('bench-order-en', 'ORDER_STATUS', 'en', 'Your order is on its way; track it any time under My Orders. This reply was drafted by our AI assistant.', 1, now(), 'bench-seed'),
       ('bench-store-en', 'STORE_INFO', 'en', 'Our stores open 9:00-18:00 Monday to Saturday. This reply was drafted by our AI assistant.', 1, now(), 'bench-seed-2')
on conflict do nothing"
sleep 5
export TOKEN=$(deploy/local/token bench-intake intake)
PREFIX=warm-$RANDOM wrk -t2 -c8 -d${WARMUP:-120s} -s bench/triage-intake.lua http://localhost:18081 | tail -1
for c in ${LEVELS:-16 32 48 64}; do
  echo "concurrency $c: $(PREFIX=c$c-$RANDOM wrk -t2 -c$c -d${DURATION:-30s} --latency -s bench/triage-intake.lua http://localhost:18081 | tail -1)"
done
for r in ${RATES:-2500}; do
  echo "open loop $r/s: $(PREFIX=r$r-$RANDOM java -cp 'triage-service/target/quarkus-app/lib/main/*' bench/OpenLoad.java \
    http://localhost:18081/api/messages "$r" "${OPEN_DURATION:-60}")"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
