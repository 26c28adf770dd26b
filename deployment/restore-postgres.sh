#!/usr/bin/env bash
# Restores a dump of backup-postgres.sh into a NEW, empty database, in one transaction (all or
# nothing), its objects owned by the user restoring:
#   createdb -O packnum packnum_restored
#   deployment/restore-postgres.sh /var/backups/packnum/packnum-20260101T013000Z.dump packnum_restored
# then point PACKNUM_DB_URL at it and start PackNum (Flyway finds the schema up to date, or
# migrates it if the dump is older than the application). DATABASE is a name or a connection URI;
# the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass) give the rest.
set -euo pipefail
dump=${1:?dump file}
database=${2:?new database name or postgresql:// URI}
pg_restore --exit-on-error --single-transaction --no-owner --no-acl --dbname="$database" "$dump"
echo "$database"
