// Who is signed in, and the guard of every signed-in page: no session → the sign-in page;
// a role the page is not for → the user's own home.
import { del, get, onUnauthenticated } from './api.js';

const ROOT = new URL('../', import.meta.url);

/** The absolute address of a page of the UI, e.g. pageUrl('admin/users.html'). */
export function pageUrl(path) {
  return new URL(path, ROOT).href;
}

/** Navigates away; the returned promise never settles, so the page's script stops there. */
export function leaveFor(path) {
  window.location.replace(pageUrl(path));
  return new Promise(() => {});
}

/** GET /api/session: {authenticated, step, user?, csrfToken} (also primes the CSRF token). */
export function currentSession() {
  return get('session');
}

/**
 * The signed-in user (UserView), or a redirect: to the sign-in page when nobody is signed in,
 * to home when roles is given and the user's role is not in it.
 */
export async function requireUser(roles = null) {
  const session = await currentSession();
  if (!session.authenticated || !session.user) {
    return leaveFor('index.html');
  }
  if (roles && !roles.includes(session.user.role)) {
    return leaveFor('home.html');
  }
  // A session that ends later (idle timeout, password changed elsewhere) sends back to sign-in.
  onUnauthenticated(() => leaveFor('index.html?expired=1'));
  return session.user;
}

export async function signOut() {
  try {
    await del('session');
  } finally {
    await leaveFor('index.html');
  }
}
