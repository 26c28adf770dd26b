#!/usr/bin/env bash
# Restores an embedded-Derby PackNum from a backup, PackNum STOPPED:
#   systemctl stop packnum
#   mv /var/lib/packnum/derby /var/lib/packnum/derby.before-restore   # keep it until all is well
#   deployment/restore-derby.sh /var/lib/packnum/backups/packnum-20260101T013000Z /var/lib/packnum
#   systemctl start packnum
# BACKUP is one of PackNum's backup directories (packnum-<UTC time>, holding "derby") or an archive
# made by backup-derby.sh; DATA_DIR is PACKNUM_DATA_DIR. Derby opens the copy as it was when the
# backup ended (its own recovery at boot); every write acknowledged before the backup began is in.
set -euo pipefail
backup=${1:?backup directory packnum-<time> or packnum-derby-<time>.tar.gz}
data=${2:?PackNum data directory (PACKNUM_DATA_DIR)}
if [ -e "$data/derby" ]; then
  echo "$data/derby exists: stop PackNum and move it aside first" >&2
  exit 1
fi
umask 077
mkdir -p "$data"
if [ -f "$backup" ]; then
  tar -C "$data" -xzf "$backup" derby
elif [ -d "$backup/derby" ]; then
  cp -R "$backup/derby" "$data/derby"
else
  echo "$backup is neither a backup directory holding derby/ nor an archive" >&2
  exit 1
fi
echo "$data/derby"
