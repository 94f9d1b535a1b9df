// Typed errors that route handlers turn into the contract's { error: { code, message, params? } } with a 4xx.
// `message` is an English sentence for developers; people read the catalogue's `errors.codes.<code>`.
import { NextResponse } from 'next/server';
import type { z } from 'zod';

import type { ErrorCode } from '@/lib/errors/codes';
import { inputIssue } from '@/lib/errors/input-problem';

import { BUSY_RETRY_AFTER_SECONDS, isBusyError } from '@/server/database/busy';
import { log } from '@/server/log/log';

import { isForeignWrite } from './same-origin';

export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503,
    readonly code: ErrorCode,
    message: string,
    readonly params?: ErrorParams,
  ) {
    super(message);
  }
}

export function errorResponse(status: number, code: ErrorCode, message: string, params?: ErrorParams) {
  // A busy database is a moment's refusal: say when to ask again.
  const headers = code === 'busy' ? { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) } : undefined;
  return NextResponse.json({ error: params ? { code, message, params } : { code, message } }, { status, headers });
}

/** A schema's refusal as `invalid_input` with `{ field, problem }`: stable keys, never the schema's path as text. */
export function invalidInput(error: z.ZodError) {
  const { field, problem } = inputIssue(error);
  return new AppError(400, 'invalid_input', `The field "${field}" is ${problem.replaceAll('_', ' ')}.`, { field, problem });
}

/**
 * Runs a route handler body; known errors become 4xx JSON, a database busy with another writer a 503 `busy`
 * (the refused statement did not happen; see server/database/busy.ts), unknown ones a plain 500 without details.
 * Every route goes through here, so this is where a write sent by another site's page is refused.
 */
export async function handleRoute(request: Request, run: () => Promise<Response>): Promise<Response> {
  if (isForeignWrite(request.method, request.headers)) {
    return errorResponse(403, 'foreign_origin', 'This request came from another website: changes are only taken from CivicTwin’s own pages.');
  }
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error.status, error.code, error.message, error.params);
    if (isBusyError(error)) {
      log.warn('database busy', { method: request.method, path: new URL(request.url).pathname });
      return errorResponse(503, 'busy', 'The database is busy with other changes. Try again in a moment.');
    }
    log.error('request failed', { method: request.method, path: new URL(request.url).pathname, error });
    return errorResponse(500, 'internal', 'Something went wrong on our side. Try again in a moment.');
  }
}
