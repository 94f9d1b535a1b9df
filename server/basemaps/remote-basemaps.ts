// Remote basemaps an admin registers (a MapLibre style or raster tiles served by someone else, e.g.
// a national geoportal) and removes. Stored only: browsers fetch them, the server never does.
import { decideInstallation } from '@/lib/policy/decide';
import { DEFAULT_BASEMAP, REMOTE_ID_PREFIX, remoteBasemapInputSchema, type RemoteBasemapKind } from '@/lib/schemas/basemap';
import { recordAudit } from '@/server/audit/record-audit';
import { enforce, type Actor } from '@/server/auth/actor';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';

import { forgetBasemapOrigins } from './basemap-origins';

export type RemoteBasemapView = { id: string; name: string; kind: RemoteBasemapKind; url: string; attribution: string; createdAt: string };

/** At most this many remote basemaps: the select and the CSP stay short. */
export const MAX_REMOTE_BASEMAPS = 50;

function toView(row: { id: string; name: string; kind: string; url: string; attribution: string; createdAt: Date }): RemoteBasemapView {
  return { id: `${REMOTE_ID_PREFIX}${row.id}`, name: row.name, kind: row.kind as RemoteBasemapKind, url: row.url, attribution: row.attribution, createdAt: row.createdAt.toISOString() };
}

export async function listRemoteBasemaps(): Promise<RemoteBasemapView[]> {
  const rows = await db.remoteBasemap.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], take: MAX_REMOTE_BASEMAPS });
  return rows.map(toView);
}

export async function findRemoteBasemap(id: string): Promise<RemoteBasemapView | null> {
  if (!id.startsWith(REMOTE_ID_PREFIX)) return null;
  const row = await db.remoteBasemap.findUnique({ where: { id: id.slice(REMOTE_ID_PREFIX.length) } });
  return row && toView(row);
}

export async function registerRemoteBasemap(actor: Actor, input: unknown): Promise<RemoteBasemapView> {
  enforce(decideInstallation(actor, 'basemap.manage'));
  const parsed = remoteBasemapInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  if ((await db.remoteBasemap.count()) >= MAX_REMOTE_BASEMAPS) throw new AppError(409, 'too_many_basemaps', `At most ${MAX_REMOTE_BASEMAPS} remote basemaps can be registered.`);
  const row = await db.remoteBasemap.create({ data: { ...parsed.data, createdById: actor.id } });
  forgetBasemapOrigins();
  await recordAudit({ actorId: actor.id, action: 'basemap.register', targetType: 'basemap', targetId: row.id, data: parsed.data });
  return toView(row);
}

/** Processes that used it open with the default basemap from then on. */
export async function removeRemoteBasemap(actor: Actor, id: string): Promise<void> {
  enforce(decideInstallation(actor, 'basemap.manage'));
  const found = await findRemoteBasemap(id);
  if (!found) throw new AppError(404, 'not_found', 'There is no such basemap.');
  const rowId = id.slice(REMOTE_ID_PREFIX.length);
  const moved = await db.$transaction(async (tx) => {
    await tx.remoteBasemap.delete({ where: { id: rowId } });
    return (await tx.process.updateMany({ where: { basemap: id }, data: { basemap: DEFAULT_BASEMAP } })).count;
  });
  forgetBasemapOrigins();
  await recordAudit({ actorId: actor.id, action: 'basemap.remove', targetType: 'basemap', targetId: rowId, data: { name: found.name, url: found.url, processesMoved: moved } });
}
