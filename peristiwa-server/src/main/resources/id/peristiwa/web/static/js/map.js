// The map of event places, drawn as SVG with no tile server: country outlines from the world TopoJSON the server
// ships, in an equirectangular projection, and one circle per place sized by its events, coloured by Goldstein.
import { get } from './api.js';
import { el, fail, goldsteinColour, num, page, table } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** The arcs of a TopoJSON topology as absolute [lon, lat] points (arcs are delta-encoded when quantized). */
function decodeArcs(topology) {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (!t) return [dx, dy];
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

/** One ring of arc indexes as points; a negative index ~i is arc i reversed. */
function ring(indexes, arcs) {
  const points = [];
  for (const i of indexes) {
    const arc = i >= 0 ? arcs[i] : [...arcs[~i]].reverse();
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

/** SVG path data for rings; a ring crossing the antimeridian is cut there rather than drawn across the map. */
function path(rings) {
  const xy = ([lon, lat]) => `${(lon + 180).toFixed(2)},${(90 - lat).toFixed(2)}`;
  return rings.map((r) => {
    let d = '';
    r.forEach((p, i) => {
      const jump = i > 0 && Math.abs(p[0] - r[i - 1][0]) > 180;
      d += `${i === 0 || jump ? 'M' : 'L'}${xy(p)}`;
    });
    return `${d}Z`;
  }).join('');
}

function countries(topology) {
  const arcs = decodeArcs(topology);
  const g = svg('g', { class: 'countries' });
  for (const geometry of topology.objects.world.geometries) {
    let polygons = [];
    if (geometry.type === 'Polygon') polygons = [geometry.arcs];
    else if (geometry.type === 'MultiPolygon') polygons = geometry.arcs;
    const d = polygons.map((polygon) => path(polygon.map((r) => ring(r, arcs)))).join('');
    if (!d) continue;
    const p = svg('path', { d, class: 'country' });
    const title = svg('title');
    title.textContent = geometry.properties?.name ?? geometry.id ?? '';
    p.append(title);
    g.append(p);
  }
  return g;
}

async function main() {
  const root = page('Peta peristiwa');
  const [topology, { places }] = await Promise.all([get('/api/geo/world'), get('/api/places', { limit: 300 })]);
  const map = svg('svg', { viewBox: '0 0 360 180', class: 'map', id: 'map', role: 'img', 'aria-label': 'Peta dunia tempat peristiwa' });
  map.append(countries(topology));
  const max = Math.max(1, ...places.map((p) => p.events));
  const dots = svg('g', { class: 'places' });
  for (const p of places) {
    const c = svg('circle', { cx: (p.lon + 180).toFixed(2), cy: (90 - p.lat).toFixed(2), r: (0.8 + 4 * Math.sqrt(p.events / max)).toFixed(2),
      class: 'place', fill: goldsteinColour(p.goldsteinMean) });
    const title = svg('title');
    title.textContent = `${p.name}${p.country ? `, ${p.country}` : ''}: ${p.events} peristiwa, Goldstein ${p.goldsteinMean}`;
    c.append(title);
    dots.append(c);
  }
  map.append(dots);
  root.append(el('p', { class: 'meta' }, `${num(places.length)} tempat. Ukuran lingkaran: jumlah peristiwa; warna: rata-rata Goldstein.`), map);
  root.append(table(['Tempat', 'Negara', 'Peristiwa', 'Goldstein'], places.slice(0, 50).map((p) => [p.name, p.country ?? '', num(p.events), p.goldsteinMean])));
}

main().catch(fail);
