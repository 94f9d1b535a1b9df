// Every basemap a process can open with, for the process form's select and the admin page.
import { DEFAULT_BASEMAP, type BasemapChoice, type BasemapOption, type BasemapSource } from '@/lib/schemas/basemap';

import { installedBasemaps } from './installed-basemaps';
import { findRemoteBasemap, listRemoteBasemaps } from './remote-basemaps';

/** Installed basemaps first (the default one at the top), then the remote ones by name. */
export async function listBasemaps(): Promise<BasemapOption[]> {
  const [installed, remote] = await Promise.all([installedBasemaps(), listRemoteBasemaps()]);
  const ordered = [...installed].sort((a, b) => Number(b.id === DEFAULT_BASEMAP) - Number(a.id === DEFAULT_BASEMAP));
  return [
    ...ordered.map((basemap) => ({ id: basemap.id, name: basemap.name, kind: 'installed' as const, attribution: basemap.attribution })),
    ...remote.map(({ id, name, kind, attribution }) => ({ id, name, kind, attribution })),
  ];
}

/** Whether a process may be given this basemap id (the process form validates with it). */
export async function isKnownBasemap(id: string): Promise<boolean> {
  return (await basemapSourceOf(id)).id === id;
}

/** What the map draws for a process's basemap id; an unknown or removed one falls back to the default. */
export async function basemapSourceOf(id: string): Promise<BasemapSource> {
  const remote = await findRemoteBasemap(id);
  if (remote) return { id: remote.id, kind: remote.kind, url: remote.url, attribution: remote.attribution };
  const installed = await installedBasemaps();
  const found = installed.find((basemap) => basemap.id === id) ?? installed.find((basemap) => basemap.id === DEFAULT_BASEMAP) ?? installed[0];
  return found ? { id: found.id, kind: 'installed', archive: found.archive } : { id: DEFAULT_BASEMAP, kind: 'installed', archive: `/basemap/${DEFAULT_BASEMAP}.pmtiles` };
}

/** Every basemap of the select by id, with what the territory map draws and an installed archive's extent. */
export async function basemapChoices(): Promise<Record<string, BasemapChoice>> {
  const [installed, remote] = await Promise.all([installedBasemaps(), listRemoteBasemaps()]);
  return Object.fromEntries([
    ...installed.map((basemap) => [basemap.id, { source: { id: basemap.id, kind: 'installed' as const, archive: basemap.archive }, extent: basemap.bounds }]),
    ...remote.map((basemap) => [basemap.id, { source: { id: basemap.id, kind: basemap.kind, url: basemap.url, attribution: basemap.attribution }, extent: null }]),
  ]);
}
