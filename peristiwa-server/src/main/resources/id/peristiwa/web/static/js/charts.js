// ECharts (loaded as a classic script from its WebJar) drawn on canvas; tooltips are drawn as rich text on the
// canvas too, so that no label ever passes through innerHTML.
import { el, QUADS } from './dom.js';

/** A chart of the given option in a new element, appended to {@code parent}. */
export function chart(parent, id, option) {
  const box = el('div', { class: 'chart', id });
  parent.append(box);
  const c = window.echarts.init(box, null, { renderer: 'canvas' });
  c.setOption({ tooltip: { renderMode: 'richText', trigger: 'axis' }, animation: false, ...option });
  window.addEventListener('resize', () => c.resize());
  return c;
}

/** The cooperation-versus-conflict timeline of a series: cooperation up, conflict down, Goldstein sum as a line. */
export function timeline(parent, id, points) {
  const periods = points.map((p) => p.period);
  const bar = (name, values, colour) => ({ name, type: 'bar', stack: 'quad', data: values, itemStyle: { color: colour } });
  return chart(parent, id, {
    legend: { top: 0 },
    grid: { left: 50, right: 50, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: periods },
    yAxis: [{ type: 'value', name: 'peristiwa' }, { type: 'value', name: 'Goldstein', position: 'right' }],
    series: [
      bar(QUADS[0], points.map((p) => p.verbalCooperation), '#7cc49a'),
      bar(QUADS[1], points.map((p) => p.materialCooperation), '#1e9646'),
      bar(QUADS[2], points.map((p) => -p.verbalConflict), '#e49a8f'),
      bar(QUADS[3], points.map((p) => -p.materialConflict), '#c82828'),
      { name: 'Jumlah Goldstein', type: 'line', yAxisIndex: 1, data: points.map((p) => p.goldsteinSum),
        itemStyle: { color: '#334' } },
    ],
  });
}
