// The PMTiles basemaps installed in public/basemap/ (built by `npm run basemap`), read from each
// archive's own header and metadata. Read once, and again when the folder changes.
import fs from 'node:fs/promises';
import path from 'node:path';

import { PMTiles } from 'pmtiles';

import { installedNameSchema } from '@/lib/schemas/basemap';

import { NodeFileSource } from './node-file-source';

export type InstalledBasemap = {
  id: string;
  name: string;
  attribution: string;
  /** Public path of the archive. */
  archive: string;
  minZoom: number;
  maxZoom: number;
  bounds: [number, number, number, number];
};

export const BASEMAP_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'basemap');

let cached: { key: string; basemaps: InstalledBasemap[] } | null = null;

async function readArchive(folder: string, file: string): Promise<InstalledBasemap | null> {
  const id = file.slice(0, -'.pmtiles'.length);
  if (!installedNameSchema.safeParse(id).success) return null;
  const archive = new PMTiles(new NodeFileSource(path.join(/*turbopackIgnore: true*/ folder, file)));
  const [header, metadata] = await Promise.all([archive.getHeader(), archive.getMetadata() as Promise<{ name?: string; attribution?: string }>]);
  return {
    id,
    name: metadata.name ?? id,
    attribution: metadata.attribution ?? '',
    archive: `/basemap/${file}`,
    minZoom: header.minZoom,
    maxZoom: header.maxZoom,
    bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
  };
}

export async function installedBasemaps(folder = BASEMAP_FOLDER): Promise<InstalledBasemap[]> {
  const files = (await fs.readdir(/*turbopackIgnore: true*/ folder).catch(() => [] as string[])).filter((file) => file.endsWith('.pmtiles')).sort();
  const stats = await Promise.all(files.map((file) => fs.stat(path.join(/*turbopackIgnore: true*/ folder, file))));
  const key = `${folder}|${files.map((file, i) => `${file}:${stats[i].mtimeMs}:${stats[i].size}`).join(',')}`;
  if (cached?.key === key) return cached.basemaps;
  const basemaps = (await Promise.all(files.map((file) => readArchive(folder, file).catch(() => null)))).filter((b): b is InstalledBasemap => b !== null);
  cached = { key, basemaps };
  return basemaps;
}
