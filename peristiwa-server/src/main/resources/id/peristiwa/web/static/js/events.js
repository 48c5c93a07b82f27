// A list of events with their evidence and a link to the reporting article.
import { el, goldsteinColour, link } from './dom.js';

export function eventList(events) {
  if (events.length === 0) return el('p', { class: 'empty' }, 'Tidak ada peristiwa.');
  return el('ul', { class: 'event-list' }, events.map((e) => {
    const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.backgroundColor = goldsteinColour(e.goldstein);
    const who = (list) => list.map((x) => x.code).join(', ') || '—';
    return el('li', {}, swatch,
      el('strong', {}, `${e.date ?? 'tanpa tanggal'} · ${e.type} (${e.cameo}, ${e.goldstein})`), ' ',
      `${who(e.source)} → ${who(e.target)} `,
      link('/article.html', { id: e.articleId }, 'artikel'),
      el('div', { class: 'evidence' }, e.evidence));
  }));
}
