// The source-chain view: which outlet reported events on the word of which relayed agency and speaker, as a
// Sankey diagram (outlet → relay → speaker) and a table.
import { get } from './api.js';
import { el, fail, link, num, page, table } from './dom.js';
import { chart } from './charts.js';

async function main() {
  const root = page('Rantai sumber');
  const { chains } = await get('/api/sources', { limit: 60 });
  if (chains.length === 0) {
    root.append(el('p', { class: 'empty' }, 'Belum ada peristiwa yang beratribusi.'));
    return;
  }
  // Node names carry their level so that an outlet and an agency of the same name stay apart.
  const nodes = new Map();
  const links = new Map();
  const node = (level, name) => { const key = `${level}: ${name}`; nodes.set(key, { name: key }); return key; };
  const add = (s, t, n) => { const k = `${s}\u0000${t}`; links.set(k, { source: s, target: t, value: (links.get(k)?.value ?? 0) + n }); };
  for (const c of chains) {
    const outlet = node('Media', c.outlet ?? '(tidak diketahui)');
    const relay = node('Dari', c.relay ?? 'langsung');
    const speaker = node('Pembicara', c.speaker ?? '(tanpa pembicara)');
    add(outlet, relay, c.events);
    add(relay, speaker, c.events);
  }
  chart(root, 'sources-chart', {
    tooltip: { renderMode: 'richText', trigger: 'item' },
    series: [{ type: 'sankey', data: [...nodes.values()], links: [...links.values()], emphasis: { focus: 'adjacency' },
      lineStyle: { color: 'gradient', opacity: 0.4 }, label: { fontSize: 11 } }],
  });
  root.append(table(['Media', 'Dari (kantor berita)', 'Pembicara', 'Peristiwa', 'Artikel'], chains.map((c) => [
    c.outlet ?? '—', c.relay ?? 'langsung',
    c.speaker ? [link('/actor.html', { code: c.speaker }, c.speaker), c.speakerName ? ` (${c.speakerName})` : ''] : '—',
    num(c.events), num(c.articles)])));
}

main().catch(fail);
