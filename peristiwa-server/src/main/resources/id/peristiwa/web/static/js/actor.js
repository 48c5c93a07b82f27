// The actor page: a list of actors, or one actor's profile with its counterparts, type mix and monthly trend.
import { get } from './api.js';
import { el, fail, link, num, page, param, table } from './dom.js';
import { chart, timeline } from './charts.js';

async function list(root) {
  const prefix = param('prefix').toUpperCase();
  root.append(el('form', { class: 'inline', method: 'get', action: '/actor.html' },
    el('label', {}, 'Kode aktor ', el('input', { name: 'code', size: 10, placeholder: 'PRK' })),
    el('button', { type: 'submit' }, 'Buka')));
  const { actors } = await get('/api/actors', { prefix, limit: 200 });
  root.append(table(['Kode', 'Nama', 'Peristiwa', 'Sebagai sumber', 'Sebagai sasaran'], actors.map((x) => [
    link('/actor.html', { code: x.code }, x.code), x.name ?? '', num(x.events), num(x.asSource), num(x.asTarget)])));
}

async function profile(root, code) {
  const p = await get(`/api/actors/${encodeURIComponent(code)}`);
  root.append(el('p', { class: 'meta', id: 'actor-summary' },
    `${p.name ?? ''} · ${num(p.events)} peristiwa · rata-rata Goldstein ${p.goldsteinMean ?? '—'}`));
  if (p.trend.length > 0) {
    root.append(el('h2', {}, 'Tren bulanan'));
    timeline(root, 'actor-trend', p.trend);
  }
  root.append(el('h2', {}, 'Jenis peristiwa'));
  chart(root, 'actor-types', {
    grid: { left: 110, right: 20, top: 10, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: p.types.map((t) => t.type).reverse() },
    series: [{ type: 'bar', data: p.types.map((t) => t.count).reverse(), itemStyle: { color: '#4a6fa5' } }],
  });
  root.append(el('h2', {}, 'Mitra dan lawan'));
  root.append(table(['Aktor', 'Nama', 'Peristiwa', `${code} → aktor`, `aktor → ${code}`], p.counterparts.map((x) => [
    link('/actor.html', { code: x.code }, x.code), x.name ?? '', num(x.events),
    link('/dyad.html', { a: code, b: x.code }, num(x.asTarget)),
    link('/dyad.html', { a: x.code, b: code }, num(x.asSource))])));
}

async function main() {
  const code = param('code').toUpperCase();
  const root = page(code ? `Aktor ${code}` : 'Aktor');
  if (code) await profile(root, code); else await list(root);
}

main().catch(fail);
