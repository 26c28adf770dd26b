#!/usr/bin/env bash
# Starts N PackNum instances on this machine sharing one PostgreSQL database, clustered over
# loopback TCP (no multicast), on ports 8080, 8081, … Put a load balancer in front.
#   PACKNUM_DB_URL=jdbc:postgresql://127.0.0.1:5432/packnum deployment/cluster.sh 2
#   deployment/cluster.sh stop
# Embedded Derby admits one JVM only: a cluster needs PostgreSQL.
# The members form the data grid PACKNUM_CLUSTER_NAME (default packnum): a Payara Micro of another
# name on the same ports is never joined. Host-aware partitioning is off because every member runs
# on this host: with it on, Hazelcast keeps no backup of a member's HTTP sessions on another, and a
# member's death would sign out its users. (Members on separate hosts keep it on: drop the flag.)
set -euo pipefail
cd "$(dirname "$0")/.."
runtime=${PACKNUM_CLUSTER_DIR:-target/cluster}
if [ "${1:-}" = "stop" ]; then
  for pid in "$runtime"/*.pid; do [ -e "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true; rm -f "$pid"; done
  exit 0
fi
count=${1:-2}
cluster=${PACKNUM_CLUSTER_NAME:-packnum}
members=$(seq -s, -f "127.0.0.1:%g" 6900 $((6900 + count - 1)))
: "${PACKNUM_DB_URL:?set PACKNUM_DB_URL to a PostgreSQL database}"
[ -f target/packnum.war ] && [ -f target/payara-micro.jar ] || mvn -q -B package -DskipTests
mkdir -p "$runtime"
runtime=$(cd "$runtime" && pwd)
for i in $(seq 0 $((count - 1))); do
  port=$((8080 + i))
  home="$runtime/instance-$i"
  # a fresh Payara root: one left by the previous start brings its deployment back, and --deploy
  # would deploy the WAR a second time (503 for minutes after the first said it was ready)
  rm -rf "$home/payara"
  # each instance's working directory holds its JSON log, packnum.0.json
  # (deployment/logging.properties), and its access log, payara/logs/server_access_log.<date>.txt
  mkdir -p "$home"
  (cd "$home" && exec java -jar "$OLDPWD/target/payara-micro.jar" \
    --interfaces 127.0.0.1 --clustermode "tcpip:$members" --startport 6900 \
    --clustername "$cluster" --nohostaware \
    --name "packnum-$i" --port "$port" --contextroot / --rootdir "$home/payara" \
    --prebootcommandfile "$OLDPWD/deployment/pre-boot-commands.asadmin" \
    --logproperties "$OLDPWD/deployment/logging.properties" \
    --deploy "$OLDPWD/target/packnum.war") > "$runtime/instance-$i.log" 2>&1 &
  echo $! > "$runtime/instance-$i.pid"
  echo "instance $i: http://localhost:$port (JSON log $home/packnum.0.json)"
done
