import { decideInstallation } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import { checkTransition } from '@/lib/process/lifecycle';
import { createProcessSchema } from '@/lib/schemas/process-input';
import type { ProcessView } from '@/lib/schemas/process';
import { enforce } from '@/server/auth/actor';
import { db } from '@/server/db';
import { invalidInput } from '@/server/http/app-error';

import { assertBasemapKnown } from './check-basemap';
import { throwIfRefused } from './lifecycle-refusal';
import { processRowData } from './process-row-data';
import { toProcessView } from './process-view';
import { assertSlugFree } from './slug-free';

/** An admin creates a process: a draft unless they open it at once. */
export async function createProcess(subject: Viewer, input: unknown): Promise<ProcessView> {
  enforce(decideInstallation(subject, 'process.manage'));
  const parsed = createProcessSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const data = parsed.data;
  const status = data.status ?? 'draft';
  if (status !== 'draft') throwIfRefused(checkTransition('draft', status, { closesAt: data.closesAt ? new Date(data.closesAt) : null, now: new Date(), confirmed: !!data.confirm }));
  await assertSlugFree(data.slug);
  await assertBasemapKnown(data.basemap);
  const row = processRowData({ ...data, status });
  const created = await db.process.create({
    data: { ...row, slug: data.slug, title: data.title, description: row.description ?? '', boundsWest: data.bounds[0], boundsSouth: data.bounds[1], boundsEast: data.bounds[2], boundsNorth: data.bounds[3], createdById: subject!.id },
  });
  return toProcessView(created, [], []);
}
