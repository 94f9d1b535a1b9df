import type { Bounds, ProcessView } from '@/lib/schemas/process';
import { db } from '@/server/db';

import { layerSetOf } from './layer-set-cache';
import { toProcessView } from './process-view';

/** A process in any status, for the admin form; the admin layout has already checked who asks. */
export async function processForAdmin(slug: string): Promise<ProcessView | null> {
  const process = await db.process.findUnique({ where: { slug } });
  if (!process) return null;
  const { layers, scenarios } = await layerSetOf(process.id);
  return toProcessView(process, layers, scenarios);
}

/** Where the territory map opens for a new process: the latest process's territory, else the demo's. */
export async function defaultTerritory(): Promise<Bounds> {
  const latest = await db.process.findFirst({ orderBy: { createdAt: 'desc' }, select: { boundsWest: true, boundsSouth: true, boundsEast: true, boundsNorth: true } });
  return latest ? [latest.boundsWest, latest.boundsSouth, latest.boundsEast, latest.boundsNorth] : [-0.12, 51.5, -0.08, 51.53];
}
