#!/usr/bin/env bash
# Measures a cold start of the platform on the embedded default (H2, demo communities): seconds from
# launching Payara Micro to /health/ready answering UP, and the process's resident memory once ready.
# Usage: tools/benchmark-startup.sh   (after ./mvnw install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18080}
data=$(mktemp -d)
war=ui/target/weimin.war
jar=ui/target/payara-micro.jar
[[ -f $war && -f $jar ]] || { echo "build first: ./mvnw install -DskipTests" >&2; exit 1; }

start=$(date +%s.%N)
java -Dweimin.data-dir="$data" -Dweimin.tenants-dir="$PWD/tenants-config" -jar "$jar" --nocluster \
    --prebootcommandfile "$PWD/ui/src/main/payara/preboot-commands.asadmin" \
    --port "$port" --contextroot / --deploy "$war" >"$data/payara.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT

until curl -sf "http://localhost:$port/health/ready" >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "the platform stopped; see its log:" >&2; tail -50 "$data/payara.log" >&2; exit 1; }
    sleep 0.2
done
ready=$(date +%s.%N)
rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
awk -v s="$start" -v r="$ready" -v m="$rss_kb" \
    'BEGIN { printf "cold start to ready: %.1f s\nresident memory when ready: %d MB\n", r - s, m / 1024 }'
