// Test helper: which catalogue keys the client components under a route can ask for, read from the source.
// Walks the imports from a route file; a file is client code when it says 'use client' or a client file imports it.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXTENSIONS = ['.tsx', '.ts', '/index.tsx', '/index.ts'];

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  return EXTENSIONS.map((ext) => base + ext).find((file) => fs.existsSync(file)) ?? null;
}

function importsOf(file: string, source: string): string[] {
  const specifiers = [...source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);
  return specifiers.map((specifier) => resolveImport(file, specifier)).filter((resolved): resolved is string => resolved !== null);
}

/** The client files reachable from a route file (page, layout, error…). */
export function clientFilesFrom(entry: string): string[] {
  const seen = new Map<string, boolean>();
  const visit = (file: string, client: boolean) => {
    if (seen.get(file) === true || (seen.has(file) && !client)) return;
    const source = fs.readFileSync(file, 'utf8');
    const isClient = client || /^['"]use client['"]/m.test(source);
    seen.set(file, isClient);
    for (const imported of importsOf(file, source)) visit(imported, isClient);
  };
  visit(path.resolve(ROOT, entry), false);
  return [...seen].filter(([, client]) => client).map(([file]) => path.relative(ROOT, file));
}

function escape(name: string): string {
  return name.replace(/\$/g, '\\$');
}

/** The keys one translator variable is called with, under `namespace`; the whole namespace when it cannot tell. */
function keysOf(source: string, name: string, namespace: string): string[] {
  const within = (key: string) => (namespace && key ? `${namespace}.${key}` : namespace || key);
  const calls = [...source.matchAll(new RegExp(`(?<![\\w.$])${escape(name)}(?:\\.(?:has|rich|markup|raw))?\\(\\s*(['\`])([^'\`]*?)(\\$\\{|\\1)`, 'g'))];
  const keys = calls.map(([, , key, end]) => within(end === '${' ? key.slice(0, Math.max(0, key.lastIndexOf('.'))) : key));
  // Any other use (passed to a helper, called with a variable) may reach any key of the namespace.
  // (Not counted: a hook's dependency list, and `errorText(t, …)`, whose keys are read from error-text.ts.)
  const plain = source.replace(new RegExp(`\\[\\s*${escape(name)}\\s*\\]|errorText\\(\\s*${escape(name)}\\b`, 'g'), '');
  const uses = plain.match(new RegExp(`(?<![\\w.$'])${escape(name)}(?![\\w$:])`, 'g'))?.length ?? 0;
  const declarations = source.match(new RegExp(`(?:const|let)\\s+${escape(name)}\\b|\\b${escape(name)}\\s*:\\s*ErrorTranslator`, 'g'))?.length ?? 0;
  return uses - declarations > calls.length ? [...keys, namespace] : keys;
}

/**
 * The keys (or key prefixes, where the rest is computed) a client file translates, as full dotted paths:
 * the literal keys each translator (`const t = useTranslations('a.b')`, or the root one `errorText` receives)
 * is called with; its whole namespace when it is called with a computed key or handed to other code.
 * Components of one file each name their translator `t`: a call belongs to the declaration above it.
 */
export function keysUsedBy(file: string): string[] {
  const source = fs.readFileSync(path.resolve(ROOT, file), 'utf8');
  const declared = [
    ...[...source.matchAll(/(?:const|let)\s+([\w$]+)(?:\s*:\s*\w+)?\s*=\s*useTranslations\(\s*(?:'([^']*)')?\s*\)/g)].map((match) => ({ name: match[1], namespace: match[2] ?? '', at: match.index })),
    ...[...source.matchAll(/\b([\w$]+)\s*:\s*ErrorTranslator\b/g)].map((match) => ({ name: match[1], namespace: '', at: match.index })),
  ].sort((a, b) => a.at - b.at);
  return declared.flatMap((translator, i) => {
    const next = declared.slice(i + 1).find((other) => other.name === translator.name);
    const first = declared.findIndex((other) => other.name === translator.name) === i;
    return keysOf(source.slice(first ? 0 : translator.at, next?.at ?? source.length), translator.name, translator.namespace);
  });
}

/** Whether picking `namespaces` out of the catalogue keeps `key` (a key or a whole namespace). */
export function covers(namespaces: readonly string[], key: string): boolean {
  return namespaces.some((namespace) => key === namespace || key.startsWith(`${namespace}.`));
}
