import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';

import { ApiError, apiErrorOf } from '@/lib/errors/api-error';
import { ERROR_CODES } from '@/lib/errors/codes';
import { INPUT_PROBLEMS } from '@/lib/errors/input-problem';

import { errorText, type ErrorTranslator } from './error-text';
import { LOCALES, type Locale } from './locales';
import de from './messages/de.json';
import en from './messages/en.json';
import fr from './messages/fr.json';
import nl from './messages/nl.json';

const CATALOGUES = { en, fr, nl, de };

function translator(locale: Locale): ErrorTranslator {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], onError: (error) => { throw error; } });
  return t as unknown as ErrorTranslator;
}

const refused = (status: number, error: unknown) => apiErrorOf(new Response(JSON.stringify({ error }), { status }));

describe('every error has words in every language', () => {
  it.each(LOCALES)('%s has a sentence for every error code', (locale) => {
    const codes = CATALOGUES[locale].errors.codes as Record<string, string>;
    expect(ERROR_CODES.filter((code) => !codes[code]?.trim())).toEqual([]);
  });
  it.each(LOCALES)('%s has a sentence for every input problem', (locale) => {
    const problems = CATALOGUES[locale].errors.problems as Record<string, string>;
    expect(INPUT_PROBLEMS.filter((problem) => !problems[problem]?.trim())).toEqual([]);
  });
});

describe('errorText', () => {
  const t = translator('en');

  it('says what a code means', async () => {
    expect(errorText(t, await refused(409, { code: 'email_taken', message: 'An account with this email already exists.' }))).toBe(en.errors.codes.email_taken);
  });

  it('names the field and the problem of invalid input, not the schema path', async () => {
    const failure = await refused(400, { code: 'invalid_input', message: 'The field "body" is empty.', params: { field: 'body', problem: 'empty' } });
    expect(errorText(t, failure)).toBe('Your text: write something here.');
    expect(errorText(translator('nl'), failure)).toBe('Je tekst: vul hier iets in.');
    expect(errorText(translator('de'), failure)).toBe('Ihr Text: Bitte schreiben Sie hier etwas.');
    expect(errorText(translator('fr'), failure)).toBe('Votre texte : écrivez quelque chose ici.');
  });

  it('falls back to the general sentence for a field or problem it has no words for', async () => {
    expect(errorText(t, await refused(400, { code: 'invalid_input', message: 'x', params: { field: 'targetId', problem: 'empty' } }))).toBe(en.errors.codes.invalid_input);
    expect(errorText(t, await refused(400, { code: 'invalid_input', message: 'x', params: { field: 'body', problem: 'toString' } }))).toBe(en.errors.codes.invalid_input);
    expect(errorText(t, await refused(400, { code: 'invalid_input', message: 'x', params: { field: 'codes.internal', problem: 'empty' } }))).toBe(en.errors.codes.invalid_input);
    expect(errorText(t, await refused(400, { code: 'invalid_input', message: 'x' }))).toBe(en.errors.codes.invalid_input);
  });

  it('passes numbers through to the sentence', async () => {
    const failure = await refused(422, { code: 'layer_geometry_invalid', message: 'Feature 12 has a broken geometry.', params: { feature: 12 } });
    expect(errorText(translator('de'), failure)).toBe('Objekt 12 in der Datei hat eine kaputte Form. Reparieren Sie sie und laden Sie die Datei noch einmal hoch.');
  });

  it('names a broken feature of an uploaded file in the words the map uses for a drawn shape', async () => {
    const failure = await refused(422, { code: 'layer_geometry_invalid', message: 'Feature 3: The area crosses itself', params: { feature: 3, problem: 'crossesItself' } });
    expect(errorText(t, failure)).toBe(`Feature 3: ${en.annotations.problems.crossesItself}`);
    expect(errorText(translator('nl'), failure)).toBe(`Object 3: ${nl.annotations.problems.crossesItself}`);
    const odd = await refused(422, { code: 'layer_geometry_invalid', message: 'x', params: { feature: 3, problem: 'toString' } });
    const proposalPlace = await refused(400, { code: 'invalid_geometry', message: 'The place is not valid: outsideTerritory.', params: { problem: 'outsideTerritory' } });
    expect(errorText(translator('de'), proposalPlace)).toBe(de.annotations.problems.outsideTerritory);
    expect(errorText(translator('fr'), odd)).toBe('L’objet 3 du fichier a une forme cassée. Corrigez-la et envoyez à nouveau le fichier.');
  });

  it('reads a bare error body as well as an ApiError', () => {
    expect(errorText(translator('fr'), { code: 'process_closed', message: 'closed' })).toBe(fr.errors.codes.process_closed);
  });

  it('guesses from the status when the body is not ours, and never shows an unknown code', async () => {
    expect(errorText(t, new ApiError(413, null))).toBe(en.errors.codes.upload_too_large);
    expect(errorText(t, await apiErrorOf(new Response('<html>Bad gateway</html>', { status: 502 })))).toBe(en.errors.codes.internal);
    expect(errorText(t, await refused(409, { code: 'made_up', message: 'English prose' }))).toBe(en.errors.codes.internal);
  });

  it('tells a network failure apart', () => {
    expect(errorText(translator('nl'), new TypeError('Failed to fetch'))).toBe(nl.errors.network);
  });

  it('never returns the server’s English in another language', async () => {
    const failure = await refused(403, { code: 'blocked', message: 'A moderator has paused your participation.' });
    for (const locale of ['fr', 'nl', 'de'] as const) {
      const text = errorText(translator(locale), failure);
      expect(text).toBe(CATALOGUES[locale].errors.codes.blocked);
      expect(text).not.toContain('moderator has paused');
    }
  });
});
