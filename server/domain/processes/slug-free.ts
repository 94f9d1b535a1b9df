import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

/** Refuses a slug another process has (`except`: the process being renamed). */
export async function assertSlugFree(slug: string, except?: string): Promise<void> {
  const other = await db.process.findUnique({ where: { slug }, select: { id: true } });
  if (other && other.id !== except) throw new AppError(409, 'slug_taken', `Another process already has the address "${slug}".`, { field: 'slug' });
}
