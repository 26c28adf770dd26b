// The frame of every signed-in page: the main navigation for the user's role, the language
// switch and the sign-out button. Only pages that exist are linked.
import { applyTranslations, initLanguage } from './i18n.js';
import { pageUrl, signOut } from './session.js';
import { el, showError } from './ui.js';

const EVERYONE = ['ADMIN', 'COORDINATOR', 'TECHNICIAN', 'SOCIAL_WORKER', 'SUPPORT', 'PARTNER'];
const WORKSHOP = ['TECHNICIAN', 'COORDINATOR'];
const HOUSEHOLDS = ['SOCIAL_WORKER', 'COORDINATOR'];
/** Who runs the hand-over counter: the support people, and the coordination that books it. */
const COUNTER = ['SUPPORT', 'COORDINATOR'];
/** Who reads the support places: the coordination keeps them, support people and social workers tell households. */
const PLACES = ['COORDINATOR', 'SUPPORT', 'SOCIAL_WORKER'];

/**
 * The pages of the UI and who may open them; key names the label, describe the home card text,
 * keyFor and describeFor give a role its own wording.
 */
export const PAGES = [
  { path: 'home.html', key: 'nav.home', roles: EVERYONE },
  { path: 'reporting/dashboard.html', key: 'dashboard.nav', describe: 'dashboard.nav.describe', roles: ['COORDINATOR'] },
  {
    path: 'reporting/partner.html',
    key: 'dashboard.partner.nav',
    describe: 'dashboard.partner.nav.describe',
    keyFor: { COORDINATOR: 'dashboard.partner.nav.all' },
    describeFor: { COORDINATOR: 'dashboard.partner.nav.describe.all' },
    roles: ['PARTNER', 'COORDINATOR'],
  },
  { path: 'workshop/board.html', key: 'nav.workshop', describe: 'nav.workshop.describe', roles: WORKSHOP },
  { path: 'workshop/donations.html', key: 'nav.donations', describe: 'nav.donations.describe', roles: WORKSHOP },
  { path: 'households/households.html', key: 'nav.households', describe: 'nav.households.describe', roles: HOUSEHOLDS },
  {
    path: 'households/requests.html',
    key: 'nav.requests',
    describe: 'nav.requests.describe',
    keyFor: { COORDINATOR: 'nav.requests.all' },
    describeFor: { COORDINATOR: 'nav.requests.describe.all' },
    roles: HOUSEHOLDS,
  },
  { path: 'coordination/queue.html', key: 'nav.queue', describe: 'nav.queue.describe', roles: ['COORDINATOR'] },
  { path: 'coordination/matching.html', key: 'nav.matching', describe: 'nav.matching.describe', roles: ['COORDINATOR'] },
  { path: 'coordination/handovers.html', key: 'nav.handovers', describe: 'nav.handovers.describe', roles: ['COORDINATOR'] },
  { path: 'coordination/offers.html', key: 'nav.offers', describe: 'nav.offers.describe', roles: ['COORDINATOR'] },
  { path: 'connectivity/lines.html', key: 'nav.lines', describe: 'nav.lines.describe', roles: COUNTER },
  { path: 'handovers/today.html', key: 'nav.today', describe: 'nav.today.describe', roles: COUNTER },
  {
    path: 'support/day.html',
    key: 'nav.day',
    describe: 'nav.day.describe',
    keyFor: { COORDINATOR: 'nav.day.all' },
    describeFor: { COORDINATOR: 'nav.day.describe.all' },
    roles: COUNTER,
  },
  {
    path: 'support/sessions.html',
    key: 'nav.sessions',
    describe: 'nav.sessions.describe',
    keyFor: { COORDINATOR: 'nav.sessions.all' },
    roles: COUNTER,
  },
  { path: 'support/vouchers.html', key: 'nav.vouchers', describe: 'nav.vouchers.describe', roles: COUNTER },
  { path: 'support/places.html', key: 'nav.places', describe: 'nav.places.describe', roles: PLACES },
  {
    path: 'coordination/rules.html',
    key: 'nav.rules',
    describe: 'nav.rules.describe',
    describeFor: { SOCIAL_WORKER: 'nav.rules.describe.readonly' },
    roles: HOUSEHOLDS,
  },
  {
    path: 'reporting/impact.html',
    key: 'nav.impact',
    describe: 'nav.impact.describe',
    describeFor: { PARTNER: 'nav.impact.describe.partner' },
    roles: ['COORDINATOR', 'PARTNER'],
  },
  { path: 'account.html', key: 'nav.account', describe: 'nav.account.describe', roles: EVERYONE },
  { path: 'admin/users.html', key: 'nav.users', describe: 'nav.users.describe', roles: ['ADMIN'] },
  {
    path: 'admin/structures.html',
    key: 'nav.structures',
    describe: 'nav.structures.describe',
    describeFor: { COORDINATOR: 'nav.structures.describe.readonly' },
    roles: ['ADMIN', 'COORDINATOR'],
  },
  { path: 'admin/tokens.html', key: 'nav.tokens', describe: 'nav.tokens.describe', roles: ['ADMIN'] },
  { path: 'admin/audit.html', key: 'nav.audit', describe: 'nav.audit.describe', roles: ['ADMIN'] },
];

export function pagesFor(role) {
  return PAGES.filter((page) => page.roles.includes(role));
}

/** The label key of a page for a role. */
export function pageKey(page, role) {
  return (page.keyFor && page.keyFor[role]) || page.key;
}

function isCurrent(path) {
  return new URL(pageUrl(path)).pathname === window.location.pathname;
}

/** Fills the header for user and wires the language switch and the sign-out form. */
export function initChrome(user) {
  initLanguage();
  const list = document.querySelector('#main-nav ul');
  if (list && user) {
    list.replaceChildren(
      ...pagesFor(user.role).map((page) =>
        el(
          'li',
          {},
          el(
            'a',
            {
              href: pageUrl(page.path),
              'aria-current': isCurrent(page.path) ? 'page' : null,
              'data-i18n': pageKey(page, user.role),
            },
            ''
          )
        )
      )
    );
    applyTranslations(list);
  }
  const signOutForm = document.getElementById('signout-form');
  if (signOutForm) {
    signOutForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await signOut();
      } catch (error) {
        showError(error);
      }
    });
  }
}
