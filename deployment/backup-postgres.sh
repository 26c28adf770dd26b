#!/usr/bin/env bash
# Nightly backup of the PackNum PostgreSQL database, while PackNum keeps writing: pg_dump reads one
# consistent snapshot (every transaction committed before it began, none after). A compressed
# custom-format dump, checked by listing its contents, kept for PACKNUM_BACKUP_DAYS days (30).
#   deployment/backup-postgres.sh packnum /var/backups/packnum
#   deployment/backup-postgres.sh postgresql://packnum@db.example.org:5432/packnum /var/backups/packnum
# DATABASE is a name or a connection URI; the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD
# or ~/.pgpass) give the rest. The file is <directory>/<database name>-<UTC time>.dump.
# Restore: deployment/restore-postgres.sh.
# The dumps hold personal data: keep the directory readable by the service user only, and
# encrypted if it leaves the machine.
set -euo pipefail
database=${1:?database name or postgresql:// URI}
directory=${2:?backup directory}
keep=${PACKNUM_BACKUP_DAYS:-30}
name=${database%%\?*}
name=${name##*/}
umask 077
mkdir -p "$directory"
file="$directory/$name-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --compress=6 --no-owner --file="$file.partial" --dbname="$database"
pg_restore --list "$file.partial" > /dev/null
mv "$file.partial" "$file"
find "$directory" -name "$name-*.dump" -mtime +"$keep" -delete
echo "$file"
