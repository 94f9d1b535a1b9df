// Basemaps a process can open with: installed PMTiles archives (public/basemap/*.pmtiles) and
// remote styles an admin registered. A process stores the id of its basemap.
import { z } from '@/lib/zod';

import { wellFormedText } from '@/lib/schemas/text';

/** The basemap of processes that name none, or one that is gone (e.g. a removed remote style). */
export const DEFAULT_BASEMAP = 'london';

export const REMOTE_BASEMAP_KINDS = ['style', 'raster'] as const;
export type RemoteBasemapKind = (typeof REMOTE_BASEMAP_KINDS)[number];

const httpsUrl = wellFormedText()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      return new URL(value.replaceAll(/\{[^}]*\}/g, '0')).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'httpsOnly');

/** What an admin registers; the server stores it and never fetches it (browsers do). */
export const remoteBasemapInputSchema = z
  .object({
    name: wellFormedText().trim().min(1, 'nameRequired').max(80),
    kind: z.enum(REMOTE_BASEMAP_KINDS),
    url: httpsUrl,
    attribution: wellFormedText().trim().min(1, 'attributionRequired').max(300),
  })
  .refine((input) => input.kind !== 'raster' || ['{z}', '{x}', '{y}'].every((part) => input.url.includes(part)), { message: 'templateNeedsZxy', path: ['url'] });
export type RemoteBasemapInput = z.infer<typeof remoteBasemapInputSchema>;

/** One choice in a basemap select. */
export type BasemapOption = {
  id: string;
  name: string;
  kind: 'installed' | RemoteBasemapKind;
  attribution: string;
};

/** What the map needs to draw a process's basemap. */
export type BasemapSource =
  | { id: string; kind: 'installed'; /** path of the archive, served with range requests */ archive: string }
  | { id: string; kind: RemoteBasemapKind; url: string; attribution: string };

/** Installed basemaps are named by their archive's file name; remote ones get a prefixed id. */
export const REMOTE_ID_PREFIX = 'remote-';
export const installedNameSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** An installed basemap's source, known from its id alone (remote ones need the registry). */
export function installedSource(id: string): BasemapSource {
  const name = installedNameSchema.safeParse(id).success ? id : DEFAULT_BASEMAP;
  return { id: name, kind: 'installed', archive: `/basemap/${name}.pmtiles` };
}

/** What the admin's territory map needs for each basemap of the select: how to draw it, and where its tiles are. */
export type BasemapChoice = { source: BasemapSource; extent: [number, number, number, number] | null };
