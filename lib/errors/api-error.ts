import type { ErrorCode } from './codes';

/** The contract's error body: `{ error: { code, message, params? } }`. */
export type ErrorBody = { code: ErrorCode | string; message: string; params?: Record<string, string | number> };

/** A refused request in the browser: the status and, when the server answered with the contract, its error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
  ) {
    super(body?.message ?? `Request failed (${status})`);
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as ErrorBody).code === 'string';
}

/** Reads a failed response into an ApiError, whatever its body holds. */
export async function apiErrorOf(response: Response): Promise<ApiError> {
  const payload: unknown = await response.json().catch(() => null);
  const body = typeof payload === 'object' && payload !== null ? (payload as { error?: unknown }).error : null;
  return new ApiError(response.status, isErrorBody(body) ? body : null);
}
