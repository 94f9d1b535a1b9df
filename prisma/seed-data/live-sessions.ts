// The demo's live sessions: a workshop that ended three days ago (its participants, guests among
// them, the phases it went through, what was added in each, its summary) and one scheduled for next
// week. Safe to run again: a session already there is left as it is.
import type { PrismaClient } from '@/server/generated/prisma/client';
import { defaultAgenda } from '@/server/domain/live-sessions/default-agenda';
import { buildSummary } from '@/server/domain/live-sessions/session-summary';

/** The finished workshop, for other demo data to attach to (its dot-vote result, say). */
export const DEMO_FINISHED_SESSION = { id: 'demo-live-finished', code: 'TRAM74', title: 'Riverside walk-in workshop' } as const;
export const DEMO_SCHEDULED_SESSION = { id: 'demo-live-scheduled', code: 'PARK39', title: 'Parks and play streets: evening workshop' } as const;

const MINUTE = 60_000;
/** When each default phase began, in minutes after the start; the workshop lasted two hours. */
const PHASE_STARTS: [string, number][] = [['explore', 0], ['problems', 15], ['propose', 45], ['vote', 75], ['wrap-up', 100]];
const LENGTH_MINUTES = 120;
const GUESTS = ['Noor', 'Bastien', 'Mia from the rowing club'];
const REMARKS = ['The crossing by the pier floods every spring.', 'Too dark under the bridge after six.', 'Yes, and the bins overflow on Sundays.'];

export async function seedLiveSessions(db: PrismaClient, processId: string) {
  const facilitator = await db.user.findUniqueOrThrow({ where: { email: 'facilitator@example.org' } });
  const phases = JSON.stringify(await defaultAgenda('en'));
  if (!(await db.liveSession.findUnique({ where: { id: DEMO_SCHEDULED_SESSION.id } }))) {
    await db.liveSession.create({
      data: { id: DEMO_SCHEDULED_SESSION.id, processId, title: DEMO_SCHEDULED_SESSION.title, joinCode: DEMO_SCHEDULED_SESSION.code, facilitatorId: facilitator.id, phases, agenda: 'Where should children play safely? Bring your ideas for the parks and the streets around them.' },
    });
  }
  if (await db.liveSession.findUnique({ where: { id: DEMO_FINISHED_SESSION.id } })) return;

  const startedAt = new Date(Date.now() - 3 * 24 * 60 * MINUTE);
  const at = (minutes: number) => new Date(startedAt.getTime() + minutes * MINUTE);
  const endedAt = at(LENGTH_MINUTES);
  await db.liveSession.create({
    data: {
      id: DEMO_FINISHED_SESSION.id,
      processId,
      title: DEMO_FINISHED_SESSION.title,
      joinCode: DEMO_FINISHED_SESSION.code,
      facilitatorId: facilitator.id,
      phases,
      agenda: 'A walk-in evening at the library: what works along the river, what does not, and what should come first.',
      status: 'ended',
      currentPhase: 'wrap-up',
      startedAt,
      endedAt,
      createdAt: at(-7 * 24 * 60),
      phaseHistory: { create: PHASE_STARTS.map(([phaseId, minutes]) => ({ phaseId, startedAt: at(minutes) })) },
    },
  });
  const citizen = await db.user.findUniqueOrThrow({ where: { email: 'citizen@example.org' } });
  const guests = [];
  for (const [index, name] of GUESTS.entries()) {
    guests.push(await db.user.create({ data: { name, role: 'guest', guestSessionId: DEMO_FINISHED_SESSION.id, createdAt: at(2 + index) } }));
  }
  await db.sessionParticipant.createMany({
    data: [citizen, ...guests].map((person, index) => ({ sessionId: DEMO_FINISHED_SESSION.id, userId: person.id, displayName: person.name, joinedAt: at(1 + index) })),
  });

  // What people added during the workshop: remarks while marking problems, support while proposing.
  const proposal = await db.proposal.findFirst({ where: { processId, status: 'published', hiddenAt: null }, orderBy: { createdAt: 'asc' } });
  if (proposal) {
    await db.comment.createMany({ data: guests.map((guest, index) => ({ processId, targetType: 'proposal', targetId: proposal.id, authorId: guest.id, body: REMARKS[index], createdAt: at(20 + index * 7) })) });
    await db.vote.createMany({ data: guests.map((guest, index) => ({ processId, voterId: guest.id, targetType: 'proposal', targetId: proposal.id, value: 1, createdAt: at(50 + index * 5) })) });
  }
  const row = await db.liveSession.findUniqueOrThrow({ where: { id: DEMO_FINISHED_SESSION.id } });
  await db.liveSession.update({ where: { id: row.id }, data: { summary: JSON.stringify(await buildSummary(row)) } });
}
