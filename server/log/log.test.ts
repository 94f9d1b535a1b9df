import { afterEach, describe, expect, it, vi } from 'vitest';

import { captureConsole, jsonLogs, log, logLine, maskText } from './log';

const NOW = new Date('2026-11-26T08:00:00Z');

describe('the servers’ log', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('writes one JSON object per event with the room and the person, never a secret or an address', () => {
    const line = JSON.parse(
      logLine('warn', 'room demo: closed c1 for ana@example.org', { room: 'process:demo', userId: 'u1', password: 'hunter2', sessionToken: 'abc', email: 'ana@example.org', nested: { authorization: 'Bearer x' } }, NOW),
    );
    expect(line).toEqual({
      time: '2026-11-26T08:00:00.000Z',
      level: 'warn',
      msg: 'room demo: closed c1 for [email]',
      room: 'process:demo',
      userId: 'u1',
      password: '[redacted]',
      sessionToken: '[redacted]',
      email: '[redacted]',
      nested: { authorization: '[redacted]' },
    });
  });

  it('masks tokens in addresses and errors, keeping what helps to find the fault', () => {
    expect(maskText('GET /reset-password?token=s3cr3t&x=1 from bob@mail.example.com')).toBe('GET /reset-password?token=[redacted]&x=1 from [email]');
    expect(maskText('Authorization: Bearer eyJhbGciOi.abc-def')).toBe('Authorization: Bearer [redacted]');
    const line = JSON.parse(logLine('error', 'export stopped', { error: new TypeError('no row for carla@example.org') }, NOW));
    expect(line.error).toMatchObject({ name: 'TypeError', message: 'no row for [email]' });
    expect(line.error.stack).toContain('TypeError: no row for [email]');
  });

  it('is JSON in production and with LOG_FORMAT=json, text otherwise', () => {
    expect(jsonLogs({ NODE_ENV: 'production' })).toBe(true);
    expect(jsonLogs({ NODE_ENV: 'production', LOG_FORMAT: 'text' })).toBe(false);
    expect(jsonLogs({ NODE_ENV: 'development', LOG_FORMAT: 'json' })).toBe(true);
    expect(jsonLogs({ NODE_ENV: 'test' })).toBe(false);
  });

  it('turns what libraries print through the console into masked JSON lines', () => {
    vi.stubEnv('LOG_FORMAT', 'json');
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
    try {
      captureConsole();
      console.error('render failed for %s', 'dan@example.org', new Error('boom'));
      log.info('web server listening', { port: 3000 });
    } finally {
      Object.assign(console, saved);
    }
    const [error, info] = written.map((w) => JSON.parse(w));
    expect(error).toMatchObject({ level: 'error', msg: 'render failed for [email] boom', error: { name: 'Error', message: 'boom' } });
    expect(info).toMatchObject({ level: 'info', msg: 'web server listening', port: 3000 });
  });
});
