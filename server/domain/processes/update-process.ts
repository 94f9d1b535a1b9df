import { decideInstallation, type ProcessStatus } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import { checkTransition } from '@/lib/process/lifecycle';
import { updateProcessSchema } from '@/lib/schemas/process-input';
import type { ProcessView } from '@/lib/schemas/process';
import { enforce } from '@/server/auth/actor';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';
import { signalCollabWatch } from '@/server/signals/collab-watch-signal';

import { assertBasemapKnown } from './check-basemap';
import { throwIfRefused } from './lifecycle-refusal';
import { layerSetOf } from './layer-set-cache';
import { processRowData } from './process-row-data';
import { toProcessView } from './process-view';
import { assertSlugFree } from './slug-free';

/**
 * An admin changes a process. A new status must follow the lifecycle; the collab server sees the
 * row's new status and bounds within its watch interval and stops edits in open rooms.
 */
export async function updateProcess(subject: Viewer, slug: string, input: unknown): Promise<ProcessView> {
  enforce(decideInstallation(subject, 'process.manage'));
  const parsed = updateProcessSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const data = parsed.data;
  const current = await db.process.findUnique({ where: { slug } });
  if (!current) throw new AppError(404, 'process_not_found', `There is no planning process called "${slug.slice(0, 64)}".`);
  const closesAt = data.closesAt === undefined ? current.closesAt : data.closesAt ? new Date(data.closesAt) : null;
  const opensAt = data.opensAt === undefined ? current.opensAt : data.opensAt ? new Date(data.opensAt) : null;
  if (opensAt && closesAt && opensAt >= closesAt) throw new AppError(400, 'invalid_input', 'The closing date must come after the opening date.', { field: 'closesAt', problem: 'not_after_opening' });
  if (data.status) throwIfRefused(checkTransition(current.status as ProcessStatus, data.status, { closesAt, now: new Date(), confirmed: !!data.confirm }));
  if (data.slug && data.slug !== current.slug) await assertSlugFree(data.slug, current.id);
  await assertBasemapKnown(data.basemap);
  const updated = await db.process.update({ where: { id: current.id }, data: processRowData(data) });
  signalCollabWatch({ processId: updated.id });
  const { layers, scenarios } = await layerSetOf(updated.id);
  return toProcessView(updated, layers, scenarios);
}
