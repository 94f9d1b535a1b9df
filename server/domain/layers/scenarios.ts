// Scenarios of a process ("today", "plan 2035"): each a named set of its layers.
import { scenarioInputSchema, type ScenarioView } from '@/lib/schemas/layer';
import type { Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { publishProcessEvent } from '@/server/domain/events/process-events';
import { toScenarioView } from '@/server/domain/processes/process-view';
import { AppError, invalidInput } from '@/server/http/app-error';

import { requireManagedProcess } from './manage-layers';

async function checkedInput(processId: string, input: unknown) {
  const parsed = scenarioInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const layerIds = [...new Set(parsed.data.layerIds)];
  const found = await db.layer.count({ where: { processId, id: { in: layerIds } } });
  if (found !== layerIds.length) throw new AppError(400, 'invalid_input', 'A scenario can only hold layers of its own process.', { field: 'layerIds', problem: 'invalid' });
  return { ...parsed.data, layerIds };
}

async function audit(actor: Actor, action: string, scenario: { id: string; processId: string }, data: Record<string, unknown>) {
  await recordAudit({ actorId: actor.id, action, targetType: 'scenario', targetId: scenario.id, data });
  publishProcessEvent(scenario.processId, { type: 'layers', targetType: 'scenario', targetId: scenario.id });
}

export async function createScenario(actor: Actor, slug: string, input: unknown): Promise<ScenarioView> {
  const process = await requireManagedProcess(actor, slug);
  const { layerIds, ...data } = await checkedInput(process.id, input);
  const count = await db.scenario.count({ where: { processId: process.id } });
  const scenario = await db.scenario.create({
    data: { processId: process.id, ...data, position: count, layers: { create: layerIds.map((layerId) => ({ layerId })) } },
    include: { layers: true },
  });
  await audit(actor, 'scenario.create', scenario, { name: data.name, layerIds });
  return toScenarioView(scenario);
}

async function requireScenario(actor: Actor, slug: string, scenarioId: string) {
  const process = await requireManagedProcess(actor, slug);
  const scenario = await db.scenario.findFirst({ where: { id: scenarioId, processId: process.id } });
  if (!scenario) throw new AppError(404, 'scenario_not_found', 'This process has no such scenario.');
  return { process, scenario };
}

export async function updateScenario(actor: Actor, slug: string, scenarioId: string, input: unknown): Promise<ScenarioView> {
  const { process, scenario } = await requireScenario(actor, slug, scenarioId);
  const { layerIds, ...data } = await checkedInput(process.id, input);
  const updated = await db.$transaction(async (tx) => {
    await tx.scenarioLayer.deleteMany({ where: { scenarioId: scenario.id } });
    return tx.scenario.update({ where: { id: scenario.id }, data: { ...data, layers: { create: layerIds.map((layerId) => ({ layerId })) } }, include: { layers: true } });
  });
  await audit(actor, 'scenario.update', scenario, { name: data.name, layerIds });
  return toScenarioView(updated);
}

export async function deleteScenario(actor: Actor, slug: string, scenarioId: string): Promise<void> {
  const { scenario } = await requireScenario(actor, slug, scenarioId);
  await db.scenario.delete({ where: { id: scenario.id } });
  await audit(actor, 'scenario.delete', scenario, { name: scenario.name });
}
