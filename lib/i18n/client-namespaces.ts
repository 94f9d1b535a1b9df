// The parts of the catalogue each section's client components are given (the rest stays on the server, where
// server components read the whole catalogue). client-namespaces.test.ts checks them against the components' source.
import type { AbstractIntlMessages } from 'next-intl';

/** What `useErrorText` can say about a failed request. */
const FAILURES = ['errors.codes', 'errors.featureProblem', 'errors.fields', 'errors.network', 'errors.problems', 'annotations.problems'];

const PROCESS = [
  ...FAILURES,
  'annotations',
  'common',
  'layers.changed',
  'layers.compare',
  'layers.failing',
  'layers.feature',
  'layers.manage.link',
  'layers.scenarios',
  'layers.showChanges',
  'layers.view',
  'live.announce',
  'live.console.link',
  'live.overlay',
  'live.sessions.link',
  'live.timer',
  'live.votes',
  'participation',
  'presence',
  'process',
  'review.link',
];

export const CLIENT_NAMESPACES = {
  /** Every page: the language switch, the person's menu and the error page. */
  root: ['admin.title', 'errors.genericBody', 'errors.genericTitle', 'errors.retry', 'me.link', 'nav.language', 'nav.signIn', 'nav.signOut', 'nav.signUp', 'roles'],
  /** Signing in and up, passwords, invitations, joining a live session, one's own account. */
  account: [...FAILURES, 'auth', 'confirmEmail', 'invitations.accept', 'live.join', 'mailPrefs', 'me', 'passwordReset'],
  admin: [...FAILURES, 'basemaps', 'common', 'descriptionEditor', 'invitations', 'people', 'processAdmin', 'roles', 'settings'],
  /** A process's map, proposals, moderation and outcomes. */
  process: PROCESS,
  processLayers: [...PROCESS, 'layers'],
  processLive: [...PROCESS, 'live'],
  processReview: [...PROCESS, 'live.sessions', 'report', 'review', 'themes'],
} as const satisfies Record<string, readonly string[]>;

export type ClientSection = keyof typeof CLIENT_NAMESPACES;

function pick(messages: AbstractIntlMessages, path: string[], into: AbstractIntlMessages): void {
  const [head, ...rest] = path;
  const value = messages[head];
  if (value === undefined) return;
  if (rest.length === 0 || typeof value === 'string') {
    into[head] = value;
    return;
  }
  if (into[head] === value) return; // already whole
  const nested = (into[head] ??= {}) as AbstractIntlMessages;
  pick(value, rest, nested);
}

const picked = new WeakMap<AbstractIntlMessages, Map<ClientSection, AbstractIntlMessages>>();

/** The section's part of a catalogue; kept per catalogue object, so each locale's is built once. */
export function clientMessages(messages: AbstractIntlMessages, section: ClientSection): AbstractIntlMessages {
  const sections = picked.get(messages) ?? new Map<ClientSection, AbstractIntlMessages>();
  picked.set(messages, sections);
  let part = sections.get(section);
  if (!part) {
    part = {};
    for (const namespace of CLIENT_NAMESPACES[section]) pick(messages, namespace.split('.'), part);
    sections.set(section, part);
  }
  return part;
}
