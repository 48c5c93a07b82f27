// Reads the JSON API; a non-2xx answer becomes an Error carrying the API's message.
import { pageUrl } from './dom.js';

export async function get(path, params = {}) {
  const response = await fetch(pageUrl(path, params), { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.error ?? `${response.status} ${response.statusText}`);
  }
  return body;
}
