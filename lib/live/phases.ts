// A live session's agenda: the phases a facilitator prepares, each with instructions shown to
// everyone and what it lets participants do. The server enforces `allows` (policy, collab guard, API).
import { z } from '@/lib/zod';

import { wellFormedText } from '@/lib/schemas/text';

/** What a phase can let participants do: draw marks, comment, support proposals, place dots. */
export const PHASE_ALLOWS = ['marks', 'comments', 'support', 'dots'] as const;
export type PhaseAllow = (typeof PHASE_ALLOWS)[number];

export const PHASE_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;
export const PHASES_MAX = 12;

export const phaseSchema = z.strictObject({
  id: wellFormedText().regex(PHASE_ID),
  title: wellFormedText().trim().min(1, 'empty').max(80, 'tooLong'),
  instructions: wellFormedText().trim().max(500, 'tooLong').default(''),
  allows: z.array(z.enum(PHASE_ALLOWS)).max(PHASE_ALLOWS.length).default([]),
});
export type Phase = z.infer<typeof phaseSchema>;

export const agendaSchema = z
  .array(phaseSchema)
  .min(1)
  .max(PHASES_MAX)
  .refine((phases) => new Set(phases.map((phase) => phase.id)).size === phases.length, { message: 'duplicatePhase' });
export type Agenda = z.infer<typeof agendaSchema>;

/** The usual workshop, in order; titles and instructions come from the catalogue (`live.defaultPhases.<id>`). */
export const DEFAULT_PHASES: ReadonlyArray<{ id: string; allows: PhaseAllow[] }> = [
  { id: 'explore', allows: [] },
  { id: 'problems', allows: ['marks', 'comments'] },
  { id: 'propose', allows: ['marks', 'comments', 'support'] },
  { id: 'vote', allows: ['dots'] },
  { id: 'wrap-up', allows: ['comments'] },
];

/** No current phase (no live session, or one not yet in a phase) restricts nothing. */
export function phaseAllows(phase: Pick<Phase, 'allows'> | null | undefined, what: PhaseAllow): boolean {
  return !phase || phase.allows.includes(what);
}

export function findPhase(agenda: readonly Phase[], id: unknown): Phase | null {
  return typeof id === 'string' ? (agenda.find((phase) => phase.id === id) ?? null) : null;
}

/** An agenda as stored (JSON text); one that does not parse has no phases, which restricts nothing. */
export function readAgenda(stored: string): Agenda {
  try {
    const parsed = agendaSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
