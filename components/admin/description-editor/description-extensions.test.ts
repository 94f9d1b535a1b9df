// The editor and the server's sanitiser agree: the editor's schema writes exactly the elements and
// attributes the description's vocabulary lists, and what it writes comes back from the sanitiser unchanged.
import { getSchema } from '@tiptap/core';
import { DOMSerializer, type DOMOutputSpec, type Schema } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';

import { DESCRIPTION_ATTRIBUTES, DESCRIPTION_TAGS, HEADING_LEVELS, withoutEmptyEnds } from '@/lib/process/description-format';
import { sanitizeDescription } from '@/server/domain/processes/sanitize-description';

import { descriptionExtensions } from './description-extensions';

const schema: Schema = getSchema(descriptionExtensions);

/** The element name and attribute names a schema part renders to (its toDOM spec). */
function rendered(spec: DOMOutputSpec | undefined): { tag: string; attributes: string[] } | null {
  if (!Array.isArray(spec)) return null;
  const [tag, attributes] = spec as unknown as [string, Record<string, unknown> | number | undefined];
  const named = attributes && typeof attributes === 'object' ? Object.entries(attributes).filter(([, value]) => value != null).map(([name]) => name) : [];
  return { tag, attributes: named };
}

function everythingTheSchemaWrites() {
  const out: { tag: string; attributes: string[] }[] = [];
  for (const type of Object.values(schema.nodes)) {
    const variants = type.name === 'heading' ? HEADING_LEVELS.map((level) => type.create({ level })) : [type.isText ? null : type.create()];
    for (const node of variants) if (node) out.push(...[rendered(type.spec.toDOM?.(node))].filter((found) => found !== null));
  }
  for (const type of Object.values(schema.marks)) {
    const found = rendered(type.spec.toDOM?.(type.create({ href: 'https://example.org/' }), false) as DOMOutputSpec);
    if (found) out.push(found);
  }
  return out;
}

/** Just enough of a DOM for ProseMirror's serialiser, written out as HTML the way a browser does. */
type FakeNode = { html(): string; appendChild(child: FakeNode): FakeNode; setAttribute(name: string, value: string): void; nodeType: number };
const escape = (text: string, quote = false) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, quote ? '&quot;' : '"').replace(/\u00a0/g, '&nbsp;');
function element(tag: string | null): FakeNode {
  const children: FakeNode[] = [];
  const attributes: [string, string][] = [];
  const VOID = new Set(['br']);
  return {
    nodeType: tag ? 1 : 11,
    appendChild: (child) => (children.push(child), child),
    setAttribute: (name, value) => void attributes.push([name, value]),
    html() {
      const inner = children.map((child) => child.html()).join('');
      if (!tag) return inner;
      const open = `<${tag}${attributes.map(([name, value]) => ` ${name}="${escape(value, true)}"`).join('')}>`;
      return VOID.has(tag) ? open : `${open}${inner}</${tag}>`;
    },
  };
}
const fakeDocument = {
  createElement: (tag: string) => element(tag),
  createDocumentFragment: () => element(null),
  createTextNode: (text: string): FakeNode => ({ nodeType: 3, html: () => escape(text), appendChild: () => { throw new Error('text'); }, setAttribute: () => undefined }),
};

function editorHtml(json: object): string {
  const fragment = DOMSerializer.fromSchema(schema).serializeFragment(schema.nodeFromJSON(json).content, { document: fakeDocument as unknown as Document });
  return (fragment as unknown as FakeNode).html();
}

const text = (value: string, marks: object[] = []) => ({ type: 'text', text: value, marks });
const link = { type: 'link', attrs: { href: 'https://example.org/plan?a=1&b="2"' } };

describe('the description editor and the sanitiser', () => {
  it('the editor writes exactly the elements and attributes the sanitiser keeps', () => {
    const written = everythingTheSchemaWrites();
    expect(new Set(written.map((found) => found.tag))).toEqual(new Set(DESCRIPTION_TAGS));
    for (const { tag, attributes } of written) expect(attributes, tag).toEqual(attributes.filter((name) => DESCRIPTION_ATTRIBUTES[tag as keyof typeof DESCRIPTION_ATTRIBUTES]?.includes(name)));
  });

  it('what the editor writes comes back from the sanitiser unchanged', () => {
    const html = editorHtml({
      type: 'doc',
      content: [
        ...HEADING_LEVELS.map((level) => ({ type: 'heading', attrs: { level }, content: [text(`Level ${level} <&>`)] })),
        { type: 'paragraph', content: [text('Say '), text('what', [{ type: 'bold' }]), text(' you ', [{ type: 'italic' }]), text('think', [{ type: 'bold' }, { type: 'italic' }]), { type: 'hardBreak' }, text('in the plan', [link])] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('one')] }] }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('two', [link, { type: 'bold' }])] }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('nested')] }] }] }] }] },
        { type: 'paragraph', content: [text('mail us', [{ type: 'link', attrs: { href: 'mailto:plan@city.example' } }])] },
      ],
    });
    expect(html).toContain('<h3>');
    expect(html).toContain('<a rel="noopener noreferrer nofollow" href="https://example.org/plan?a=1&amp;b=&quot;2&quot;">');
    expect(sanitizeDescription(html)).toBe(html);
  });

  it('neither keeps the empty paragraphs an editor leaves at either end', () => {
    const html = editorHtml({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'heading', attrs: { level: 2 }, content: [text('Why')] }, { type: 'paragraph' }, { type: 'paragraph' }] });
    expect(html).toBe('<p></p><h2>Why</h2><p></p><p></p>');
    expect(withoutEmptyEnds(html)).toBe('<h2>Why</h2>');
    expect(sanitizeDescription(html)).toBe('<h2>Why</h2>');
    expect(sanitizeDescription('<h2>Why</h2><p></p><p>Because</p>')).toBe('<h2>Why</h2><p></p><p>Because</p>');
  });
});
