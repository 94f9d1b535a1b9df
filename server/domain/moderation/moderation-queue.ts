import type { BlockedParticipant, ModerationItem } from '@/lib/participation/views';
import { decide, type ProcessState } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import { enforce } from '@/server/auth/actor';
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
  const items = await Promise.all(
    [...byItem.values()].map(async (item) => ({ ...item, excerpt: await excerpt(item.targetType, item.targetId) })),
  );
  return items.sort((a, b) => b.reasons.length - a.reasons.length);
}

async function excerpt(targetType: string, targetId: string): Promise<ModerationItem['excerpt']> {
  const author = { select: { name: true, blockedAt: true } };
  if (targetType === 'comment') {
    const c = await db.comment.findUnique({ where: { id: targetId }, include: { author } });
    return c && { text: c.body, authorId: c.authorId, authorName: c.author.name, authorBlocked: !!c.author.blockedAt, hidden: !!c.hiddenAt };
  }
  if (targetType === 'proposal') {
    const p = await db.proposal.findUnique({ where: { id: targetId }, include: { author } });
    return p && { text: `${p.title}\n${p.body}`, authorId: p.authorId, authorName: p.author.name, authorBlocked: !!p.author.blockedAt, hidden: !!p.hiddenAt };
  }
  const a = await db.annotation.findUnique({ where: { id: targetId } });
  const writer = a && (await db.user.findUnique({ where: { id: a.authorId }, select: { blockedAt: true } }));
  return a && { text: a.text, authorId: a.authorId, authorName: a.authorName, authorBlocked: !!writer?.blockedAt, hidden: !!a.hiddenAt };
}

/** People blocked from this process's moderation, still blocked, most recent first: to unblock them. */
export async function blockedParticipants(viewer: Viewer, process: ProcessState): Promise<BlockedParticipant[]> {
  enforce(decide(viewer, 'user.block', { process }));
  const processId = process.id;
  const blocks = await db.moderationAction.findMany({ where: { processId, action: 'block', targetType: 'user' }, orderBy: { createdAt: 'desc' } });
  const ids = [...new Set(blocks.map((block) => block.targetId))];
  const users = await db.user.findMany({ where: { id: { in: ids }, blockedAt: { not: null } }, select: { id: true, name: true, blockedAt: true, blockedReason: true } });
  return users
    .map((user) => ({ id: user.id, name: user.name, reason: user.blockedReason ?? '', at: user.blockedAt!.toISOString() }))
    .sort((a, b) => b.at.localeCompare(a.at));
}
