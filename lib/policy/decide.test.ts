import { describe, expect, it } from 'vitest';

import { decide, decideAccountAdmin, decideBlock, decideInstallation, decideRoleChange, heldByPhase, maySee, mayEnter, standing, type ProcessStatus, type TargetState } from './decide';
import { ACTIONS, ROLES, roleAllows, type Action, type Role } from './roles';
import type { Subject, Viewer } from './subject';
import type { PhaseAllow } from '@/lib/live/phases';

const P = 'p1';
const person = (role: Role, more: Partial<Subject> = {}): Subject => ({ id: `${role}-1`, name: role, role, blocked: false, deleted: false, guestOf: null, ...more });
const guestLive = person('guest', { guestOf: { sessionId: 's1', processId: P, ended: false } });
const guestEnded = person('guest', { guestOf: { sessionId: 's1', processId: P, ended: true } });
const guestElsewhere = person('guest', { guestOf: { sessionId: 's2', processId: 'p2', ended: false } });
const blocked = person('citizen', { blocked: true });
const deleted = person('citizen', { deleted: true });
const citizen = person('citizen');
const facilitator = person('facilitator');
const councillor = person('councillor');
const admin = person('admin');

const SUBJECTS: [string, Viewer][] = [
  ['visitor', null],
  ['guest of a live session', guestLive],
  ['guest of an ended session', guestEnded],
  ['guest of another process', guestElsewhere],
  ['blocked citizen', blocked],
  ['deleted account', deleted],
  ['citizen', citizen],
  ['facilitator', facilitator],
  ['councillor', councillor],
  ['admin', admin],
];
const STATUSES: ProcessStatus[] = ['draft', 'open', 'closed', 'archived'];
type TargetCase = 'none' | `${'own' | 'other'}-${'published' | 'draft' | 'hidden'}`;
const TARGETS: TargetCase[] = ['none', 'own-published', 'own-draft', 'own-hidden', 'other-published', 'other-draft', 'other-hidden'];

function target(kind: TargetCase, who: Viewer): TargetState | undefined {
  if (kind === 'none') return undefined;
  const [owner, state] = kind.split('-');
  return { authorId: owner === 'own' ? (who?.id ?? 'nobody') : 'someone-else', hidden: state === 'hidden', published: state !== 'draft' };
}

const MAP_EDITS: Action[] = ['annotation.create', 'annotation.editOwn', 'annotation.editAny'];
const PARTICIPATION: Action[] = [...MAP_EDITS, 'comment.create', 'comment.editOwn', 'vote.cast', 'dots.place', 'proposal.create', 'proposal.editOwn'];

/** Every combination of who, what, which process state, locked or not, and which target. */
function* everyCase() {
  for (const [label, who] of SUBJECTS)
    for (const action of ACTIONS)
      for (const status of STATUSES)
        for (const locked of [false, true])
          for (const kind of TARGETS) {
            const situation = { process: { id: P, status }, map: { locked }, target: target(kind, who) };
            yield { label, who, action, status, locked, kind, decision: decide(who, action, situation) };
          }
}

describe('the policy over every role × action × state', () => {
  const cases = [...everyCase()];

  it('covers every combination', () => {
    expect(cases).toHaveLength(SUBJECTS.length * ACTIONS.length * STATUSES.length * 2 * TARGETS.length);
  });

  it('never lets a visitor, a blocked or deleted account, or an outside guest do anything', () => {
    for (const c of cases.filter((c) => ['visitor', 'blocked citizen', 'deleted account', 'guest of an ended session', 'guest of another process'].includes(c.label))) {
      expect(c.decision.ok, `${c.label} ${c.action}`).toBe(false);
    }
    const codes = (label: string) => new Set(cases.filter((c) => c.label === label).map((c) => (c.decision.ok ? 'ok' : c.decision.code)));
    expect(codes('visitor')).toEqual(new Set(['sign_in_required']));
    expect(codes('blocked citizen')).toEqual(new Set(['blocked']));
    expect(codes('deleted account')).toEqual(new Set(['account_deleted']));
    expect(codes('guest of an ended session')).toEqual(new Set(['session_ended']));
  });

  it('never allows an action outside the role (except facilitators changing others’ marks as editOwn)', () => {
    for (const c of cases.filter((c) => c.decision.ok)) {
      const role = c.who!.role;
      const viaEditAny = c.action === 'annotation.editOwn' && roleAllows(role, 'annotation.editAny');
      expect(roleAllows(role, c.action) || viaEditAny, `${c.label} ${c.action}`).toBe(true);
    }
  });

  it('takes no participation in a process that is not open', () => {
    for (const c of cases.filter((c) => PARTICIPATION.includes(c.action) && c.status !== 'open')) expect(c.decision.ok, `${c.label} ${c.action} ${c.status}`).toBe(false);
  });

  it('keeps a locked map to those who run sessions', () => {
    for (const c of cases.filter((c) => MAP_EDITS.includes(c.action) && c.locked && c.decision.ok)) expect(roleAllows(c.who!.role, 'session.run')).toBe(true);
    const citizenLocked = cases.filter((c) => c.label === 'citizen' && c.action === 'annotation.create' && c.locked && c.status === 'open' && c.kind === 'none');
    expect(citizenLocked.map((c) => c.decision)).toEqual([{ ok: false, code: 'map_locked', status: 409 }]);
  });

  it('shows a draft process to staff only', () => {
    for (const c of cases.filter((c) => c.status === 'draft' && c.decision.ok)) expect(['facilitator', 'councillor', 'admin']).toContain(c.who!.role);
  });

  it('lets nobody react to (comment, vote, flag) a hidden or unpublished item', () => {
    for (const c of cases.filter((c) => ['comment.create', 'vote.cast', 'content.flag'].includes(c.action) && /hidden|draft/.test(c.kind))) expect(c.decision.ok, `${c.label} ${c.action} ${c.kind}`).toBe(false);
  });

  it('lets people change only their own items, facilitators any mark', () => {
    for (const c of cases.filter((c) => ['comment.editOwn', 'proposal.editOwn'].includes(c.action) && c.kind.startsWith('other'))) expect(c.decision.ok).toBe(false);
    const others = cases.filter((c) => c.action === 'annotation.editOwn' && c.kind === 'other-published' && c.status === 'open' && !c.locked && c.decision.ok);
    expect(others.map((c) => c.label).sort()).toEqual(['admin', 'facilitator']);
  });
});

describe('the policy, row by row', () => {
  const open = { id: P, status: 'open' as const };
  const closed = { id: P, status: 'closed' as const };
  const mine = (who: Subject, more: Partial<TargetState> = {}): TargetState => ({ authorId: who.id, hidden: false, published: true, ...more });
  const theirs = (more: Partial<TargetState> = {}): TargetState => ({ authorId: 'someone-else', hidden: false, published: true, ...more });
  const rows: [string, Viewer, Action, Parameters<typeof decide>[2], string][] = [
    ['a visitor comments', null, 'comment.create', { process: open, target: theirs() }, 'sign_in_required'],
    ['a citizen comments on a proposal', citizen, 'comment.create', { process: open, target: theirs() }, 'ok'],
    ['a citizen comments in a closed process', citizen, 'comment.create', { process: closed, target: theirs() }, 'process_closed'],
    ['a citizen comments on a hidden proposal', citizen, 'comment.create', { process: open, target: theirs({ hidden: true }) }, 'not_found'],
    ['a facilitator comments on a hidden proposal', facilitator, 'comment.create', { process: open, target: theirs({ hidden: true }) }, 'hidden'],
    ['a citizen votes on someone’s draft', citizen, 'vote.cast', { process: open, target: theirs({ published: false }) }, 'not_found'],
    ['a citizen edits their comment', citizen, 'comment.editOwn', { process: open, target: mine(citizen) }, 'ok'],
    ['a citizen edits someone else’s comment', citizen, 'comment.editOwn', { process: open, target: theirs() }, 'not_yours'],
    ['a citizen edits their hidden comment', citizen, 'comment.editOwn', { process: open, target: mine(citizen, { hidden: true }) }, 'not_found'],
    ['a citizen publishes their draft', citizen, 'proposal.editOwn', { process: open, target: mine(citizen, { published: false }) }, 'ok'],
    ['a citizen proposes in a closed process', citizen, 'proposal.create', { process: closed }, 'process_closed'],
    ['a guest proposes', guestLive, 'proposal.create', { process: open }, 'forbidden'],
    ['a guest draws in their session’s process', guestLive, 'annotation.create', { process: open, map: { locked: false } }, 'ok'],
    ['a guest draws on a locked map', guestLive, 'annotation.create', { process: open, map: { locked: true } }, 'map_locked'],
    ['a guest whose session ended draws', guestEnded, 'annotation.create', { process: open }, 'session_ended'],
    ['a guest draws in another process', guestElsewhere, 'annotation.create', { process: open }, 'forbidden'],
    ['a citizen changes someone’s mark', citizen, 'annotation.editOwn', { process: open, target: theirs() }, 'not_yours'],
    ['a facilitator changes someone’s mark on a locked map', facilitator, 'annotation.editOwn', { process: open, map: { locked: true }, target: theirs() }, 'ok'],
    ['a facilitator runs the session in a closed process', facilitator, 'session.run', { process: closed }, 'ok'],
    ['a citizen runs the session', citizen, 'session.run', { process: open }, 'forbidden'],
    ['a councillor answers in a closed process', councillor, 'proposal.answer', { process: closed, target: theirs() }, 'ok'],
    ['a facilitator answers', facilitator, 'proposal.answer', { process: open, target: theirs() }, 'forbidden'],
    ['a councillor moderates', councillor, 'content.moderate', { process: open }, 'forbidden'],
    ['a facilitator moderates a closed process', facilitator, 'content.moderate', { process: closed }, 'ok'],
    ['a councillor manages layers', councillor, 'layer.manage', { process: open }, 'ok'],
    ['a facilitator manages layers', facilitator, 'layer.manage', { process: open }, 'forbidden'],
    ['a councillor reviews a closed process', councillor, 'process.review', { process: closed }, 'ok'],
    ['a citizen reviews', citizen, 'process.review', { process: open }, 'forbidden'],
    ['a guest reviews their session’s process', guestLive, 'process.review', { process: open }, 'forbidden'],
    ['a councillor exports a closed process', councillor, 'process.export', { process: closed }, 'ok'],
    ['a citizen exports', citizen, 'process.export', { process: open }, 'forbidden'],
    ['a guest exports their session’s process', guestLive, 'process.export', { process: open }, 'forbidden'],
    ['a visitor exports', null, 'process.export', { process: open }, 'sign_in_required'],
    ['a blocked facilitator moderates', person('facilitator', { blocked: true }), 'content.moderate', { process: open }, 'blocked'],
    ['a citizen opens a draft process', citizen, 'comment.create', { process: { id: P, status: 'draft' } }, 'process_not_found'],
    ['an admin works in a draft process', admin, 'layer.manage', { process: { id: P, status: 'draft' } }, 'ok'],
  ];
  it.each(rows)('%s', (_label, who, action, situation, expected) => {
    const decision = decide(who, action, situation);
    expect(decision.ok ? 'ok' : decision.code).toBe(expected);
  });
});

describe('standing, entry, visibility and blocking', () => {
  it('says why someone may not act at all', () => {
    expect(standing(null)).toMatchObject({ ok: false, status: 401, code: 'sign_in_required' });
    expect(standing(deleted)).toMatchObject({ ok: false, status: 401, code: 'account_deleted' });
    expect(standing(blocked)).toMatchObject({ ok: false, status: 403, code: 'blocked' });
    expect(standing(person('guest'))).toMatchObject({ ok: false, code: 'session_ended' });
    for (const role of ROLES.filter((r) => r !== 'guest')) expect(standing(person(role)).ok).toBe(true);
  });

  it('lets guests into their own process’s map only', () => {
    expect(mayEnter(guestLive, { id: P, status: 'open' }).ok).toBe(true);
    expect(mayEnter(guestElsewhere, { id: P, status: 'open' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(mayEnter(citizen, { id: P, status: 'draft' })).toMatchObject({ ok: false, code: 'process_not_found' });
  });

  it('shows hidden items to moderators only, drafts to their authors only', () => {
    const process = { id: P, status: 'open' as const };
    const hidden = { authorId: citizen.id, hidden: true, published: true };
    const draft = { authorId: citizen.id, hidden: false, published: false };
    expect([null, citizen, councillor, facilitator, admin].map((who) => maySee(who, process, hidden))).toEqual([false, false, false, true, true]);
    expect([null, citizen, person('citizen', { id: 'other' }), facilitator].map((who) => maySee(who, process, draft))).toEqual([false, true, false, false]);
  });

  it('lets facilitators block participants, and only admins block staff, never themselves', () => {
    const process = { id: P, status: 'open' as const };
    expect(decideBlock(facilitator, { id: citizen.id, role: 'citizen' }, process).ok).toBe(true);
    expect(decideBlock(facilitator, { id: councillor.id, role: 'councillor' }, process)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(decideBlock(admin, { id: councillor.id, role: 'councillor' }, process).ok).toBe(true);
    expect(decideBlock(admin, { id: admin.id, role: 'admin' }, process)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(decideBlock(citizen, { id: 'x', role: 'citizen' }, process)).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('decides installation-wide actions on standing and role alone', () => {
    expect(decideInstallation(admin, 'basemap.manage').ok).toBe(true);
    expect(decideInstallation(null, 'basemap.manage')).toMatchObject({ ok: false, status: 401, code: 'sign_in_required' });
    expect(decideInstallation(person('admin', { blocked: true }), 'basemap.manage')).toMatchObject({ ok: false, code: 'blocked' });
    for (const who of [citizen, facilitator, councillor]) expect(decideInstallation(who, 'basemap.manage')).toMatchObject({ ok: false, status: 403, code: 'forbidden' });
  });

  it('keeps the admin area and process management to admins in good standing', () => {
    for (const action of ['admin.enter', 'process.manage'] as const) {
      expect(SUBJECTS.filter(([, who]) => decideInstallation(who, action).ok).map(([label]) => label)).toEqual(['admin']);
      expect(decideInstallation(null, action)).toMatchObject({ status: 401, code: 'sign_in_required' });
      expect(decideInstallation(citizen, action)).toMatchObject({ status: 403, code: 'forbidden' });
      expect(decideInstallation(person('admin', { blocked: true }), action)).toMatchObject({ status: 403, code: 'blocked' });
    }
  });
});

describe('managing accounts', () => {
  const account = (role: Role, more: { id?: string; deleted?: boolean } = {}) => ({ id: more.id ?? `${role}-2`, role, deleted: more.deleted ?? false });

  it('lets only an administrator in good standing manage accounts', () => {
    expect(decideAccountAdmin(admin).ok).toBe(true);
    for (const who of [citizen, facilitator, councillor]) expect(decideAccountAdmin(who)).toMatchObject({ ok: false, status: 403, code: 'forbidden' });
    expect(decideAccountAdmin(null)).toMatchObject({ ok: false, status: 401 });
    expect(decideAccountAdmin(person('admin', { blocked: true }))).toMatchObject({ ok: false, code: 'blocked' });
  });

  it('lets an administrator give any account role, and nobody else', () => {
    for (const role of ['citizen', 'facilitator', 'councillor', 'admin'] as const) expect(decideRoleChange(admin, account('citizen'), role, 1).ok).toBe(true);
    for (const who of [citizen, facilitator, councillor]) expect(decideRoleChange(who, account('citizen'), 'facilitator', 1)).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('never demotes the last active administrator, oneself included', () => {
    expect(decideRoleChange(admin, account('admin', { id: admin.id }), 'citizen', 1)).toMatchObject({ ok: false, status: 409, code: 'last_admin' });
    expect(decideRoleChange(admin, account('admin'), 'councillor', 1)).toMatchObject({ ok: false, status: 409, code: 'last_admin' });
    expect(decideRoleChange(admin, account('admin', { id: admin.id }), 'citizen', 2).ok).toBe(true);
    expect(decideRoleChange(admin, account('admin'), 'admin', 1).ok).toBe(true);
  });

  it('leaves guests and deleted accounts alone', () => {
    expect(decideRoleChange(admin, account('guest'), 'citizen', 1)).toMatchObject({ ok: false, code: 'invalid_transition' });
    expect(decideRoleChange(admin, account('citizen'), 'guest', 1)).toMatchObject({ ok: false, code: 'invalid_transition' });
    expect(decideRoleChange(admin, account('citizen', { deleted: true }), 'admin', 1)).toMatchObject({ ok: false, status: 404 });
  });

  it('blocks across the installation for administrators only, never themselves', () => {
    expect(decideBlock(admin, { id: facilitator.id, role: 'facilitator' }, null).ok).toBe(true);
    expect(decideBlock(facilitator, { id: citizen.id, role: 'citizen' }, null)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(decideBlock(admin, { id: admin.id, role: 'admin' }, null)).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('a live session’s phase, private mode and removal', () => {
  const open = { id: P, status: 'open' as const };
  type Allowing = { allows: PhaseAllow[] };
  const exploring: Allowing = { allows: [] };
  const marking: Allowing = { allows: ['marks'] };
  const voting: Allowing = { allows: ['dots', 'support'] };
  const theirs: TargetState = { authorId: 'someone-else', hidden: false, published: true };
  const code = (d: ReturnType<typeof decide>) => (d.ok ? 'ok' : d.code);

  it('refuses participants what the phase does not allow, and never those who run the session', () => {
    const needs: [Action, Allowing][] = [
      ['annotation.create', marking],
      ['annotation.editOwn', marking],
      ['comment.create', { allows: ['comments'] }],
      ['vote.cast', voting],
      ['dots.place', voting],
    ];
    for (const [action, allowing] of needs) {
      const target = action === 'annotation.create' || action === 'dots.place' ? undefined : action === 'annotation.editOwn' ? { ...theirs, authorId: guestLive.id } : theirs;
      for (const who of [guestLive, citizen, councillor]) {
        expect(decide(who, action, { process: open, target, phase: exploring }), `${who.role} ${action}`).toEqual({ ok: false, code: 'phase_not_allowed', status: 409 });
        expect(code(decide(who, action, { process: open, target: target && { ...target, authorId: who.id === guestLive.id ? who.id : target.authorId }, phase: allowing })), `${who.role} ${action}`).not.toBe('phase_not_allowed');
      }
      for (const who of [facilitator, admin]) expect(code(decide(who, action, { process: open, target, phase: exploring })), `${who.role} ${action}`).toBe('ok');
    }
  });

  it('restricts nothing without a phase, and leaves actions phases do not speak of alone', () => {
    expect(code(decide(guestLive, 'annotation.create', { process: open, phase: null }))).toBe('ok');
    expect(code(decide(citizen, 'proposal.create', { process: open, phase: exploring }))).toBe('ok');
    expect(code(decide(citizen, 'content.flag', { process: open, target: theirs, phase: exploring }))).toBe('ok');
  });

  it('says when the phase alone holds an action back, so the page shows the control off with its reason', () => {
    expect(heldByPhase(citizen, 'vote.cast', { process: open, target: theirs, phase: exploring })).toBe(true);
    expect(heldByPhase(guestLive, 'comment.create', { process: open, target: theirs, phase: marking })).toBe(true);
    // Allowed, or refused for another reason as well: not held by the phase (no control, or an enabled one).
    expect(heldByPhase(citizen, 'vote.cast', { process: open, target: theirs, phase: voting })).toBe(false);
    expect(heldByPhase(citizen, 'vote.cast', { process: open, target: theirs, phase: null })).toBe(false);
    expect(heldByPhase(facilitator, 'comment.create', { process: open, target: theirs, phase: exploring })).toBe(false);
    expect(heldByPhase(null, 'vote.cast', { process: open, target: theirs, phase: exploring })).toBe(false);
    expect(heldByPhase(blocked, 'comment.create', { process: open, target: theirs, phase: exploring })).toBe(false);
    expect(heldByPhase(citizen, 'vote.cast', { process: { ...open, status: 'closed' }, target: theirs, phase: exploring })).toBe(false);
    // A hidden item takes no reactions whatever the phase.
    expect(heldByPhase(citizen, 'comment.create', { process: open, target: { ...theirs, hidden: true }, phase: exploring })).toBe(false);
  });

  it('sends participants’ new marks elsewhere in private mode, but lets them change the ones they have', () => {
    expect(decide(guestLive, 'annotation.create', { process: open, map: { locked: false, privateMode: true }, phase: marking })).toEqual({ ok: false, code: 'private_mode', status: 409 });
    expect(code(decide(guestLive, 'annotation.editOwn', { process: open, map: { locked: false, privateMode: true }, phase: marking, target: { ...theirs, authorId: guestLive.id } }))).toBe('ok');
    expect(code(decide(facilitator, 'annotation.create', { process: open, map: { locked: false, privateMode: true }, phase: exploring }))).toBe('ok');
  });

  it('keeps a removed person out of the process while its session runs', () => {
    const removed = person('citizen', { removedFrom: [P] });
    expect(mayEnter(removed, open)).toEqual({ ok: false, code: 'removed_from_session', status: 403 });
    expect(code(decide(removed, 'comment.create', { process: open, target: theirs }))).toBe('removed_from_session');
    expect(mayEnter(removed, { id: 'p2', status: 'open' }).ok).toBe(true);
  });
});
