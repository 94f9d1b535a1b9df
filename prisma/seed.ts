// The demo seed: demo accounts and the demo process with its layers. Safe to run again.
import fs from 'node:fs';
import path from 'node:path';

import * as Y from 'yjs';

import { addAnnotation, listAnnotations, newAnnotationId } from '@/lib/collab/annotation';
import { checkGeometry } from '@/lib/geo/geometry';
import { hashPassword } from '@/server/auth/password';
import { createPrismaSink } from '@/server/collab/projection';
import { roomOfProcess } from '@/server/collab/token';
import { db } from '@/server/db';
import { importLayerFile } from '@/server/domain/layers/import/import-layer-file';
import { createUploadedLayer, visibleArea } from '@/server/domain/layers/manage-layers';

import { DEMO_PASSWORD, demoAccounts } from './seed-data/demo-accounts';
import { demoAnnotations, demoParticipants, type DemoAnnotation } from './seed-data/demo-annotations';
import { seedAnswerLayers } from './seed-data/demo-outcomes';
import { demoProposals, fleetStreetDiscussion } from './seed-data/demo-participation';
import { demoLayerAttribution, demoLayers, demoProcess, demoScenarios } from './seed-data/demo-process';
import { seedProcessAdmin } from './seed-data/process-admin';
import { seedPeople } from './seed-data/people';
import { seedDotVotes } from './seed-data/live-votes';
import { seedLiechtenstein } from './seed-data/seed-liechtenstein';
import { seedThemesAndDistricts } from './seed-data/themes';
import { seedReviewDemo } from './seed-data/review';
import { seedMail } from './seed-data/mail';
import { seedLiveSessions } from './seed-data/live-sessions';
import { seedMailChoicesAndInvitations } from './seed-data/admin-lane';
import { seedFormattedDescriptions } from './seed-data/richtext';

async function seedAccounts() {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = [];
  for (const account of [...demoAccounts, ...demoParticipants.map((p) => ({ ...p, role: 'citizen' as const }))]) {
    users.push(
      await db.user.upsert({
        where: { email: account.email },
        update: { name: account.name, role: account.role },
        create: { ...account, passwordHash },
      }),
    );
  }
  return users;
}

/** The demo layers go through the same import as an upload; a layer already imported only gets its details refreshed. */
async function seedDemoLayers(processId: string, adminId: string) {
  const admin = { id: adminId, name: 'Admin', role: 'admin' as const, blocked: false, deleted: false, guestOf: null };
  const ids: Record<string, string> = {};
  for (const [position, layer] of demoLayers.entries()) {
    const details = {
      name: layer.name,
      description: layer.description,
      owner: layer.owner,
      style: layer.style,
      legend: layer.legend,
      attribution: demoLayerAttribution,
      illustrative: layer.illustrative ?? false,
      visibleByDefault: layer.visibleByDefault,
    };
    const existing = await db.layer.findUnique({ where: { processId_slug: { processId, slug: layer.slug } } });
    if (existing?.sourceType === 'upload') {
      await db.layer.update({ where: { id: existing.id }, data: { ...details, style: JSON.stringify(details.style), legend: JSON.stringify(details.legend), position } });
      ids[layer.slug] = existing.id;
      continue;
    }
    if (existing) await db.layer.delete({ where: { id: existing.id } });
    const bytes = new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, 'seed-data/layers', layer.file)));
    const created = await createUploadedLayer(admin, demoProcess.slug, layer.file, await importLayerFile(layer.file, bytes, visibleArea(demoProcess.bounds)), details, layer.slug);
    await db.layer.update({ where: { id: created.id }, data: { position } });
    ids[layer.slug] = created.id;
  }
  for (const [position, scenario] of demoScenarios.entries()) {
    if (await db.scenario.findFirst({ where: { processId, name: scenario.name } })) continue;
    await db.scenario.create({
      data: { processId, name: scenario.name, description: scenario.description, position, layers: { create: scenario.layers.map((slug) => ({ layerId: ids[slug] })) } },
    });
  }
  return ids;
}

async function seedDemoProcess(adminId: string) {
  const { slug, title, description, status, bounds, categories } = demoProcess;
  const fields = {
    title,
    description,
    status,
    boundsWest: bounds[0],
    boundsSouth: bounds[1],
    boundsEast: bounds[2],
    boundsNorth: bounds[3],
    categories: JSON.stringify(categories),
  };
  const process = await db.process.upsert({ where: { slug }, update: fields, create: { slug, ...fields, createdById: adminId } });
  await seedDemoLayers(process.id, adminId);
  return process;
}

/** Ids of the layer feature and scenario a demo mark refers to (a feature's id is its place in the layer's file). */
async function demoReferences(processId: string, seeded: DemoAnnotation) {
  const refs: { layerId?: string; featureId?: string; scenarioId?: string } = {};
  if (seeded.about) {
    const layer = await db.layer.findUniqueOrThrow({ where: { processId_slug: { processId, slug: seeded.about.layer } } });
    const file = demoLayers.find((l) => l.slug === seeded.about!.layer)!.file;
    const features = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'seed-data/layers', file), 'utf8')).features as { properties: { name?: string } }[];
    const index = features.findIndex((f) => f.properties.name === seeded.about!.feature);
    if (index < 0) throw new Error(`demo mark refers to a missing feature "${seeded.about.feature}"`);
    Object.assign(refs, { layerId: layer.id, featureId: String(index) });
  }
  if (seeded.scenario) refs.scenarioId = (await db.scenario.findFirstOrThrow({ where: { processId, name: seeded.scenario } })).id;
  return refs;
}

/** The shared map's first marks, stored as the room's snapshot; a room that already has data is left alone. */
async function seedSharedMap(processId: string, bounds: [number, number, number, number], users: { id: string; email: string | null; name: string }[]) {
  const room = roomOfProcess(processId);
  const [snapshot, updates] = await Promise.all([db.collabSnapshot.count({ where: { room } }), db.collabUpdate.count({ where: { room } })]);
  if (snapshot + updates > 0) return 0;
  const doc = new Y.Doc();
  const now = Date.now();
  for (const [index, seeded] of demoAnnotations.entries()) {
    const author = users.find((user) => user.email === seeded.author)!;
    if (!checkGeometry(seeded.geometry, bounds).ok) throw new Error(`demo mark ${index} lies outside the territory`);
    const createdAt = now - seeded.daysAgo * 86_400_000 - index * 600_000;
    addAnnotation(doc, { id: newAnnotationId(), kind: seeded.kind, geometry: seeded.geometry, category: seeded.category, text: seeded.text, authorId: author.id, authorName: author.name, createdAt, updatedAt: createdAt, ...(await demoReferences(processId, seeded)) });
  }
  await db.collabSnapshot.create({ data: { room, state: Buffer.from(Y.encodeStateAsUpdate(doc)), lastUpdateId: 0 } });
  await createPrismaSink(db).upsert(processId, listAnnotations(doc));
  return demoAnnotations.length;
}

/** Proposals with their comments, support and official answers; seeded once per process. */
async function seedParticipation(processId: string, users: { id: string; email: string | null }[]) {
  if ((await db.proposal.count({ where: { processId } })) > 0) return 0;
  const who = (email: string) => users.find((user) => user.email === email)!.id;
  const day = 86_400_000;
  for (const seeded of demoProposals) {
    const publishedAt = new Date(Date.now() - seeded.daysAgo * day);
    const proposal = await db.proposal.create({
      data: { processId, authorId: who(seeded.author), title: seeded.title, body: seeded.body, category: seeded.category, status: seeded.status, geometry: seeded.geometry ? JSON.stringify(seeded.geometry) : null, publishedAt, createdAt: publishedAt },
    });
    await db.proposalStatusChange.create({ data: { proposalId: proposal.id, fromStatus: null, toStatus: 'published', actorId: who(seeded.author), createdAt: publishedAt } });
    if (seeded.answer) {
      const answeredAt = new Date(publishedAt.getTime() + day);
      await db.proposalStatusChange.create({ data: { proposalId: proposal.id, fromStatus: 'published', toStatus: seeded.status, actorId: who(seeded.answer.by), reason: seeded.answer.body, createdAt: answeredAt } });
      await db.officialAnswer.create({ data: { proposalId: proposal.id, authorId: who(seeded.answer.by), body: seeded.answer.body, status: seeded.status, createdAt: answeredAt } });
    }
    for (const supporter of seeded.supporters) {
      await db.vote.create({ data: { processId, voterId: who(supporter), targetType: 'proposal', targetId: proposal.id, value: 1 } });
    }
    for (const [index, comment] of seeded.comments.entries()) {
      const at = new Date(publishedAt.getTime() + (index + 1) * 3_600_000);
      const parent = await db.comment.create({ data: { processId, targetType: 'proposal', targetId: proposal.id, authorId: who(comment.author), body: comment.body, createdAt: at } });
      for (const reply of comment.replies ?? []) {
        await db.comment.create({ data: { processId, targetType: 'proposal', targetId: proposal.id, parentId: parent.id, authorId: who(reply.author), body: reply.body, createdAt: new Date(at.getTime() + 1_800_000) } });
      }
    }
  }
  await seedLongDiscussion(processId, who);
  return demoProposals.length;
}

async function seedLongDiscussion(processId: string, who: (email: string) => string) {
  const { title, authors, remarks, rounds } = fleetStreetDiscussion;
  const proposal = await db.proposal.findFirstOrThrow({ where: { processId, title } });
  const start = proposal.publishedAt!.getTime() + 86_400_000;
  const data = Array.from({ length: remarks.length * rounds }, (_, i) => ({
    processId, targetType: 'proposal', targetId: proposal.id, authorId: who(authors[i % authors.length]), body: remarks[i % remarks.length], createdAt: new Date(start + i * 600_000),
  }));
  await db.comment.createMany({ data });
}

async function main() {
  const users = await seedAccounts();
  const admin = users.find((user) => user.role === 'admin')!;
  const process = await seedDemoProcess(admin.id);
  await seedProcessAdmin(admin.id);
  const marks = await seedSharedMap(process.id, demoProcess.bounds, users);
  const proposals = await seedParticipation(process.id, users);
  await seedThemesAndDistricts(process.id, admin.id);
  await seedReviewDemo(db, process.id);
  const invitation = await seedPeople(admin.id);
  if (invitation) console.log(`demo invitation link (councillor, works once): ${invitation}`);
  await seedAnswerLayers(db, process.id);
  await seedMailChoicesAndInvitations(users.map((user) => user.email!), admin.id);
  await seedMail(db);
  await seedLiveSessions(db, process.id);
  console.log(`seeded ${users.length} accounts, process "${process.slug}" with ${demoLayers.length} layers, ${marks} new marks and ${proposals} new proposals`);
  await seedLiechtenstein(users);
  await seedFormattedDescriptions(db);
  await seedDotVotes(db, process.id);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
