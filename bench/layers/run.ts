// Layer import benchmark (npm run bench:layers [-- --mb 50 --spread 1 --pan-seconds 5 --runs 3]).
// Writes a large synthetic GeoJSON, imports it through the real upload path (parse, validate, cut into
// vector tiles, store in SQLite in one transaction) while measuring how long the event loop stalls,
// then pans a map in headless Chromium over our tiles and over the raw GeoJSON for comparison.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import { chromium } from '@playwright/test';
import { gunzipSync } from 'fflate';

import { prepareDatabase } from '@/server/collab/testing/harness';

import { writeSyntheticBuildings } from './synthetic-buildings';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const megabytes = Number(args.get('--mb') ?? 50);
const panSeconds = Number(args.get('--pan-seconds') ?? 5);
const runs = Number(args.get('--runs') ?? 3);
/** 1: every feature inside the territory (far denser than any real city); 4: over 4×4 the territory's size, about a real city's density. */
const spread = Number(args.get('--spread') ?? 1);
const territory = JSON.parse(fs.readFileSync('prisma/seed-data/demo-territory.json', 'utf8')).bounds as [number, number, number, number];

function spreadAround([west, south, east, north]: [number, number, number, number], factor: number): [number, number, number, number] {
  const [dx, dy] = [((east - west) * (factor - 1)) / 2, ((north - south) * (factor - 1)) / 2];
  return [west - dx, south - dy, east + dx, north + dy];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The longest time the event loop could not run a 10 ms timer: what other requests would wait. */
function watchEventLoop() {
  let worst = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  return () => {
    clearInterval(timer);
    return Math.max(worst, performance.now() - last - 10);
  };
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'civictwin-layers-bench-'));
  const file = path.join(work, 'buildings.geojson');
  const features = writeSyntheticBuildings(file, megabytes * 1024 * 1024, spreadAround(territory, spread));
  const fileBytes = fs.statSync(file).size;
  console.log(`synthetic file: ${features.toLocaleString('en')} building footprints over ${spread}×${spread} the territory, ${mb(fileBytes)}`);

  process.env.DATABASE_URL = prepareDatabase();
  const { db } = await import('@/server/db');
  const { importInChildProcess } = await import('@/server/domain/layers/import/import-in-child');
  const { announceUploadedLayer, visibleArea } = await import('@/server/domain/layers/manage-layers');
  const admin = await db.user.create({ data: { email: 'bench@example.org', name: 'Bench', role: 'admin', passwordHash: 'x' } });
  await db.process.create({
    data: { slug: 'bench', title: 'Bench', description: 'Layer benchmark', status: 'open', boundsWest: territory[0], boundsSouth: territory[1], boundsEast: territory[2], boundsNorth: territory[3], categories: '[]', createdById: admin.id },
  });

  const imports: { parse: number; store: number; total: number; stall: number; stored: number }[] = [];
  let layerId = '';
  for (let i = 0; i < runs; i++) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const stopWatching = watchEventLoop();
    const t0 = performance.now();
    // The path an upload takes: import and store in a child process, then announce it from the web process.
    const process_ = await db.process.findUniqueOrThrow({ where: { slug: 'bench' } });
    const stored = await importInChildProcess(bytes, { fileName: 'buildings.geojson', area: visibleArea(territory), processId: process_.id, layerSlug: `buildings-${i}`, details: {
      name: `Buildings ${i}`, description: '', owner: 'Bench', attribution: '', style: { color: '#cccccc', opacity: 1 }, legend: [], illustrative: false, visibleByDefault: true,
    } });
    const t1 = performance.now();
    const layer = await announceUploadedLayer({ id: admin.id, name: 'Bench', role: 'admin', blocked: false, deleted: false, guestOf: null }, 'buildings.geojson', stored);
    const t2 = performance.now();
    imports.push({ parse: t1 - t0, store: t2 - t1, total: t2 - t0, stall: stopWatching(), stored: layer.storedBytes });
    layerId = layer.id;
    console.log(`import ${i + 1}: parse, validate, tiles and store (child process) ${(t1 - t0).toFixed(0)} ms, then ${(t2 - t1).toFixed(0)} ms in the web process; its longest event-loop stall ${imports.at(-1)!.stall.toFixed(0)} ms`);
  }
  const tileCount = await db.layerTile.count({ where: { layerId } });
  const largest = await db.$queryRawUnsafe<{ size: number }[]>(`SELECT MAX(length(data)) AS size FROM LayerTile WHERE layerId = ?`, layerId);

  // A tiny server for the pan test: MapLibre, the page, our tiles from the database, and the raw file.
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(fs.readFileSync(path.join(import.meta.dirname, 'pan-page.html')));
    if (url.pathname.startsWith('/maplibre/')) {
      const name = path.basename(url.pathname);
      const type = name.endsWith('.css') ? 'text/css' : 'text/javascript';
      return response.writeHead(200, { 'content-type': type }).end(fs.readFileSync(path.join('node_modules/maplibre-gl/dist', name)));
    }
    if (url.pathname === '/data.geojson') return fs.createReadStream(file).pipe(response.writeHead(200, { 'content-type': 'application/geo+json' }));
    const match = url.pathname.match(/^\/tiles\/(\d+)\/(\d+)\/(\d+)$/);
    if (match) {
      const [z, x, y] = match.slice(1).map(Number);
      const tile = await db.layerTile.findUnique({ where: { layerId_z_x_y: { layerId, z, x, y } } });
      return tile ? response.writeHead(200, { 'content-type': 'application/vnd.mapbox-vector-tile' }).end(gunzipSync(tile.data)) : response.writeHead(204).end();
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  const pans: Record<string, { load: number[]; fps: number[]; p95: number[] }> = { tiles: { load: [], fps: [], p95: [] }, geojson: { load: [], fps: [], p95: [] } };
  for (let i = 0; i < runs; i++) {
    for (const mode of ['tiles', 'geojson'] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`http://localhost:${port}/?mode=${mode}`);
      const load = await page.evaluate(() => (window as unknown as { bench: { loaded: Promise<number> } }).bench.loaded);
      const pan = await page.evaluate((ms) => (window as unknown as { bench: { pan: (ms: number) => Promise<{ fps: number; p95FrameMs: number }> } }).bench.pan(ms), panSeconds * 1000);
      pans[mode].load.push(load);
      pans[mode].fps.push(pan.fps);
      pans[mode].p95.push(pan.p95FrameMs);
      console.log(`pan ${mode} run ${i + 1}: first full draw ${load.toFixed(0)} ms, ${pan.fps.toFixed(1)} frames/s, p95 frame ${pan.p95FrameMs.toFixed(0)} ms`);
      await page.close();
    }
  }
  await browser.close();
  server.close();
  await db.$disconnect();

  const imported = median(imports.map((r) => r.total));
  console.log('\nLayer import and panning (medians of %d runs; features spread over %d×%d the territory)', runs, spread, spread);
  console.log(`| file | features | import (child process / web process) | longest web-process stall | stored | tiles (largest) |`);
  console.log(`|---|---|---|---|---|---|`);
  console.log(
    `| ${mb(fileBytes)} GeoJSON | ${features.toLocaleString('en')} | ${(imported / 1000).toFixed(1)} s (${(median(imports.map((r) => r.parse)) / 1000).toFixed(1)} / ${(median(imports.map((r) => r.store)) / 1000).toFixed(1)} s) | ${median(imports.map((r) => r.stall)).toFixed(0)} ms | ${mb(imports[0].stored)} (${((imports[0].stored / fileBytes) * 100).toFixed(1)} % of the file) | ${tileCount} (${(Number(largest[0].size) / 1024).toFixed(0)} KB) |`,
  );
  console.log(`| map source | first full draw | frames/s while panning | p95 frame |`);
  console.log(`|---|---|---|---|`);
  for (const mode of ['tiles', 'geojson'] as const) {
    console.log(`| ${mode === 'tiles' ? 'our vector tiles' : 'the raw GeoJSON in the browser'} | ${(median(pans[mode].load) / 1000).toFixed(1)} s | ${median(pans[mode].fps).toFixed(1)} | ${median(pans[mode].p95).toFixed(0)} ms |`);
  }
  console.log(`first draw: raw GeoJSON takes ${(median(pans.geojson.load) / median(pans.tiles.load)).toFixed(1)}× as long as our tiles; panning frame rate ratio tiles/raw ${(median(pans.tiles.fps) / median(pans.geojson.fps)).toFixed(2)}`);
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
