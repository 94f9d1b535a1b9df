// The official answers a person's contributions led to, for "My activity": answers to their own
// proposals and to proposals made from one of their map marks, latest first, never on hidden proposals.
import { db } from '@/server/db';

export const MY_ANSWERS = 50;

export type AnswerForPerson = {
  id: string;
  body: string;
  status: string;
  createdAt: Date;
  proposal: { id: string; title: string; slug: string };
  /** "proposal" when the person wrote the proposal, "mark" when it was made from their mark. */
  via: 'proposal' | 'mark';
};

export async function answersForPerson(userId: string, take = MY_ANSWERS): Promise<AnswerForPerson[]> {
  const rows = await db.$queryRaw<{ id: string; body: string; status: string; createdAt: string; proposalId: string; title: string; slug: string; own: number | bigint }[]>`
    SELECT o."id", o."body", o."status", o."createdAt", p."id" AS "proposalId", p."title", pr."slug", p."authorId" = ${userId} AS "own"
    FROM "OfficialAnswer" o JOIN "Proposal" p ON p."id" = o."proposalId" JOIN "Process" pr ON pr."id" = p."processId"
    WHERE p."hiddenAt" IS NULL
      AND (p."authorId" = ${userId} OR p."sourceMarkId" IN (SELECT a."id" FROM "Annotation" a WHERE a."authorId" = ${userId}))
    ORDER BY o."createdAt" DESC, o."id" LIMIT ${take}`;
  return rows.map((r) => ({
    id: r.id, body: r.body, status: r.status, createdAt: new Date(r.createdAt),
    proposal: { id: r.proposalId, title: r.title, slug: r.slug }, via: Number(r.own) ? 'proposal' : 'mark',
  }));
}
