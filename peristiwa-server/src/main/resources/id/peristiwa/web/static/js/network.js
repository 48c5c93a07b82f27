// The actor network: actors as nodes sized by their events, directed edges weighted by event counts and coloured
// by mean Goldstein score (red conflict, green cooperation). Cytoscape is loaded from its WebJar.
import { get } from './api.js';
import { el, fail, goldsteinColour, num, page, pageUrl } from './dom.js';

async function main() {
  const root = page('Jaringan aktor');
  const network = await get('/api/network', { limit: 120 });
  root.append(el('p', { class: 'meta' }, `${num(network.nodes.length)} aktor, ${num(network.edges.length)} hubungan. `
    + 'Tebal garis: jumlah peristiwa; warna: rata-rata Goldstein (merah konflik, hijau kerja sama). Klik aktor untuk profilnya.'));
  const box = el('div', { class: 'graph', id: 'network' });
  root.append(box);
  if (network.nodes.length === 0) {
    box.append(el('p', { class: 'empty' }, 'Belum ada peristiwa dengan sumber dan sasaran.'));
    return;
  }
  const max = Math.max(...network.edges.map((e) => e.events));
  const elements = [
    ...network.nodes.map((n) => ({ data: { id: n.code, label: n.code, size: 14 + 30 * Math.sqrt(n.events / max),
      colour: goldsteinColour(n.goldsteinMean) } })),
    ...network.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target,
      width: 1 + 7 * (e.events / max), colour: goldsteinColour(e.goldsteinMean) } })),
  ];
  const cy = window.cytoscape({
    container: box,
    elements,
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000 },
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)',
        'background-color': 'data(colour)', 'font-size': 10, 'text-valign': 'center', color: '#111' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.7 } },
    ],
  });
  cy.on('tap', 'node', (ev) => { window.location.assign(pageUrl('/actor.html', { code: ev.target.id() })); });
  cy.on('tap', 'edge', (ev) => {
    window.location.assign(pageUrl('/dyad.html', { a: ev.target.data('source'), b: ev.target.data('target') }));
  });
  window.peristiwaNetwork = cy; // for the browser tests: the graph drew its elements
}

main().catch(fail);
