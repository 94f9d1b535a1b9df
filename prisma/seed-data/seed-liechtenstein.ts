// Seeds the Liechtenstein process: the process on its own basemap, its layers (through the same
// import as an upload), the shared map's first marks and a few proposals. Safe to run again.
import fs from 'node:fs';
import path from 'node:path';

import * as Y from 'yjs';

import { addAnnotation, listAnnotations, newAnnotationId } from '@/lib/collab/annotation';
import { checkGeometry } from '@/lib/geo/geometry';
import { createPrismaSink } from '@/server/collab/projection';
import { roomOfProcess } from '@/server/collab/token';
import { db } from '@/server/db';
import { importLayerFile } from '@/server/domain/layers/import/import-layer-file';
import { createUploadedLayer, visibleArea } from '@/server/domain/layers/manage-layers';

import { liechtensteinAttribution, liechtensteinLayers, liechtensteinMarks, liechtensteinProcess, liechtensteinProposals } from './liechtenstein-process';

type Person = { id: string; email: string | null; name: string; role: string };

async function seedLayers(adminId: string) {
  const admin = { id: adminId, name: 'Admin', role: 'admin' as const, blocked: false, deleted: false, guestOf: null };
  const process = await db.process.findUniqueOrThrow({ where: { slug: liechtensteinProcess.slug } });
  for (const [position, layer] of liechtensteinLayers.entries()) {
    if (await db.layer.findUnique({ where: { processId_slug: { processId: process.id, slug: layer.slug } } })) continue;
    const bytes = new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, 'liechtenstein', layer.file)));
    const imported = await importLayerFile(layer.file, bytes, visibleArea(liechtensteinProcess.bounds));
    const details = { name: layer.name, description: layer.description, owner: layer.owner, style: layer.style, legend: layer.legend, attribution: liechtensteinAttribution, illustrative: layer.illustrative ?? false, visibleByDefault: layer.visibleByDefault };
    const created = await createUploadedLayer(admin, liechtensteinProcess.slug, layer.file, imported, details, layer.slug);
    await db.layer.update({ where: { id: created.id }, data: { position } });
  }
}

async function seedMarks(processId: string, who: (email: string) => Person) {
  const room = roomOfProcess(processId);
  if ((await db.collabSnapshot.count({ where: { room } })) + (await db.collabUpdate.count({ where: { room } })) > 0) return 0;
  const doc = new Y.Doc();
  const now = Date.now();
  for (const [index, mark] of liechtensteinMarks.entries()) {
    const author = who(mark.author);
    if (!checkGeometry(mark.geometry, liechtensteinProcess.bounds).ok) throw new Error(`Liechtenstein mark ${index} lies outside the territory`);
    const createdAt = now - mark.daysAgo * 86_400_000 - index * 600_000;
    addAnnotation(doc, { id: newAnnotationId(), kind: mark.kind, geometry: mark.geometry, category: mark.category, text: mark.text, authorId: author.id, authorName: author.name, createdAt, updatedAt: createdAt });
  }
  await db.collabSnapshot.create({ data: { room, state: Buffer.from(Y.encodeStateAsUpdate(doc)), lastUpdateId: 0 } });
  await createPrismaSink(db).upsert(processId, listAnnotations(doc));
  return liechtensteinMarks.length;
}

async function seedProposals(processId: string, who: (email: string) => Person) {
  if ((await db.proposal.count({ where: { processId } })) > 0) return 0;
  for (const seeded of liechtensteinProposals) {
    const publishedAt = new Date(Date.now() - seeded.daysAgo * 86_400_000);
    const authorId = who(seeded.author).id;
    const proposal = await db.proposal.create({ data: { processId, authorId, title: seeded.title, body: seeded.body, category: seeded.category, status: seeded.status, geometry: seeded.geometry ? JSON.stringify(seeded.geometry) : null, publishedAt, createdAt: publishedAt } });
    await db.proposalStatusChange.create({ data: { proposalId: proposal.id, fromStatus: null, toStatus: 'published', actorId: authorId, createdAt: publishedAt } });
    if (seeded.answer) {
      const answeredAt = new Date(publishedAt.getTime() + 86_400_000);
      const by = who(seeded.answer.by).id;
      await db.proposalStatusChange.create({ data: { proposalId: proposal.id, fromStatus: 'published', toStatus: seeded.status, actorId: by, reason: seeded.answer.body, createdAt: answeredAt } });
      await db.officialAnswer.create({ data: { proposalId: proposal.id, authorId: by, body: seeded.answer.body, status: seeded.status, createdAt: answeredAt } });
    }
    await db.vote.createMany({ data: seeded.supporters.map((email) => ({ processId, voterId: who(email).id, targetType: 'proposal', targetId: proposal.id, value: 1 })) });
    for (const [index, comment] of seeded.comments.entries()) {
      const at = new Date(publishedAt.getTime() + (index + 1) * 3_600_000);
      const parent = await db.comment.create({ data: { processId, targetType: 'proposal', targetId: proposal.id, authorId: who(comment.author).id, body: comment.body, createdAt: at } });
      for (const reply of comment.replies ?? []) {
        await db.comment.create({ data: { processId, targetType: 'proposal', targetId: proposal.id, parentId: parent.id, authorId: who(reply.author).id, body: reply.body, createdAt: new Date(at.getTime() + 1_800_000) } });
      }
    }
  }
  return liechtensteinProposals.length;
}

/** The Liechtenstein process with its layers, marks and proposals, by the demo's accounts. */
export async function seedLiechtenstein(users: Person[]) {
  const { slug, title, description, status, basemap, bounds, categories } = liechtensteinProcess;
  const admin = users.find((user) => user.role === 'admin')!;
  const who = (email: string) => users.find((user) => user.email === email) ?? admin;
  const fields = { title, description, status, basemap, boundsWest: bounds[0], boundsSouth: bounds[1], boundsEast: bounds[2], boundsNorth: bounds[3], categories: JSON.stringify(categories) };
  const process = await db.process.upsert({ where: { slug }, update: fields, create: { slug, ...fields, createdById: admin.id } });
  await seedLayers(admin.id);
  const marks = await seedMarks(process.id, who);
  const proposals = await seedProposals(process.id, who);
  console.log(`seeded process "${slug}" (basemap ${basemap}) with ${liechtensteinLayers.length} layers, ${marks} new marks and ${proposals} new proposals`);
}
