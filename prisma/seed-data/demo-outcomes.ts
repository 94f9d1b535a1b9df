// The layers each demo answer was given with, so "You said, we did" and the report show the trail
// from a proposal to its answer on the right map (the other answers fall back to the default layers).
import type { PrismaClient } from '@/server/generated/prisma/client';

const ANSWER_LAYERS: Record<string, string[]> = {
  'Plane trees along Fleet Street': ['green-space', 'buildings'],
  'A water square in Smithfield': ['water', 'flood-risk'],
};

export async function seedAnswerLayers(db: PrismaClient, processId: string): Promise<void> {
  const layers = await db.layer.findMany({ where: { processId }, select: { id: true, slug: true } });
  const idOf = new Map(layers.map((l) => [l.slug, l.id]));
  for (const [title, slugs] of Object.entries(ANSWER_LAYERS)) {
    const layerIds = JSON.stringify(slugs.flatMap((slug) => idOf.get(slug) ?? []));
    await db.officialAnswer.updateMany({ where: { proposal: { processId, title }, layerIds: null }, data: { layerIds } });
  }
}
