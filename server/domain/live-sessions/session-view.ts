// What the browser receives of a live session: the whole of it for those who run it, and for
// participants what their screens need (no join code: it is the facilitator's to hand out).
import type { Phase } from '@/lib/live/phases';
import { siteUrl } from '@/server/mail/mail-config';

import { readPhases } from './session-input';
import type { SessionRow } from './session-access';

export type SessionView = {
  id: string;
  title: string;
  agenda: string;
  status: string;
  phases: Phase[];
  currentPhase: string | null;
  locked: boolean;
  privateMode: boolean;
  /** Nobody new may join (those already in stay). */
  joinClosed: boolean;
  startedAt: string | null;
  endedAt: string | null;
  code?: string;
  joinUrl?: string;
};

export const joinUrlOf = (code: string) => `${siteUrl()}/join?code=${encodeURIComponent(code)}`;

export function sessionView(row: SessionRow, withCode: boolean): SessionView {
  return {
    id: row.id,
    title: row.title,
    agenda: row.agenda,
    status: row.status,
    phases: readPhases(row.phases),
    currentPhase: row.currentPhase,
    locked: row.locked,
    privateMode: row.privateMode,
    joinClosed: row.joinClosed,
    startedAt: row.startedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    ...(withCode ? { code: row.joinCode, joinUrl: joinUrlOf(row.joinCode) } : {}),
  };
}
