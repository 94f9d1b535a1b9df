// How the collab server ends a connection, and what the browser does about each: the one list
// both sides read. Reasons read `key: detail`; the browser translates the key, logs keep the detail.
import type { ErrorCode } from '@/lib/errors/codes';

/** A change or presence was refused: the client drops its copy and starts again from the server. */
export const CLOSE_INVALID = 4400;
export const CLOSE_FORBIDDEN = 4403;
/** Sent faster than a person can: the client drops its unsent changes and reconnects after a pause. */
export const CLOSE_TOO_FAST = 4429;
/** The token is missing or expired: the client asks for a new one and reconnects. */
export const CLOSE_UNAUTHENTICATED = 4401;
/** For good: blocked, account deleted, no access to this process, removed. The client stops. */
export const CLOSE_GONE = 4410;
/** The server could not store or load: the client reconnects by itself and keeps its changes. */
export const CLOSE_TRY_AGAIN = 1011;
export const CLOSE_RESTARTING = 1012;

export type RefusalCode = typeof CLOSE_INVALID | typeof CLOSE_FORBIDDEN;

/** Why a connection ended for good; each has its sentence in `annotations.ended.reasons`. */
export const GONE_REASONS = ['blocked', 'account_deleted', 'no_access', 'removed', 'session_ended', 'removed_from_session'] as const;
export type GoneReason = (typeof GONE_REASONS)[number];

export type CloseKind = 'refused' | 'tooFast' | 'token' | 'gone' | 'transient';

export function closeKind(code: number): CloseKind {
  if (code === CLOSE_INVALID || code === CLOSE_FORBIDDEN) return 'refused';
  if (code === CLOSE_TOO_FAST) return 'tooFast';
  if (code === CLOSE_UNAUTHENTICATED) return 'token';
  // Any other 44xx is an application refusal we do not know: retrying would only repeat it.
  if (code === CLOSE_GONE || (code >= 4400 && code < 4500)) return 'gone';
  return 'transient';
}

/** The key of a close reason (`blocked: your participation…` → `blocked`). */
export const reasonKey = (reason: string) => reason.split(':')[0].trim();

export function goneReason(reason: string): GoneReason {
  const key = reasonKey(reason);
  return (GONE_REASONS as readonly string[]).includes(key) ? (key as GoneReason) : 'no_access';
}

/** Why the policy's refusal (lib/policy's error code) ends a connection for good. */
const GONE_FOR_CODE: Partial<Record<ErrorCode, GoneReason>> = {
  account_deleted: 'account_deleted',
  blocked: 'blocked',
  process_not_found: 'removed',
  forbidden: 'no_access',
  session_ended: 'session_ended',
  removed_from_session: 'removed_from_session',
};

export const goneReasonFor = (code: ErrorCode): GoneReason => GONE_FOR_CODE[code] ?? 'no_access';

export const goneClose = (reason: GoneReason, detail: string) => ({ code: CLOSE_GONE, reason: `${reason}: ${detail}` });
