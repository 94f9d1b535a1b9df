// The servers' log: one line per event. In production (or with LOG_FORMAT=json) each line is a JSON
// object — time, level, msg and fields such as room and userId — for a log collector; otherwise plain
// text for a developer's terminal. Whatever could carry a secret or an address is never written:
// fields named like one are dropped to "[redacted]", e-mail addresses and tokens inside text are masked.
import { format as formatText } from 'node:util';

export type Level = 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

const SECRET_KEY = /pass(word)?|token|secret|cookie|authorization|e-?mail|smtp/i;
const EMAIL = /[^\s@"'<>()[\]]+@[^\s@"'<>()[\]]+\.[a-z]{2,}/gi;
const TOKEN_IN_URL = /([?&](?:token|code|ticket|callbackUrl|next)=)[^&\s"']+/gi;
const BEARER = /(bearer\s+)[\w.~+/-]+=*/gi;

export function maskText(text: string): string {
  return text.replace(EMAIL, '[email]').replace(TOKEN_IN_URL, '$1[redacted]').replace(BEARER, '$1[redacted]');
}

function clean(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskText(value);
  if (value instanceof Error) return { name: value.name, message: maskText(value.message), stack: value.stack ? maskText(value.stack) : undefined };
  if (value === null || typeof value !== 'object') return value;
  if (depth > 4) return '[nested]';
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => clean(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? '[redacted]' : clean(item, depth + 1)]));
}

export function jsonLogs(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.LOG_FORMAT) return env.LOG_FORMAT === 'json';
  return env.NODE_ENV === 'production';
}

/** The line written for one event, or null for nothing (text mode writes through the console). */
export function logLine(level: Level, message: string, fields: LogFields = {}, now = new Date()): string {
  return JSON.stringify({ time: now.toISOString(), level, msg: maskText(message), ...(clean(fields) as LogFields) });
}

const write = { info: (line: string) => process.stdout.write(line + '\n'), warn: (line: string) => process.stderr.write(line + '\n'), error: (line: string) => process.stderr.write(line + '\n') };

function emit(level: Level, message: string, fields?: LogFields): void {
  if (jsonLogs()) {
    write[level](logLine(level, message, fields));
    return;
  }
  const extra = fields && Object.keys(fields).length > 0 ? clean(fields) : undefined;
  const print = level === 'info' ? console.log : level === 'warn' ? console.warn : console.error;
  print(maskText(message), ...(extra === undefined ? [] : [extra]));
}

export const log = {
  info: (message: string, fields?: LogFields) => emit('info', message, fields),
  warn: (message: string, fields?: LogFields) => emit('warn', message, fields),
  error: (message: string, fields?: LogFields) => emit('error', message, fields),
};

/**
 * In JSON mode, what libraries (Next, Prisma) print through the console becomes log lines too, so a
 * collector reads one format and nothing they print escapes the masking.
 */
export function captureConsole(): void {
  if (!jsonLogs()) return;
  const as = (level: Level) => (...args: unknown[]) => {
    const error = args.find((arg): arg is Error => arg instanceof Error);
    const text = formatText(...args.map((arg) => (arg instanceof Error ? arg.message : arg)));
    write[level](logLine(level, text, error ? { error } : {}));
  };
  console.log = as('info');
  console.info = as('info');
  console.warn = as('warn');
  console.error = as('error');
}
