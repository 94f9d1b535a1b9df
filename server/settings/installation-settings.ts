// Reads and writes the installation settings (one row per key), logging every change.
import { decideAccountAdmin } from '@/lib/policy/decide';
import { DEFAULT_SETTINGS, installationSettingsSchema, type InstallationSettings } from '@/lib/schemas/installation-settings';
import { enforce, type Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { invalidInput } from '@/server/http/app-error';

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof InstallationSettings)[];

export async function readSettings(): Promise<InstallationSettings> {
  const rows = await db.installationSetting.findMany({ where: { key: { in: KEYS } } });
  const settings = { ...DEFAULT_SETTINGS };
  for (const row of rows) settings[row.key as keyof InstallationSettings] = row.value;
  return settings;
}

export async function updateSettings(actor: Actor, input: unknown): Promise<InstallationSettings> {
  enforce(decideAccountAdmin(actor));
  const parsed = installationSettingsSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  await db.$transaction(async (tx) => {
    for (const key of KEYS) await tx.installationSetting.upsert({ where: { key }, create: { key, value: parsed.data[key] }, update: { value: parsed.data[key] } });
    await recordAudit({ actorId: actor.id, action: 'settings.update', targetType: 'installation', targetId: 'settings', data: { keys: KEYS } }, tx);
  });
  return parsed.data;
}
