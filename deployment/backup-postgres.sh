#!/usr/bin/env bash
# Nightly backup of the PackNum PostgreSQL database: a compressed custom-format dump, checked by
# listing its contents, kept for PACKNUM_BACKUP_DAYS days (default 30).
#   deployment/backup-postgres.sh packnum /var/backups/packnum
# Restore: createdb packnum && pg_restore -d packnum /var/backups/packnum/packnum-<date>.dump
# The dumps hold personal data: keep the directory readable by the service user only, and
# encrypted if it leaves the machine.
set -euo pipefail
database=${1:?database name}
directory=${2:?backup directory}
keep=${PACKNUM_BACKUP_DAYS:-30}
umask 077
mkdir -p "$directory"
file="$directory/$database-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --compress=6 --no-owner --file="$file.partial" "$database"
pg_restore --list "$file.partial" > /dev/null
mv "$file.partial" "$file"
find "$directory" -name "$database-*.dump" -mtime +"$keep" -delete
echo "$file"
