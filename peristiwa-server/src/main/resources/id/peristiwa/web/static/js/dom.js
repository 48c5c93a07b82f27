// Building the page from untrusted data: every text goes in through textContent (never innerHTML), and every
// link is built here from a fixed path and encoded parameters, so article text can never become markup or a URL.

/** An element with attributes and children (strings become text nodes). Attribute values are set as text. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'href') throw new Error('use link() for links');
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

/** Appends children: nodes as they are, strings and numbers as text, arrays flattened, null skipped. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A link to one of the dashboard's own pages (or API routes) with encoded query parameters. */
export function link(path, params, ...children) {
  if (!path.startsWith('/')) throw new Error('only links within the dashboard');
  const a = document.createElement('a');
  a.href = pageUrl(path, params);
  append(a, children);
  return a;
}

/** The URL of a page of the dashboard with its parameters encoded; empty parameters are left out. */
export function pageUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') query.set(k, String(v));
  }
  const q = query.toString();
  return q ? `${path}?${q}` : path;
}

/** The page's main element, emptied, with a heading. */
export function page(title) {
  const main = document.getElementById('page');
  main.replaceChildren(el('h1', {}, title));
  document.title = `${title} · Peristiwa`;
  return main;
}

/** The value of a query parameter of this page, or ''. */
export function param(name) {
  return new URLSearchParams(window.location.search).get(name) ?? '';
}

/** Shows an error message on the page. */
export function fail(error) {
  const main = document.getElementById('page');
  main.append(el('p', { class: 'error', role: 'alert' }, String(error.message ?? error)));
}

/** A table from header labels and rows of cells (nodes or text). */
export function table(headers, rows) {
  return el('table', { class: 'data' },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => el('td', {}, c))))));
}

/** A number with Indonesian digit grouping. */
export function num(n) {
  return Number(n).toLocaleString('id-ID');
}

/** A colour for a Goldstein score: red for conflict, grey for neutral, green for cooperation. */
export function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, (g ?? 0) / 10));
  const grey = [140, 140, 140];
  const end = t < 0 ? [200, 40, 40] : [30, 150, 70];
  const mix = grey.map((c, i) => Math.round(c + (end[i] - c) * Math.abs(t)));
  return `rgb(${mix[0]}, ${mix[1]}, ${mix[2]})`;
}

/** The labels of the four quad classes. */
export const QUADS = ['Kerja sama verbal', 'Kerja sama material', 'Konflik verbal', 'Konflik material'];
