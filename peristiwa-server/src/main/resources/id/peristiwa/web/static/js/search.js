// The search page: a query box, filters from the facets, hits with their highlighted snippets, and pages.
import { get } from './api.js';
import { append, el, fail, link, num, page, param } from './dom.js';

const FILTERS = ['outlet', 'section', 'actor', 'type', 'from', 'to'];
const FACETS = [['outlets', 'outlet', 'Media'], ['sections', 'section', 'Rubrik'], ['actors', 'actor', 'Aktor'],
  ['types', 'type', 'Jenis peristiwa'], ['months', 'month', 'Bulan terbit']];
const SIZE = 20;

function current() {
  const state = { q: param('q'), page: Number(param('page') || 0) };
  for (const f of FILTERS) state[f] = param(f);
  return state;
}

function form(state) {
  const input = el('input', { type: 'search', name: 'q', id: 'q', value: state.q, placeholder: 'mis. rudal Korea Utara',
    'aria-label': 'Kata pencarian' });
  const hidden = FILTERS.filter((f) => state[f]).map((f) => el('input', { type: 'hidden', name: f, value: state[f] }));
  return el('form', { class: 'search', method: 'get', action: '/' }, input, hidden,
    el('button', { type: 'submit' }, 'Cari'));
}

function activeFilters(state) {
  const active = FILTERS.filter((f) => state[f]);
  if (active.length === 0) return null;
  return el('p', { class: 'active' }, 'Filter: ', active.map((f) => {
    const without = { ...state, [f]: '', page: '' };
    return el('span', { class: 'chip' }, `${f}: ${state[f]} `, link('/', without, '×'));
  }));
}

function facetList(state, facets) {
  return el('aside', { class: 'facets' }, FACETS.map(([key, name, label]) => {
    const values = facets[key] ?? [];
    if (values.length === 0) return null;
    return el('section', {}, el('h3', {}, label), el('ul', {}, values.map((v) => {
      const params = name === 'month' ? monthRange(v.value) : { [name]: v.value };
      return el('li', {}, link('/', { ...state, ...params, page: '' }, v.value), ' ', el('span', { class: 'count' }, num(v.count)));
    })));
  }));
}

function monthRange(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

function snippet(s) {
  const p = el('p', { class: 'snippet' });
  let at = 0;
  for (const h of s.highlights) {
    append(p, [s.text.slice(at, h.start), el('mark', {}, s.text.slice(h.start, h.end))]);
    at = h.end;
  }
  append(p, [s.text.slice(at)]);
  return p;
}

function hits(result) {
  if (result.hits.length === 0) return el('p', { class: 'empty' }, 'Tidak ada artikel yang cocok.');
  return el('ol', { class: 'hits', start: result.page * result.size + 1 }, result.hits.map((h) => el('li', { class: 'hit' },
    el('h2', {}, link('/article.html', { id: h.articleId }, h.title || '(tanpa judul)')),
    el('p', { class: 'meta' }, [h.outlet, h.published].filter(Boolean).join(' · ')),
    snippet(h.snippet))));
}

function pager(state, result) {
  const pages = Math.ceil(result.total / result.size);
  if (pages <= 1) return null;
  return el('nav', { class: 'pager' },
    state.page > 0 ? link('/', { ...state, page: state.page - 1 }, '‹ Sebelumnya') : null,
    el('span', {}, ` Halaman ${state.page + 1} dari ${num(pages)} `),
    state.page + 1 < pages ? link('/', { ...state, page: state.page + 1 }, 'Berikutnya ›') : null);
}

async function stats(main) {
  const s = await get('/api/stats');
  main.append(el('p', { class: 'stats', id: 'stats' },
    `${num(s.articles)} artikel · ${num(s.events)} peristiwa · ${num(s.actors)} aktor · ${num(s.outlets)} media`,
    s.firstPublished ? ` · terbit ${s.firstPublished} s.d. ${s.lastPublished}` : ''));
}

async function main() {
  const state = current();
  const root = page('Cari berita');
  root.append(form(state));
  await stats(root);
  const filter = activeFilters(state);
  if (filter) root.append(filter);
  const result = await get('/api/search', { ...state, size: SIZE });
  root.append(el('p', { class: 'total', id: 'total' }, `${num(result.total)} artikel`));
  root.append(el('div', { class: 'results' }, facetList(state, result.facets ?? {}),
    el('div', {}, hits(result), pager(state, result))));
  document.getElementById('q').focus();
}

main().catch(fail);
