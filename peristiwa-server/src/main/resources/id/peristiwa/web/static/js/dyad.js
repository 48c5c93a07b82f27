// The dyad page: the cooperation-versus-conflict timeline of events from actor A to actor B, and the events.
import { get } from './api.js';
import { el, fail, link, num, page, param } from './dom.js';
import { timeline } from './charts.js';
import { eventList } from './events.js';

function form(a, b, interval) {
  const choice = (v, label) => el('option', { value: v, selected: v === interval ? 'selected' : null }, label);
  return el('form', { class: 'inline', method: 'get', action: '/dyad.html' },
    el('label', {}, 'Sumber ', el('input', { name: 'a', value: a, size: 8, placeholder: 'USA' })),
    el('label', {}, ' Sasaran ', el('input', { name: 'b', value: b, size: 8, placeholder: 'PRK' })),
    el('label', {}, ' Per ', el('select', { name: 'interval' }, choice('day', 'hari'), choice('week', 'minggu'), choice('month', 'bulan'))),
    el('button', { type: 'submit' }, 'Tampilkan'));
}

async function suggestions(root) {
  const network = await get('/api/network', { limit: 12 });
  if (network.edges.length === 0) return;
  root.append(el('h2', {}, 'Diad terbanyak'), el('ul', { class: 'columns-list' }, network.edges.map((e) =>
    el('li', {}, link('/dyad.html', { a: e.source, b: e.target }, `${e.source} → ${e.target}`), ` (${num(e.events)})`))));
}

async function main() {
  const a = param('a').toUpperCase();
  const b = param('b').toUpperCase();
  const interval = param('interval') || 'month';
  const root = page(a && b ? `Diad ${a} → ${b}` : 'Diad');
  root.append(form(a, b, interval));
  if (!a || !b) {
    await suggestions(root);
    return;
  }
  const series = await get(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { interval });
  root.append(el('p', { class: 'meta', id: 'dyad-total' }, `${num(series.events)} peristiwa bertanggal · `,
    link('/dyad.html', { a: b, b: a, interval }, `arah sebaliknya (${b} → ${a})`)));
  if (series.points.length === 0) {
    root.append(el('p', { class: 'empty' }, 'Belum ada peristiwa untuk diad ini.'));
  } else {
    timeline(root, 'dyad-chart', series.points);
  }
  const events = await get('/api/events', { dyad: `${a}:${b}`, size: 50 });
  root.append(el('h2', {}, `Peristiwa (${num(events.total)})`), eventList(events.events));
}

main().catch(fail);
