#!/usr/bin/env bash
# Starts N PackNum instances on this machine sharing one PostgreSQL database, clustered over
# loopback TCP (no multicast), on ports 8080, 8081, … Put a load balancer in front.
#   PACKNUM_DB_URL=jdbc:postgresql://127.0.0.1:5432/packnum deployment/cluster.sh 2
#   deployment/cluster.sh stop
# Embedded Derby admits one JVM only: a cluster needs PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
runtime=${PACKNUM_CLUSTER_DIR:-target/cluster}
if [ "${1:-}" = "stop" ]; then
  for pid in "$runtime"/*.pid; do [ -e "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true; rm -f "$pid"; done
  exit 0
fi
count=${1:-2}
: "${PACKNUM_DB_URL:?set PACKNUM_DB_URL to a PostgreSQL database}"
[ -f target/packnum.war ] && [ -f target/payara-micro.jar ] || mvn -q -B package -DskipTests
mkdir -p "$runtime"
for i in $(seq 0 $((count - 1))); do
  port=$((8080 + i))
  java -jar target/payara-micro.jar \
    --interfaces 127.0.0.1 --clustermode tcpip:127.0.0.1:6900 --startport 6900 \
    --name "packnum-$i" --port "$port" --contextroot / --rootdir "$runtime/instance-$i" \
    --postbootcommandfile deployment/post-boot-commands.asadmin \
    --deploy target/packnum.war > "$runtime/instance-$i.log" 2>&1 &
  echo $! > "$runtime/instance-$i.pid"
  echo "instance $i: http://localhost:$port (log $runtime/instance-$i.log)"
done
