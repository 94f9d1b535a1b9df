import type { BlockedParticipant, ModerationItem } from '@/lib/participation/views';
import { decide, type ProcessState } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import { enforce } from '@/server/auth/actor';
import { inChunks } from '@/server/database/in-chunks';
import { db } from '@/server/db';

/** Open flags of a process, grouped by item, most reported first, with what each item says. */
export async function moderationQueue(viewer: Viewer, process: ProcessState): Promise<ModerationItem[]> {
  enforce(decide(viewer, 'content.moderate', { process }));
  const processId = process.id;
  const flags = await db.flag.findMany({ where: { processId, resolvedAt: null }, orderBy: { createdAt: 'asc' }, include: { reporter: { select: { name: true } } } });
  const byItem = new Map<string, { targetType: string; targetId: string; reasons: { reason: string; by: string; at: string }[] }>();
  for (const flag of flags) {
    const key = `${flag.targetType}:${flag.targetId}`;
    const item = byItem.get(key) ?? { targetType: flag.targetType, targetId: flag.targetId, reasons: [] };
    item.reasons.push({ reason: flag.reason, by: flag.reporter.name, at: flag.createdAt.toISOString() });
    byItem.set(key, item);
  }
  const excerpts = await excerptsOf([...byItem.values()]);
  const items = [...byItem.values()].map((item) => ({ ...item, excerpt: excerpts.get(`${item.targetType}:${item.targetId}`) ?? null }));
  return items.sort((a, b) => b.reasons.length - a.reasons.length);
}

type Excerpt = NonNullable<ModerationItem['excerpt']>;

/** What each flagged item says, read a type at a time in bounded chunks of ids. */
async function excerptsOf(items: { targetType: string; targetId: string }[]): Promise<Map<string, Excerpt>> {
  const idsOf = (type: string) => items.filter((item) => item.targetType === type).map((item) => item.targetId);
  const author = { select: { name: true, blockedAt: true } };
  const [comments, proposals, annotations] = await Promise.all([
    inChunks(idsOf('comment'), (ids) => db.comment.findMany({ where: { id: { in: ids } }, include: { author } })),
    inChunks(idsOf('proposal'), (ids) => db.proposal.findMany({ where: { id: { in: ids } }, include: { author } })),
    inChunks(idsOf('annotation'), (ids) => db.annotation.findMany({ where: { id: { in: ids } } })),
  ]);
  const writers = await inChunks([...new Set(annotations.map((a) => a.authorId))], (ids) => db.user.findMany({ where: { id: { in: ids } }, select: { id: true, blockedAt: true } }));
  const blocked = new Set(writers.filter((w) => w.blockedAt).map((w) => w.id));
  const result = new Map<string, Excerpt>();
  for (const c of comments) result.set(`comment:${c.id}`, { text: c.body, authorId: c.authorId, authorName: c.author.name, authorBlocked: !!c.author.blockedAt, hidden: !!c.hiddenAt });
  for (const p of proposals) result.set(`proposal:${p.id}`, { text: `${p.title}\n${p.body}`, authorId: p.authorId, authorName: p.author.name, authorBlocked: !!p.author.blockedAt, hidden: !!p.hiddenAt });
  for (const a of annotations) result.set(`annotation:${a.id}`, { text: a.text, authorId: a.authorId, authorName: a.authorName, authorBlocked: blocked.has(a.authorId), hidden: !!a.hiddenAt });
  return result;
}

/** People blocked from this process's moderation, still blocked, most recent first: to unblock them. */
export async function blockedParticipants(viewer: Viewer, process: ProcessState): Promise<BlockedParticipant[]> {
  enforce(decide(viewer, 'user.block', { process }));
  const processId = process.id;
  const blocks = await db.moderationAction.findMany({ where: { processId, action: 'block', targetType: 'user' }, orderBy: { createdAt: 'desc' } });
  const ids = [...new Set(blocks.map((block) => block.targetId))];
  const users = await inChunks(ids, (chunk) => db.user.findMany({ where: { id: { in: chunk }, blockedAt: { not: null } }, select: { id: true, name: true, blockedAt: true, blockedReason: true } }));
  return users
    .map((user) => ({ id: user.id, name: user.name, reason: user.blockedReason ?? '', at: user.blockedAt!.toISOString() }))
    .sort((a, b) => b.at.localeCompare(a.at));
}
