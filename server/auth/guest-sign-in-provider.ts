// next-auth's guest provider: whoever holds a fresh ticket from the join route is that guest.
import type { Role } from '@/lib/policy/roles';
import { db } from '@/server/db';

import { verifyGuestTicket } from './guest-ticket';

export async function guestForTicket(ticket: unknown): Promise<{ id: string; name: string; role: Role } | null> {
  const id = await verifyGuestTicket(ticket);
  if (!id) return null;
  const guest = await db.user.findUnique({ where: { id }, select: { id: true, name: true, role: true, deletedAt: true, guestSession: { select: { status: true } } } });
  if (!guest || guest.role !== 'guest' || guest.deletedAt || guest.guestSession?.status !== 'live') return null;
  return { id: guest.id, name: guest.name, role: 'guest' };
}
