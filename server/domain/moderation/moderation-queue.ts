import type { ModerationItem } from '@/lib/participation/views';
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

async function excerpt(targetType: string, targetId: string): Promise<{ text: string; authorId: string; authorName: string; hidden: boolean } | null> {
  if (targetType === 'comment') {
    const c = await db.comment.findUnique({ where: { id: targetId }, include: { author: { select: { name: true } } } });
    return c && { text: c.body, authorId: c.authorId, authorName: c.author.name, hidden: !!c.hiddenAt };
  }
  if (targetType === 'proposal') {
    const p = await db.proposal.findUnique({ where: { id: targetId }, include: { author: { select: { name: true } } } });
    return p && { text: `${p.title}\n${p.body}`, authorId: p.authorId, authorName: p.author.name, hidden: !!p.hiddenAt };
  }
  const a = await db.annotation.findUnique({ where: { id: targetId } });
  return a && { text: a.text, authorId: a.authorId, authorName: a.authorName, hidden: !!a.hiddenAt };
}
