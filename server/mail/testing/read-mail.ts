// Reads back what the mail transports wrote (tests and e2e): the decoded text part and the headers.
export function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

export function headerOf(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}

/** The first link to `path` in the mail's decoded body. */
export function linkIn(raw: string, path: string): string | null {
  const body = decodeQuotedPrintable(raw);
  const match = body.match(new RegExp(`https?://[^\\s"<>]*${path.replace(/[/]/g, '\\/')}[^\\s"<>]*`));
  return match ? match[0] : null;
}

/** A header with RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) decoded. */
export function decodedHeader(raw: string, name: string): string | null {
  const value = headerOf(raw, name);
  if (value === null) return null;
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}
