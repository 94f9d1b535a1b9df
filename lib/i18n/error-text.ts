// Turns whatever a failed request left behind into one sentence in the person's language,
// from the catalogue's `errors.*`: never the code, never the server's English.
import { ApiError } from '@/lib/errors/api-error';
import { isErrorCode, type ErrorCode } from '@/lib/errors/codes';
import { INPUT_PROBLEMS } from '@/lib/errors/input-problem';

/** The part of next-intl's translator (all namespaces) this needs. */
export type ErrorTranslator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  401: 'sign_in_required',
  403: 'forbidden',
  404: 'not_found',
  413: 'upload_too_large',
  429: 'rate_limited',
  503: 'database_unavailable',
};

const FIELD = /^[A-Za-z]{1,40}$/;
const PROBLEM = /^[a-z][A-Za-z]{1,40}$/;

// A field the catalogue names (own keys only: "toString" is no field).
function isNamedField(t: ErrorTranslator, field: unknown): field is string {
  return typeof field === 'string' && FIELD.test(field) && !(field in Object.prototype) && t.has(`errors.fields.${field}`);
}

function primitives(params: unknown): Record<string, string | number> {
  if (typeof params !== 'object' || params === null) return {};
  return Object.fromEntries(Object.entries(params).filter(([, value]) => typeof value === 'string' || typeof value === 'number'));
}

/** A failure (an ApiError, a response's `error` body, a network error, anything) as a translated sentence. */
export function errorText(t: ErrorTranslator, failure: unknown): string {
  if (failure instanceof TypeError) return t('errors.network');
  const body = failure instanceof ApiError ? failure.body : typeof failure === 'object' && failure !== null && 'code' in failure ? (failure as { code: unknown; params?: unknown }) : null;
  const status = failure instanceof ApiError ? failure.status : 0;
  const code: ErrorCode = isErrorCode(body?.code) ? body.code : (CODE_BY_STATUS[status] ?? 'internal');
  const params = primitives(body?.params);
  if (code === 'invalid_input') {
    const { field, problem } = params;
    if (isNamedField(t, field) && (INPUT_PROBLEMS as readonly unknown[]).includes(problem)) {
      return t(`errors.problems.${problem}`, { field: t(`errors.fields.${field}`) });
    }
  }
  // A shape that breaks a rule of drawn shapes is refused in the map's own words (for a file, with the feature's number).
  const shapeProblem = params.problem;
  if ((code === 'invalid_geometry' || code === 'layer_geometry_invalid') && typeof shapeProblem === 'string' && PROBLEM.test(shapeProblem) && !(shapeProblem in Object.prototype) && t.has(`annotations.problems.${shapeProblem}`)) {
    const words = t(`annotations.problems.${shapeProblem}`);
    return code === 'invalid_geometry' ? words : t('errors.featureProblem', { feature: params.feature ?? '?', problem: words });
  }
  return t(`errors.codes.${code}`, params);
}
