// The article page: the clean text with mentions, quotes and event triggers highlighted, and each event opening
// its evidence, codes and the rule that fired. Spans are UTF-16 offsets into the text, as JavaScript strings are.
import { get } from './api.js';
import { el, fail, goldsteinColour, link, page, param, QUADS } from './dom.js';

/** Every highlighted span: [start, end, css class, event index or null, tooltip]. */
function marks(a) {
  const out = [];
  for (const m of a.mentions ?? []) {
    const who = m.actor ? `${m.actor.code}${m.actor.name ? ` (${m.actor.name})` : ''}` : m.kind;
    out.push([m.start, m.end, `mention kind-${String(m.kind).toLowerCase()}`, null, `${m.kind}: ${who}`]);
  }
  for (const q of a.quotes ?? []) {
    const who = q.speaker ? q.speaker.code : 'tanpa pembicara';
    out.push([q.statement[0], q.statement[1], 'quote', null, `Kutipan — ${who}`]);
  }
  (a.events ?? []).forEach((e, i) => {
    out.push([e.trigger[0], e.trigger[1], 'trigger', i, `${e.type} ${e.cameo}: ${actors(e.source)} → ${actors(e.target)}`]);
  });
  return out.filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && s < e && e <= a.text.length);
}

function actors(list) {
  return (list ?? []).map((x) => x.code).join(', ') || '—';
}

/** The text cut at every mark boundary, each piece wrapped in the marks covering it. */
function highlighted(a, open) {
  const all = marks(a);
  const cuts = new Set([0, a.text.length]);
  for (const [s, e] of all) { cuts.add(s); cuts.add(e); }
  const bounds = [...cuts].sort((x, y) => x - y);
  const body = el('div', { class: 'text', id: 'text' });
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [s, e] = [bounds[i], bounds[i + 1]];
    const covering = all.filter(([ms, me]) => ms <= s && me >= e);
    const piece = a.text.slice(s, e);
    if (covering.length === 0) { body.append(document.createTextNode(piece)); continue; }
    const span = el('span', { class: covering.map((m) => m[2]).join(' '), title: covering.map((m) => m[4]).join(' | ') }, piece);
    const trigger = covering.find((m) => m[3] !== null);
    if (trigger) {
      span.tabIndex = 0;
      span.dataset.event = String(trigger[3]);
      span.addEventListener('click', () => open(trigger[3]));
      span.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') open(trigger[3]); });
    }
    body.append(span);
  }
  return body;
}

function evidence(a, e) {
  const [s, t] = e.sentence;
  const [ts, te] = e.trigger;
  if (ts < s || te > t) return el('blockquote', {}, a.text.slice(s, t));
  return el('blockquote', {}, a.text.slice(s, ts), el('strong', {}, a.text.slice(ts, te)), a.text.slice(te, t));
}

function actorLinks(list) {
  if (!list || list.length === 0) return '—';
  return list.flatMap((x, i) => [i ? ', ' : '', link('/actor.html', { code: x.code }, x.code),
    x.name ? ` (${x.name})` : '']);
}

function eventDetails(a, e, i) {
  const dyad = e.source?.[0] && e.target?.[0]
    ? link('/dyad.html', { a: e.source[0].code, b: e.target[0].code }, 'lihat diad') : null;
  const rows = [
    ['Sumber', actorLinks(e.source)], ['Sasaran', actorLinks(e.target)],
    ['Kode', `${e.type}${e.mode ? ` / ${e.mode}` : ''}${e.context ? ` / ${e.context}` : ''} · CAMEO ${e.cameo}`],
    ['Kelas', `${e.quadClass} — ${QUADS[e.quadClass - 1]} · Goldstein ${e.goldstein}`],
    ['Sikap', `${e.polarity}, ${e.modality} · keyakinan ${e.confidence}`],
    ['Waktu', e.date ? `${e.date.value} (${e.date.granularity})` : '—'],
    ['Tempat', e.place ? `${e.place.name}${e.place.country ? `, ${e.place.country}` : ''}` : '—'],
    ['Atribusi', e.attribution ? [e.attribution.speaker ? actorLinks([e.attribution.speaker]) : 'tanpa pembicara',
      e.attribution.relay ? ` via ${e.attribution.relay}` : ''] : '—'],
    ['Aturan', el('code', {}, e.rule)],
  ];
  const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  swatch.style.backgroundColor = goldsteinColour(e.goldstein);
  return el('details', { class: 'event', id: `event-${i}` },
    el('summary', {}, swatch, `${e.type}: ${actors(e.source)} → ${actors(e.target)} (${e.cameo})`),
    evidence(a, e),
    el('dl', {}, rows.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
    dyad);
}

async function main() {
  const id = param('id');
  if (!id) throw new Error('Tidak ada id artikel di alamat halaman.');
  const article = await get(`/api/articles/${encodeURIComponent(id)}`);
  const a = article.analysis;
  const root = page(article.title || '(tanpa judul)');
  root.append(el('p', { class: 'meta' }, [article.outlet, article.section, article.published].filter(Boolean).join(' · '),
    article.url ? [' · ', el('span', { class: 'url' }, article.url)] : ''));
  const details = (a.events ?? []).map((e, i) => eventDetails(a, e, i));
  const open = (i) => {
    details[i].open = true;
    details[i].scrollIntoView({ block: 'nearest' });
  };
  root.append(el('p', { class: 'legend' }, el('span', { class: 'mention' }, 'sebutan aktor'), ' ',
    el('span', { class: 'quote' }, 'kutipan'), ' ', el('span', { class: 'trigger' }, 'pemicu peristiwa (klik)')));
  root.append(el('div', { class: 'columns' }, highlighted(a, open),
    el('section', { class: 'events', id: 'events' }, el('h2', {}, `Peristiwa (${details.length})`),
      details.length ? details : el('p', { class: 'empty' }, 'Tidak ada peristiwa yang dikodekan.'))));
}

main().catch(fail);
