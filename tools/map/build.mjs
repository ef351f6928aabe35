// Builds Herald's map shapes: src/main/resources/map/countries.json, an object of ISO 3166-1
// alpha-2 code -> SVG path ("M..l..z"), in an equirectangular projection on a 1000 x 470 box
// (longitude -180..180, latitude 84..-57; Antarctica is left out). Shapes are Natural Earth's
// 1:110m countries, from the npm package world-atlas (public domain); numeric codes become
// alpha-2 codes through i18n-iso-countries. Run once, at build time, and commit the output:
//   cd tools/map && npm ci && node build.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
const topology = JSON.parse(readFileSync(new URL('./node_modules/world-atlas/countries-110m.json', import.meta.url)));
const WIDTH = 1000, NORTH = 84, SOUTH = -57, SCALE = WIDTH / 360;
const HEIGHT = Math.round((NORTH - SOUTH) * SCALE);

const project = ([lon, lat]) => [Math.round((lon + 180) * SCALE), Math.round((NORTH - Math.max(SOUTH, Math.min(NORTH, lat))) * SCALE)];

// A ring that crosses the antimeridian (Fiji, Chukotka) is drawn whole east of 180° and again
// shifted by a full turn west, so that each side shows its part and no stripe crosses the map.
function rings(points) {
  const crosses = points.some((point, i) => i > 0 && Math.abs(point[0] - points[i - 1][0]) > 180);
  if (!crosses) return [ring(points)];
  const east = points.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
  return [ring(east), ring(east.map(([lon, lat]) => [lon - 360, lat]))];
}

function ring(points) {
  const projected = [];
  for (const point of points) {
    const [x, y] = project(point);
    const last = projected[projected.length - 1];
    if (!last || last[0] !== x || last[1] !== y) projected.push([x, y]);
  }
  if (projected.length > 1 && projected[0][0] === projected.at(-1)[0] && projected[0][1] === projected.at(-1)[1]) projected.pop();
  if (projected.length < 3) return '';
  let [px, py] = projected[0];
  let d = `M${px} ${py}`;
  let previous = null;
  for (const [x, y] of projected.slice(1)) {
    const step = `${x - px} ${y - py}`.replace(/ -/g, '-');
    d += (previous === 'l' ? (step.startsWith('-') ? '' : ' ') : 'l') + step;
    previous = 'l';
    [px, py] = [x, y];
  }
  return d + 'z';
}

const shapes = {};
let skipped = [];
for (const f of feature(topology, topology.objects.countries).features) {
  const alpha2 = f.id && countries.numericToAlpha2(f.id);
  if (!alpha2 || alpha2 === 'AQ') { skipped.push(f.properties.name); continue; }
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const d = polygons.flatMap(polygon => polygon.flatMap(rings)).join('');
  if (d) shapes[alpha2] = (shapes[alpha2] || '') + d;
}
const out = new URL('../../src/main/resources/map/countries.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
const json = JSON.stringify({ source: 'Natural Earth 1:110m countries, via world-atlas 2.0.2 (public domain)', width: WIDTH, height: HEIGHT, shapes });
writeFileSync(out, json + '\n');
console.log(`${Object.keys(shapes).length} countries, ${json.length} bytes; left out: ${skipped.join(', ')}`);
