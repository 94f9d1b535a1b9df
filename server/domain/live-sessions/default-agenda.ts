// The usual workshop's phases in the facilitator's language, for a session created without its own.
import { DEFAULT_PHASES, type Agenda } from '@/lib/live/phases';
import { resolveLocale } from '@/lib/i18n/locales';

type Words = { title?: string; instructions?: string };

async function phaseWords(locale: string): Promise<Record<string, Words>> {
  const messages = (await import(`../../../lib/i18n/messages/${resolveLocale(locale, null)}.json`)).default as { live?: { defaultPhases?: Record<string, Words> } };
  return messages.live?.defaultPhases ?? {};
}

export async function defaultAgenda(locale: string): Promise<Agenda> {
  const [words, english] = await Promise.all([phaseWords(locale), phaseWords('en')]);
  return DEFAULT_PHASES.map(({ id, allows }) => ({
    id,
    title: words[id]?.title ?? english[id]?.title ?? id,
    instructions: words[id]?.instructions ?? english[id]?.instructions ?? '',
    allows: [...allows],
  }));
}
