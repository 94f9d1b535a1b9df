// Typed errors that route handlers turn into the contract's { error: { code, message } } with a 4xx.
import { NextResponse } from 'next/server';
import type { z } from 'zod';

export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function errorResponse(status: number, code: string, message: string) {
  return NextResponse.json({ error: { code, message } }, { status });
}

export function invalidInput(error: z.ZodError, describe: (key: string) => string = (key) => key) {
  const issue = error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return new AppError(400, 'invalid_input', `${where}${describe(issue?.message ?? 'invalid')}`);
}

/** Runs a route handler body; known errors become 4xx JSON, unknown ones a plain 500 without details. */
export async function handleRoute(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error.status, error.code, error.message);
    console.error(error);
    return errorResponse(500, 'internal', 'Something went wrong on our side. Try again in a moment.');
  }
}
