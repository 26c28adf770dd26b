#!/usr/bin/env bash
# Backup of an embedded-Derby PackNum (trials, single workshop): Derby admits one JVM, so stop
# PackNum first; this copies the database directory into a dated, owner-only archive.
#   deployment/backup-derby.sh ./data /var/backups/packnum
set -euo pipefail
data=${1:?PackNum data directory (PACKNUM_DATA_DIR)}
directory=${2:?backup directory}
if [ -e "$data/derby/db.lck" ] && pgrep -f "payara-micro" > /dev/null; then
  echo "PackNum seems to be running: stop it before backing up embedded Derby" >&2
  exit 1
fi
umask 077
mkdir -p "$directory"
file="$directory/packnum-derby-$(date -u +%Y%m%dT%H%M%SZ).tar.gz"
tar -C "$data" -czf "$file" derby
echo "$file"
