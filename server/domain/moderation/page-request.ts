import { invalidInput } from '@/server/http/app-error';

import { pageQuerySchema } from '../page-cursor';
import type { PageRequest } from './moderation-queue';

/** `limit` and `cursor` of a moderation list, from the request's query string. */
export function pageRequestOf(request: Request): PageRequest {
  const parsed = pageQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}
