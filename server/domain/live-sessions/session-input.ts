// What a facilitator sends to create or change a live session, and how phases are read back.
import { z } from '@/lib/zod';

import { agendaSchema, findPhase, readAgenda, type Phase } from '@/lib/live/phases';
import { wellFormedText } from '@/lib/schemas/text';
import { invalidInput } from '@/server/http/app-error';

const title = wellFormedText().trim().min(1, 'empty').max(120, 'titleTooLong');
const agenda = wellFormedText().trim().max(2000, 'tooLong');

export const createSessionSchema = z.strictObject({ title, agenda: agenda.default(''), phases: agendaSchema.optional(), start: z.boolean().default(true) });
export const updateSessionSchema = z.strictObject({ title: title.optional(), agenda: agenda.optional(), phases: agendaSchema.optional(), joinClosed: z.boolean().optional() });

export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}

/** The phases stored with a session. */
export const readPhases = readAgenda;

export const currentPhaseOf = (row: { phases: string; currentPhase: string | null }): Phase | null => findPhase(readPhases(row.phases), row.currentPhase);
