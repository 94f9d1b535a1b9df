import { describe, expect, it } from 'vitest';

import type { ProcessStatus } from '@/lib/policy/decide';

import { checkTransition, nextStatuses } from './lifecycle';

const now = new Date('2026-11-26T12:00:00Z');
const later = new Date('2026-12-31T00:00:00Z');
const past = new Date('2026-11-01T00:00:00Z');
const STATUSES: ProcessStatus[] = ['draft', 'open', 'closed', 'archived'];
const check = (from: ProcessStatus, to: ProcessStatus, closesAt: Date | null = null, confirmed = false) => checkTransition(from, to, { closesAt, now, confirmed });

describe('the process lifecycle', () => {
  it('moves draft → open → closed → archived, and a closed process may open again', () => {
    const allowed = STATUSES.flatMap((from) => STATUSES.filter((to) => from !== to && check(from, to).ok).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['draft→open', 'open→closed', 'closed→open', 'closed→archived']);
    expect(nextStatuses('archived')).toEqual([]);
  });

  it('refuses skipping steps or going back to draft', () => {
    expect(check('draft', 'closed')).toEqual({ ok: false, code: 'invalid_transition' });
    expect(check('open', 'draft')).toEqual({ ok: false, code: 'invalid_transition' });
    expect(check('archived', 'open')).toEqual({ ok: false, code: 'invalid_transition' });
  });

  it('cannot close a process twice', () => {
    expect(check('closed', 'closed')).toEqual({ ok: false, code: 'process_already_closed' });
  });

  it('treats an unchanged status other than closed as no change', () => {
    expect(check('open', 'open')).toEqual({ ok: true, changed: false });
    expect(check('draft', 'draft')).toEqual({ ok: true, changed: false });
  });

  it('asks for confirmation before opening a process whose closing date has passed', () => {
    expect(check('draft', 'open', past)).toEqual({ ok: false, code: 'closes_in_past' });
    expect(check('closed', 'open', past)).toEqual({ ok: false, code: 'closes_in_past' });
    expect(check('draft', 'open', past, true)).toEqual({ ok: true, changed: true });
    expect(check('draft', 'open', later)).toEqual({ ok: true, changed: true });
    expect(check('draft', 'open', now)).toEqual({ ok: false, code: 'closes_in_past' });
  });
});
