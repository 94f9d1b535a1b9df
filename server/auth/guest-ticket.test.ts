import { describe, expect, it } from 'vitest';

import { signCollabToken } from '@/server/collab/token';

import { signGuestTicket, verifyGuestTicket } from './guest-ticket';

const SECRET = 'a test secret that is long enough';

describe('guest tickets', () => {
  it('name the guest they were made for', async () => {
    expect(await verifyGuestTicket(await signGuestTicket('guest-1', SECRET), SECRET)).toBe('guest-1');
  });

  it('are refused when forged, made with another secret, or another kind of token', async () => {
    const ticket = await signGuestTicket('guest-1', SECRET);
    expect(await verifyGuestTicket(`${ticket.slice(0, -2)}xx`, SECRET)).toBeNull();
    expect(await verifyGuestTicket(ticket, 'another secret, just as long')).toBeNull();
    expect(await verifyGuestTicket(await signCollabToken({ sub: 'guest-1', name: 'G', role: 'guest', pid: 'p' }, 60, SECRET), SECRET)).toBeNull();
    expect(await verifyGuestTicket(undefined, SECRET)).toBeNull();
  });
});
