// The demo seed: demo accounts and the demo process with its layers. Safe to run again.
import { hashPassword } from '@/server/auth/password';
import { db } from '@/server/db';

import { DEMO_PASSWORD, demoAccounts } from './seed-data/demo-accounts';
import { demoLayerAttribution, demoLayers, demoLayerSource, demoProcess } from './seed-data/demo-process';

async function seedAccounts() {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = [];
  for (const account of demoAccounts) {
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
  for (const [position, layer] of demoLayers.entries()) {
    const data = {
      name: layer.name,
      description: layer.description,
      owner: layer.owner,
      sourceType: 'geojson',
      sourceUrl: demoLayerSource(layer.slug),
      style: JSON.stringify(layer.style),
      legend: JSON.stringify(layer.legend),
      attribution: demoLayerAttribution,
      illustrative: layer.illustrative ?? false,
      visibleByDefault: layer.visibleByDefault,
      position,
    };
    await db.layer.upsert({ where: { processId_slug: { processId: process.id, slug: layer.slug } }, update: data, create: { processId: process.id, slug: layer.slug, ...data } });
  }
  return process;
}

async function main() {
  const users = await seedAccounts();
  const admin = users.find((user) => user.role === 'admin')!;
  const process = await seedDemoProcess(admin.id);
  console.log(`seeded ${users.length} demo accounts and process "${process.slug}" with ${demoLayers.length} layers`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
