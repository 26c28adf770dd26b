#!/usr/bin/env bash
# Backups of an embedded-Derby PackNum (trials, a single workshop).
#
# PackNum backs its Derby database up itself, while it keeps answering (Derby's online backup,
# SYSCS_BACKUP_DATABASE): every night at 02:30 (Europe/Paris) and whenever an administrator asks
# (POST /api/admin/backups with an administrator's session: administrators hold no API token, their
# second factor protects the most powerful account). Each backup is a directory packnum-<UTC time>
# holding the database directory "derby", in PACKNUM_BACKUP_DIR (default <data dir>/backups); the
# newest PACKNUM_BACKUP_KEEP (7) are kept. Never copy <data dir>/derby itself while PackNum runs: a
# copy of live Derby files may not open.
#
#   deployment/backup-derby.sh DATA_DIR DESTINATION
#       archives the newest of PackNum's own backups (PACKNUM_BACKUP_DIR or DATA_DIR/backups) into
#       DESTINATION/packnum-derby-<time>.tar.gz, owner-only, e.g. from cron after 02:30 onto another
#       disk or machine; fails when the newest backup is more than 26 hours old (the nightly backup
#       did not run: see PackNum's log). Archives older than PACKNUM_BACKUP_DAYS (30) days are removed.
#   deployment/backup-derby.sh --offline DATA_DIR DESTINATION
#       with PackNum STOPPED: archives DATA_DIR/derby itself.
#
# Restore: deployment/restore-derby.sh (PackNum stopped).
# The archives hold personal data: keep DESTINATION readable by the service user only, and
# encrypted if it leaves the machine.
set -euo pipefail
offline=false
if [ "${1:-}" = "--offline" ]; then
  offline=true
  shift
fi
data=${1:?PackNum data directory (PACKNUM_DATA_DIR)}
destination=${2:?destination directory}
keep=${PACKNUM_BACKUP_DAYS:-30}
umask 077
mkdir -p "$destination"
if $offline; then
  if [ -e "$data/derby/db.lck" ]; then
    echo "$data/derby/db.lck exists: PackNum is running (or was killed); stop it, or drop --offline" >&2
    exit 1
  fi
  file="$destination/packnum-derby-$(date -u +%Y%m%dT%H%M%SZ).tar.gz"
  tar -C "$data" -czf "$file.partial" derby
else
  backups=${PACKNUM_BACKUP_DIR:-$data/backups}
  newest=$(find "$backups" -mindepth 1 -maxdepth 1 -type d -name 'packnum-*' -printf '%f\n' 2>/dev/null \
    | grep -E '^packnum-[0-9]{8}T[0-9]{6}Z(-[0-9]+)?$' | sort | tail -n 1 || true)
  if [ -z "$newest" ]; then
    echo "No backup in $backups: PackNum takes one every night, or POST /api/admin/backups" >&2
    exit 1
  fi
  stamp=${newest#packnum-}
  taken=$(date -u -d "${stamp:0:8} ${stamp:9:2}:${stamp:11:2}:${stamp:13:2}" +%s)
  if [ $(( $(date -u +%s) - taken )) -gt $(( 26 * 3600 )) ]; then
    echo "The newest backup, $newest, is more than 26 hours old: did the nightly backup run?" >&2
    exit 1
  fi
  file="$destination/packnum-derby-$stamp.tar.gz"
  tar -C "$backups/$newest" -czf "$file.partial" derby
fi
tar -tzf "$file.partial" > /dev/null
mv "$file.partial" "$file"
find "$destination" -name 'packnum-derby-*.tar.gz' -mtime +"$keep" -delete
echo "$file"
