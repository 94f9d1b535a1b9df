import { db } from '@/server/db';

/** Everything a person has contributed, as they can download it (GDPR access and portability). */
export async function exportMyData(userId: string) {
  const [user, proposals, comments, votes, flags, annotations] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true, role: true, locale: true, createdAt: true } }),
    db.proposal.findMany({ where: { authorId: userId }, include: { process: { select: { slug: true } }, answers: { select: { body: true, status: true, createdAt: true } } }, orderBy: { createdAt: 'asc' } }),
    db.comment.findMany({ where: { authorId: userId }, orderBy: { createdAt: 'asc' } }),
    db.vote.findMany({ where: { voterId: userId }, orderBy: { createdAt: 'asc' } }),
    db.flag.findMany({ where: { reporterId: userId }, orderBy: { createdAt: 'asc' } }),
    db.annotation.findMany({ where: { authorId: userId }, orderBy: { createdAt: 'asc' } }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    account: user,
    proposals: proposals.map((p) => ({ id: p.id, process: p.process.slug, title: p.title, body: p.body, category: p.category, status: p.status, createdAt: p.createdAt, publishedAt: p.publishedAt, hidden: p.hiddenReason, officialAnswers: p.answers })),
    comments: comments.map((c) => ({ id: c.id, on: { type: c.targetType, id: c.targetId }, replyTo: c.parentId, body: c.body, createdAt: c.createdAt, editedAt: c.editedAt, deletedAt: c.deletedAt, hidden: c.hiddenReason })),
    votes: votes.map((v) => ({ on: { type: v.targetType, id: v.targetId }, value: v.value, createdAt: v.createdAt })),
    reports: flags.map((f) => ({ on: { type: f.targetType, id: f.targetId }, reason: f.reason, createdAt: f.createdAt })),
    mapMarks: annotations.map((a) => ({ id: a.id, kind: a.kind, category: a.category, text: a.text, geometry: JSON.parse(a.geometry), createdAt: a.createdAt })),
  };
}
