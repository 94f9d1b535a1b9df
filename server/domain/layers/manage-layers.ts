// Admins and councillors add, change, order and remove a process's layers. Each change is one transaction:
// an upload becomes a layer and all its tiles, or nothing.
import { remoteTileSource, uploadTileSource } from '@/lib/map/remote-source';
import type { LayerDetails, LayerView } from '@/lib/schemas/layer';
import { layerPatchSchema, remoteLayerInputSchema } from '@/lib/schemas/layer';
import { decide } from '@/lib/policy/decide';
import { enforce, type Actor } from '@/server/auth/actor';
import { requireProcess } from '@/server/domain/processes/require-process';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { publishProcessEvent } from '@/server/domain/events/process-events';
import { toLayerView } from '@/server/domain/processes/process-view';
import { AppError, invalidInput } from '@/server/http/app-error';

import type { ImportedLayer } from './import/import-layer-file';

/** Largest file accepted for upload. */
export const LAYER_UPLOAD_MAX_BYTES = Number(process.env.CIVICTWIN_LAYER_UPLOAD_MB ?? 80) * 1024 * 1024;

const TILE_BATCH = 200;

export function slugOf(name: string): string {
  const base = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'layer';
  return `${base}-${crypto.randomUUID().slice(0, 6)}`;
}

/** The territory with a margin, so features near its edge are still drawn when panning to it: tiles are cut for this area. */
export function visibleArea([west, south, east, north]: [number, number, number, number]): [number, number, number, number] {
  const dx = (east - west) * 0.5;
  const dy = (north - south) * 0.5;
  return [west - dx, south - dy, east + dx, north + dy];
}

async function nextPosition(processId: string) {
  const last = await db.layer.findFirst({ where: { processId }, orderBy: { position: 'desc' }, select: { position: true } });
  return (last?.position ?? -1) + 1;
}

/** Records the change and tells the browsers watching the process that its layers changed. */
async function audit(actor: Actor, action: string, layer: { id: string; processId: string }, data: Record<string, unknown>) {
  await recordAudit({ actorId: actor.id, action, targetType: 'layer', targetId: layer.id, data });
  publishProcessEvent(layer.processId, { type: 'layers', targetType: 'layer', targetId: layer.id });
}

export type StoredUpload = { layerId: string; format: ImportedLayer['format']; featureCount: number; skipped: number; storedBytes: number };

/** Writes an imported file as a new layer with all its vector tiles, in one transaction. */
export async function insertUploadedLayer(processId: string, fileName: string, imported: ImportedLayer, details: LayerDetails, layerSlug: string): Promise<StoredUpload> {
  const { tiles } = imported;
  const storedBytes = tiles.reduce((sum, tile) => sum + tile.data.length, 0);
  const position = await nextPosition(processId);
  const layer = await db.$transaction(
    async (tx) => {
      const created = await tx.layer.create({
        data: {
          processId,
          slug: layerSlug,
          ...details,
          style: JSON.stringify(details.style),
          legend: JSON.stringify(details.legend),
          sourceType: 'upload',
          sourceUrl: '',
          fileName: fileName.slice(0, 200),
          featureCount: imported.featureCount,
          attributes: JSON.stringify(imported.attributes),
          storedBytes,
          position,
          areaCount: imported.areas.length,
        },
      });
      await tx.layerArea.createMany({ data: imported.areas.map(({ rings, ...area }) => ({ layerId: created.id, ...area, rings: JSON.stringify(rings) })) });
      for (let i = 0; i < tiles.length; i += TILE_BATCH) {
        await tx.layerTile.createMany({ data: tiles.slice(i, i + TILE_BATCH).map((tile) => ({ layerId: created.id, z: tile.z, x: tile.x, y: tile.y, data: Buffer.from(tile.data) })) });
      }
      const { sourceUrl, sourceLayer } = uploadTileSource(created.id);
      return tx.layer.update({ where: { id: created.id }, data: { sourceUrl, sourceLayer } });
    },
    { timeout: 120_000 },
  );
  return { layerId: layer.id, format: imported.format, featureCount: imported.featureCount, skipped: imported.skipped, storedBytes };
}

/** The stored upload as the browser sees it, once it is recorded and announced. */
export async function announceUploadedLayer(actor: Actor, fileName: string, stored: StoredUpload): Promise<LayerView & { storedBytes: number; skipped: number }> {
  const layer = await db.layer.findUniqueOrThrow({ where: { id: stored.layerId } });
  await audit(actor, 'layer.upload', layer, { fileName, format: stored.format, features: stored.featureCount, skipped: stored.skipped, storedBytes: stored.storedBytes });
  return { ...toLayerView(layer), storedBytes: stored.storedBytes, skipped: stored.skipped };
}

/** Imports already parsed data in this process (the seed); uploads go through a child process instead. */
export async function createUploadedLayer(actor: Actor, slug: string, fileName: string, imported: ImportedLayer, details: LayerDetails, layerSlug = slugOf(details.name)) {
  const process = await requireManagedProcess(actor, slug);
  return announceUploadedLayer(actor, fileName, await insertUploadedLayer(process.id, fileName, imported, details, layerSlug));
}

/** Registers a remote source; only browsers will ever fetch its URL. */
export async function createRemoteLayer(actor: Actor, slug: string, input: unknown): Promise<LayerView> {
  const parsed = remoteLayerInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { source, ...details } = parsed.data;
  const process = await requireManagedProcess(actor, slug);
  const { sourceUrl, sourceLayer } = remoteTileSource(source);
  const layer = await db.layer.create({
    data: {
      processId: process.id,
      slug: slugOf(details.name),
      ...details,
      style: JSON.stringify(details.style),
      legend: JSON.stringify(details.legend),
      sourceType: source.type,
      sourceUrl,
      sourceLayer,
      position: await nextPosition(process.id),
    },
  });
  await audit(actor, 'layer.register', layer, { source });
  return toLayerView(layer);
}

/** The process whose layers and scenarios the actor is about to change, if they may. */
export async function requireManagedProcess(actor: Actor, slug: string) {
  const process = await requireProcess(slug);
  enforce(decide(actor, 'layer.manage', { process }));
  return process;
}

async function requireLayer(actor: Actor, slug: string, layerId: string) {
  const process = await requireManagedProcess(actor, slug);
  const layer = await db.layer.findFirst({ where: { id: layerId, processId: process.id } });
  if (!layer) throw new AppError(404, 'layer_not_found', 'This process has no such layer.');
  return { process, layer };
}

/** Changes details or style, or moves the layer to another place in the list (the others shift). */
export async function updateLayer(actor: Actor, slug: string, layerId: string, input: unknown): Promise<LayerView> {
  const parsed = layerPatchSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { process, layer } = await requireLayer(actor, slug, layerId);
  const { position, style, legend, ...rest } = parsed.data;
  if (rest.districts && layer.areaCount === 0) throw new AppError(422, 'layer_no_areas', 'This layer cannot be the districts: it has no areas, or more than 200.');
  const updated = await db.$transaction(async (tx) => {
    // One districts layer per process: marking this one unmarks the others.
    if (rest.districts) await tx.layer.updateMany({ where: { processId: process.id, districts: true }, data: { districts: false } });
    if (position !== undefined) {
      const ids = (await tx.layer.findMany({ where: { processId: process.id }, orderBy: { position: 'asc' }, select: { id: true } })).map((l) => l.id).filter((id) => id !== layerId);
      ids.splice(Math.min(position, ids.length), 0, layerId);
      for (const [index, id] of ids.entries()) await tx.layer.update({ where: { id }, data: { position: index } });
    }
    return tx.layer.update({
      where: { id: layer.id },
      data: { ...rest, ...(style ? { style: JSON.stringify(style) } : {}), ...(legend ? { legend: JSON.stringify(legend) } : {}) },
    });
  });
  await audit(actor, 'layer.update', layer, parsed.data);
  return toLayerView(updated);
}

export async function deleteLayer(actor: Actor, slug: string, layerId: string): Promise<void> {
  const { layer } = await requireLayer(actor, slug, layerId);
  await db.layer.delete({ where: { id: layer.id } });
  await audit(actor, 'layer.delete', layer, { name: layer.name });
}
