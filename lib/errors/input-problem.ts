// What was wrong with one field of a request, as stable keys the catalogues translate
// (`errors.fields.<field>`, `errors.problems.<problem>`), never as a schema path.
import type { z } from 'zod';

export const INPUT_PROBLEMS = [
  'missing',
  'empty',
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'invalid',
  'invalid_email',
  'invalid_url',
  'https_only',
  'invalid_color',
  'invalid_characters',
  'needs_zxy',
  'not_increasing',
  'not_after_opening',
  'invalid_slug',
  'invalid_bounds',
] as const;
export type InputProblem = (typeof INPUT_PROBLEMS)[number];

export type InputIssue = { field: string; problem: InputProblem };

// Our schemas name some refusals themselves (lib/schemas/*): each of those names maps to one problem.
const NAMED: Record<string, InputProblem> = {
  empty: 'empty',
  nameRequired: 'empty',
  ownerRequired: 'empty',
  attributionRequired: 'empty',
  wmsLayersRequired: 'empty',
  sourceLayerRequired: 'empty',
  passwordRequired: 'empty',
  titleTooLong: 'too_long',
  bodyTooLong: 'too_long',
  commentTooLong: 'too_long',
  reasonTooLong: 'too_long',
  nameTooLong: 'too_long',
  emailTooLong: 'too_long',
  passwordTooLong: 'too_long',
  nameTooShort: 'too_short',
  passwordTooShort: 'too_short',
  emailInvalid: 'invalid_email',
  urlInvalid: 'invalid_url',
  httpsOnly: 'https_only',
  colorInvalid: 'invalid_color',
  nameInvalid: 'invalid_characters',
  textMalformed: 'invalid_characters',
  categoryInvalid: 'invalid',
  templateNeedsZxy: 'needs_zxy',
  stepsNotIncreasing: 'not_increasing',
  datesNotInOrder: 'not_after_opening',
  slugInvalid: 'invalid_slug',
  boundsInvalid: 'invalid_bounds',
};

function byIssueCode(issue: z.core.$ZodIssue): InputProblem {
  // zod leaves the input out of its issues; its default message is how it tells an absent field.
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return 'missing';
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'empty' : 'too_short';
    return issue.origin === 'array' || issue.origin === 'set' ? 'too_few' : 'invalid';
  }
  if (issue.code === 'too_big') return issue.origin === 'string' ? 'too_long' : issue.origin === 'array' || issue.origin === 'set' ? 'too_many' : 'invalid';
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'invalid_email';
  return 'invalid';
}

/** The first thing wrong with a request: the innermost named field and a stable problem key. */
export function inputIssue(error: z.ZodError): InputIssue {
  const issue = error.issues[0];
  if (!issue) return { field: 'input', problem: 'invalid' };
  const field = [...issue.path].reverse().find((part): part is string => typeof part === 'string') ?? 'input';
  return { field, problem: NAMED[issue.message] ?? byIssueCode(issue) };
}
