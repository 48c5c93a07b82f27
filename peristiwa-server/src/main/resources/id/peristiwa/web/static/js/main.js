// Every dashboard page is this one shell; the path names the page module to run, and the browser library it
// draws with (from its WebJar) is loaded first. Scripts come from this server only, as the CSP demands.
import { fail } from './dom.js';

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.min.js';
const CYTOSCAPE = '/webjars/cytoscape/3.33.1/dist/cytoscape.min.js';

/** Page path → [module, libraries]. */
export const PAGES = {
  '/': ['search', []],
  '/index.html': ['search', []],
  '/article.html': ['article', []],
  '/actor.html': ['actor', [ECHARTS]],
  '/dyad.html': ['dyad', [ECHARTS]],
  '/network.html': ['network', [CYTOSCAPE]],
  '/sources.html': ['sources', [ECHARTS]],
  '/map.html': ['map', []],
};

function load(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    document.head.append(script);
  });
}

async function start() {
  const [module, libraries] = PAGES[window.location.pathname] ?? PAGES['/'];
  for (const src of libraries) await load(src);
  await import(`./${module}.js`);
}

start().catch(fail);
