// The one way the UI talks to the PackNum API: same origin, session cookie, the session's CSRF
// token on every state-changing call, the UI language in Accept-Language, and RFC 9457 problems
// turned into ApiError (with the field-level details).
import { lang, t } from './i18n.js';

/** The API root, resolved from this file so the UI works under any context root. */
const API_ROOT = new URL('../api/', import.meta.url);

let csrfToken = null;
let unauthenticatedHandler = null;

/** A refused or failed call; problem is the RFC 9457 body (type, title, status, detail, errors). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get type() {
    return this.problem.type || '';
  }

  /** [{field, message}] — messages already in the UI language. */
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

/** Called when a call answers 401 "sign-in required" (the session expired or ended elsewhere). */
export function onUnauthenticated(handler) {
  unauthenticatedHandler = handler;
}

/** A random key for Idempotency-Key: one per form filled in, so a resent creation is not doubled. */
export function newIdempotencyKey() {
  if (window.crypto && typeof window.crypto.randomUUID === 'function') {
    return window.crypto.randomUUID();
  }
  const bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function apiUrl(path, query) {
  const url = new URL(path.replace(/^\/+/, ''), API_ROOT);
  for (const [name, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null && value !== '') {
      url.searchParams.set(name, value);
    }
  }
  return url;
}

/** The address of a document of the API (a PDF, a template), for a plain link. */
export function apiHref(path, query) {
  return apiUrl(path, query).href;
}

/** Sends one call: the session cookie, the CSRF token when it changes state, the UI language. */
async function send(method, path, { body, query, headers = {}, accept }) {
  const sent = {
    Accept: accept,
    'Accept-Language': lang(),
    ...headers,
  };
  if (method !== 'GET' && csrfToken) {
    sent['X-CSRF-Token'] = csrfToken;
  }
  try {
    return await fetch(apiUrl(path, query), {
      method,
      headers: sent,
      body,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, { title: t('error.network.title'), detail: t('error.network.detail') });
  }
}

function parse(text) {
  if (!text) {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The ApiError of a refused answer, its body already read (data: parsed JSON or null). */
function refusal(response, data) {
  const problem =
    data && typeof data === 'object'
      ? data
      : { title: t('error.http.title', { status: response.status }), detail: t('error.http.detail') };
  const error = new ApiError(response.status, problem);
  if (response.status === 401 && error.type.endsWith('/unauthenticated') && unauthenticatedHandler) {
    unauthenticatedHandler(error);
  }
  return error;
}

/**
 * Calls the API. path is relative to /api ('users/3'); query values that are empty are left out.
 * Answers {status, data, location}; throws ApiError for any non-2xx answer.
 */
export async function request(method, path, { body, query, headers = {} } = {}) {
  const response = await send(method, path, {
    body: body === undefined ? undefined : JSON.stringify(body),
    query,
    headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    accept: 'application/json, application/problem+json',
  });
  const data = parse(await response.text());
  // Every /api/session answer carries the token of the (possibly renewed) session.
  if (data && typeof data === 'object' && typeof data.csrfToken === 'string') {
    csrfToken = data.csrfToken;
  }
  if (!response.ok) {
    throw refusal(response, data);
  }
  return { status: response.status, data, location: response.headers.get('Location') };
}

/**
 * Sends a file as the raw body of a POST (a spreadsheet to import), in its own media type.
 * Answers like request().
 */
export async function upload(path, file, contentType) {
  const response = await send('POST', path, {
    body: file,
    headers: { 'Content-Type': contentType },
    accept: 'application/json, application/problem+json',
  });
  const data = parse(await response.text());
  if (!response.ok) {
    throw refusal(response, data);
  }
  return { status: response.status, data, location: response.headers.get('Location') };
}

/**
 * Fetches a document (a PDF): answers {status, blob, type, location, filename}; a refusal is
 * read as a problem and thrown as ApiError like any other call.
 */
export async function download(method, path, { query, accept = 'application/pdf' } = {}) {
  const response = await send(method, path, { query, accept: `${accept}, application/problem+json` });
  if (!response.ok) {
    throw refusal(response, parse(await response.text()));
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const named = /filename="?([^";]+)"?/i.exec(disposition);
  return {
    status: response.status,
    blob: await response.blob(),
    type: response.headers.get('Content-Type') || '',
    location: response.headers.get('Location'),
    filename: named ? named[1] : null,
  };
}

export async function get(path, query) {
  return (await request('GET', path, { query })).data;
}

export async function post(path, body, headers) {
  return (await request('POST', path, { body, headers })).data;
}

export async function put(path, body) {
  return (await request('PUT', path, { body })).data;
}

export async function del(path) {
  return (await request('DELETE', path)).data;
}

/** Every item of a paged list (page by page, 100 at a time), for the choices of a select. */
export async function getAll(path, query = {}, maxPages = 20) {
  const items = [];
  for (let page = 0; page < maxPages; page++) {
    const answer = await get(path, { ...query, page, size: 100 });
    items.push(...answer.items);
    if (items.length >= answer.total || answer.items.length === 0) {
      break;
    }
  }
  return items;
}
