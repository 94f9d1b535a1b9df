// Asks the web app for a ticket into the process's room on the collab server.
import { z } from '@/lib/zod';

const tokenSchema = z.object({ url: z.string(), room: z.string(), token: z.string(), readOnly: z.boolean().optional() });
export type CollabTicket = z.infer<typeof tokenSchema>;
/** `code` is the server's error code (`account_deleted`, `blocked`, …), or `offline`. */
export type TicketAnswer = { ok: true; ticket: CollabTicket } | { ok: false; status: number; code: string };

export async function fetchCollabTicket(slug: string): Promise<TicketAnswer> {
  let response: Response;
  try {
    response = await fetch(`/api/collab/token?process=${encodeURIComponent(slug)}`, { cache: 'no-store' });
  } catch {
    return { ok: false, status: 0, code: 'offline' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const parsed = tokenSchema.safeParse(body);
    return parsed.success ? { ok: true, ticket: parsed.data } : { ok: false, status: 500, code: 'internal' };
  }
  const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
  return { ok: false, status: response.status, code: typeof code === 'string' ? code : 'internal' };
}
