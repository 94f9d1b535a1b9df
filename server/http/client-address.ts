// The address a request came from, for rate limits. Next gives route handlers no socket and keeps a
// client's own X-Forwarded-For, so our web server (server/web/main.ts) decides with the socket in
// hand and stamps the answer on the request; X-Forwarded-For is believed only from TRUSTED_PROXY.
import { BlockList, isIP } from 'node:net';
import { log } from '@/server/log/log';

/** Set by our web server on every request, over whatever the client sent under that name. */
export const CLIENT_ADDRESS_HEADER = 'x-civictwin-client-address';
const STAMPED = Symbol.for('civictwin.client-address-stamped');

export type TrustedProxies = { check(address: string): boolean };

/** `TRUSTED_PROXY`: addresses and CIDR ranges separated by commas or spaces, e.g. `10.0.0.0/8, ::1`. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const [address, bits] = entry.split('/');
    const family = isIP(address);
    if (!family) throw new Error(`TRUSTED_PROXY: "${entry}" is not an address or a CIDR range.`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return { check: (address) => isIP(address) !== 0 && list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6') };
}

/** `::ffff:1.2.3.4` (IPv4 on a dual-stack socket) as `1.2.3.4`, so one client has one key. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped ? mapped[1] : trimmed).toLowerCase();
}

/**
 * The client's address: the socket's peer, unless the peer is a trusted proxy; then the
 * X-Forwarded-For chain is read from the right, skipping trusted proxies, and the first other
 * address is the client (entries further left were written by the client and prove nothing).
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  let client = normalizeAddress(socketAddress ?? '') || 'unknown';
  if (!trusted.check(client)) return client;
  const chain = [forwardedFor ?? []].flat().join(',').split(',').map(normalizeAddress).filter(Boolean);
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    if (!isIP(chain[index])) return client;
    client = chain[index];
    if (!trusted.check(client)) return client;
  }
  return client;
}

/**
 * The key rate limits count under: an IPv4 address, or an IPv6 address's /64, since one household
 * or server is handed a whole /64 and could otherwise take a new address for every try.
 */
export function rateLimitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const withoutV4 = address.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) => `${((+a << 8) | +b).toString(16)}:${((+c << 8) | +d).toString(16)}`);
  const [head, tail] = withoutV4.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups.slice(0, 4).map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`;
}

type NodeRequest = { socket: { remoteAddress?: string }; headers: Record<string, string | string[] | undefined> };

/** Called by our web server for each request before Next sees it. */
export function createAddressStamper(trusted: TrustedProxies) {
  (globalThis as Record<symbol, unknown>)[STAMPED] = true;
  return (request: NodeRequest) => {
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trusted);
  };
}

let warned = false;

/**
 * The address to count a request against (its rate-limit key). Under `next dev` or a bare `next start` nothing stamps
 * it; the last X-Forwarded-For entry is then the socket's only when the client sent none.
 */
export function clientAddress(request: { headers: Headers }): string {
  if ((globalThis as Record<symbol, unknown>)[STAMPED]) return rateLimitKey(request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown');
  if (!warned && process.env.NODE_ENV === 'production') {
    warned = true;
    log.warn('Rate limits read X-Forwarded-For because the app was not started with `npm start` (server/web/main.ts); any client can choose its address.');
  }
  const nearest = request.headers.get('x-forwarded-for')?.split(',').at(-1);
  return rateLimitKey(normalizeAddress(nearest ?? '') || 'unknown');
}
