// The demo's districts and the remarks whose themes the review shows: an illustrative districts layer made
// from the OpenStreetMap extract (scripts/extract-districts.mjs), and comments in English, French, Dutch and
// German by residents who write in their own language, returning to trees, rain gardens, cycle lanes and floods.
import fs from 'node:fs';
import path from 'node:path';

import { hashPassword } from '@/server/auth/password';
import { db } from '@/server/db';
import { importLayerFile } from '@/server/domain/layers/import/import-layer-file';
import { createUploadedLayer, visibleArea } from '@/server/domain/layers/manage-layers';

import { DEMO_PASSWORD } from './demo-accounts';
import { demoLayerAttribution, demoProcess } from './demo-process';

const DISTRICTS_FILE = 'districts-illustrative.geojson';

const writers = [
  { email: 'camille@example.org', name: 'Camille Lefèvre', locale: 'fr' },
  { email: 'sanne@example.org', name: 'Sanne Jansen', locale: 'nl' },
  { email: 'lukas@example.org', name: 'Lukas Becker', locale: 'de' },
];

/** Each remark goes on the mark (or proposal) whose text contains `on`. */
const remarks: { on: string; by: string; body: string }[] = [
  { on: 'plane trees along this stretch', by: 'camille@example.org', body: 'Oui ! Des arbres le long de la rue donneraient enfin de l’ombre en été.' },
  { on: 'plane trees along this stretch', by: 'sanne@example.org', body: 'Meer bomen in de straat: schaduw voor de bushalte en koeler in de zomer.' },
  { on: 'plane trees along this stretch', by: 'lukas@example.org', body: 'Mehr Bäume bitte, im Sommer gibt es hier keinen Schatten.' },
  { on: 'plane trees along this stretch', by: 'tom@example.org', body: 'Street trees here would make the walk to the river bearable in July.' },
  { on: 'Depave this corner', by: 'camille@example.org', body: 'Un jardin de pluie ici, comme à Paris : l’eau de pluie reste dans le quartier.' },
  { on: 'Depave this corner', by: 'sanne@example.org', body: 'Een regentuin vangt het regenwater op, net als in Rotterdam.' },
  { on: 'Depave this corner', by: 'lukas@example.org', body: 'Ein Regengarten statt Asphalt: das Regenwasser versickert, die Straße wird kühler.' },
  { on: 'Depave this corner', by: 'priya@example.org', body: 'A rain garden would also help with the water on the pavement after storms.' },
  { on: 'car park into a pocket park', by: 'camille@example.org', body: 'Un jardin de pluie et des arbres au lieu des voitures, quelle bonne idée.' },
  { on: 'car park into a pocket park', by: 'sanne@example.org', body: 'Een regentuin en bomen: beter dan een parkeerplaats.' },
  { on: 'car park into a pocket park', by: 'aisha@example.org', body: 'Yes to a rain garden, and shade trees for the benches.' },
  { on: 'cycle route has no shade', by: 'sanne@example.org', body: 'Het fietspad is ook te smal voor bakfietsen en er zijn geen bomen.' },
  { on: 'cycle route has no shade', by: 'lukas@example.org', body: 'Der Radweg ist zu schmal und im Sommer ohne Schatten.' },
  { on: 'cycle route has no shade', by: 'camille@example.org', body: 'La piste cyclable est trop étroite et sans ombre.' },
  { on: 'cycle route has no shade', by: 'jan@example.org', body: 'A wider cycle lane with street trees on both sides, please.' },
  { on: 'The underpass floods', by: 'lukas@example.org', body: 'Bei Starkregen steht der Radweg unter Wasser, das ist gefährlich.' },
  { on: 'The underpass floods', by: 'sanne@example.org', body: 'Bij zware regen staat het fietspad onder water.' },
  { on: 'The underpass floods', by: 'camille@example.org', body: 'Après chaque orage, la piste cyclable est inondée.' },
  { on: 'Water pooled across the pavement', by: 'aisha@example.org', body: 'Same on my street: the drains flood after every heavy rain.' },
  { on: 'Plane trees along Fleet Street', by: 'lukas@example.org', body: 'Platanen spenden viel Schatten. Mehr Bäume in der Fleet Street!' },
  { on: 'Plane trees along Fleet Street', by: 'camille@example.org', body: 'Des platanes, de l’ombre et des bancs : oui pour les arbres.' },
  { on: 'A water square in Smithfield', by: 'sanne@example.org', body: 'Een waterplein zoals in Rotterdam: spelen als het droog is, regenwater opvangen als het regent.' },
  { on: 'A water square in Smithfield', by: 'lukas@example.org', body: 'Ein Wasserplatz wie in Rotterdam wäre toll für die Kinder.' },
];

async function seedDistrictsLayer(processId: string, adminId: string) {
  const existing = await db.layer.findUnique({ where: { processId_slug: { processId, slug: 'districts' } } });
  if (existing) return;
  const admin = { id: adminId, name: 'Admin', role: 'admin' as const, blocked: false, deleted: false, guestOf: null };
  const bytes = new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, 'layers', DISTRICTS_FILE)));
  const details = {
    name: 'Districts (illustrative)',
    description: 'Six areas for reading the review by place: the riverside and the northern half, each in three, split along Strand, Fleet Street, Ludgate Hill and Cheapside. Not official wards.',
    owner: 'City planning team',
    style: { color: '#6B4C9A', opacity: 0.08, outline: '#6B4C9A', width: 2 },
    legend: [{ label: 'District', color: '#6B4C9A' }],
    attribution: demoLayerAttribution,
    illustrative: true,
    visibleByDefault: false,
  };
  const layer = await createUploadedLayer(admin, demoProcess.slug, DISTRICTS_FILE, await importLayerFile(DISTRICTS_FILE, bytes, visibleArea(demoProcess.bounds)), details, 'districts');
  await db.layer.update({ where: { id: layer.id }, data: { districts: true } });
}

async function seedRemarks(processId: string) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map<string, string>();
  for (const writer of writers) {
    const user = await db.user.upsert({ where: { email: writer.email }, update: {}, create: { ...writer, role: 'citizen', passwordHash } });
    ids.set(writer.email, user.id);
  }
  if ((await db.comment.count({ where: { processId, authorId: { in: [...ids.values()] } } })) > 0) return 0;
  const authors = await db.user.findMany({ where: { email: { in: [...new Set(remarks.map((r) => r.by))] } }, select: { id: true, email: true } });
  const marks = await db.annotation.findMany({ where: { processId }, select: { id: true, text: true, createdAt: true } });
  const proposals = await db.proposal.findMany({ where: { processId }, select: { id: true, title: true, createdAt: true } });
  const data = remarks.flatMap((remark, i) => {
    const mark = marks.find((m) => m.text.includes(remark.on));
    const proposal = proposals.find((p) => p.title.includes(remark.on));
    const target = mark ? { targetType: 'annotation', targetId: mark.id, at: mark.createdAt } : proposal ? { targetType: 'proposal', targetId: proposal.id, at: proposal.createdAt } : null;
    const authorId = authors.find((a) => a.email === remark.by)?.id;
    if (!target || !authorId) return [];
    return [{ processId, targetType: target.targetType, targetId: target.targetId, authorId, body: remark.body, createdAt: new Date(target.at.getTime() + (i + 1) * 900_000) }];
  });
  await db.comment.createMany({ data });
  return data.length;
}

/** The districts layer and the multilingual remarks; safe to run again. */
export async function seedThemesAndDistricts(processId: string, adminId: string): Promise<number> {
  await seedDistrictsLayer(processId, adminId);
  return seedRemarks(processId);
}
