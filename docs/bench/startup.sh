#!/usr/bin/env bash
# Start-up benchmark (docs/performance.md, "Start-up"): milliseconds from launching the JVM to
# readiness UP (GET /actuator/health/readiness answers 200), for the service and for an empty
# Spring Boot WebFlux application on the same libraries, in the same run, alternated.
#
#   ./mvnw -q -DskipTests package && ./mvnw -q -pl bot test-compile && docs/bench/startup.sh [runs] [port]
#
# Variants: the service as the README runs it (java -jar), the service extracted
# (java -Djarmode=tools extract) with a class-data-sharing archive made by a training run, and the
# empty application, plain and with its own archive. Needs curl; uses one port (default 18380).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
PORT=${2:-18380}
JAR=bot/target/aiguilleur-bot-0.1.0-SNAPSHOT.jar
WORK=bot/target/startup-bench
rm -rf "$WORK" && mkdir -p "$WORK"

java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
APP="$WORK/app/$(basename "$JAR")"
# Class-data sharing takes jars only: the empty application's one class goes into a jar of its own.
jar cf "$WORK/empty.jar" -C bot/target/test-classes fr/aiguilleur/bot/bench/EmptyWebFluxApplication.class
EMPTY_CP="$WORK/empty.jar:$(ls "$WORK"/app/lib/*.jar | tr '\n' ':')"
EMPTY_MAIN=fr.aiguilleur.bot.bench.EmptyWebFluxApplication
PROBES="--management.endpoint.health.probes.enabled=true"

# Training runs: start, refresh the context, exit; the JVM writes the classes it loaded.
java -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Dspring.context.exit=onRefresh -jar "$APP" \
    --server.port=0 > "$WORK/train-app.log" 2>&1 || true
java -XX:ArchiveClassesAtExit="$WORK/empty.jsa" -Dspring.context.exit=onRefresh -cp "$EMPTY_CP" "$EMPTY_MAIN" \
    --server.port=0 > "$WORK/train-empty.log" 2>&1 || true

# Prints the milliseconds from launch to readiness 200.
ready_in() {
  local start pid
  start=$(date +%s%N)
  "$@" --server.port="$PORT" > "$WORK/last.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; do
    kill -0 "$pid" 2> /dev/null || { echo "died, see $WORK/last.log" >&2; exit 1; }
    sleep 0.02
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill "$pid"; wait "$pid" 2> /dev/null || true
}

declare -A NAMES=(
  [1]="service, java -jar (README)"
  [2]="service, extracted + CDS archive"
  [3]="empty WebFlux app, plain"
  [4]="empty WebFlux app, CDS archive")
declare -A TIMES
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$RUNS"); do
  TIMES[1]+="$(ready_in java -jar "$JAR") "
  TIMES[2]+="$(ready_in java -XX:SharedArchiveFile="$WORK/app.jsa" -jar "$APP") "
  TIMES[3]+="$(ready_in java -cp "$EMPTY_CP" "$EMPTY_MAIN" "$PROBES") "
  TIMES[4]+="$(ready_in java -XX:SharedArchiveFile="$WORK/empty.jsa" -cp "$EMPTY_CP" "$EMPTY_MAIN" "$PROBES") "
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for key in 1 2 3 4; do
  sorted=$(tr ' ' '\n' <<< "${TIMES[$key]}" | grep . | sort -n | tr '\n' ' ')
  median=$(tr ' ' '\n' <<< "$sorted" | grep . | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-36s median %6s ms   runs: %s\n' "${NAMES[$key]}" "$median" "$sorted"
done
