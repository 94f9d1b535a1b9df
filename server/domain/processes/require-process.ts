import type { ProcessView } from '@/lib/schemas/process';
import { AppError } from '@/server/http/app-error';

import { getPublicProcess } from './get-process';

export async function requireProcess(slug: string): Promise<ProcessView> {
  const process = await getPublicProcess(slug);
  if (!process) throw new AppError(404, 'process_not_found', `There is no planning process called "${slug.slice(0, 64)}".`);
  return process;
}
