import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';

import { DESCRIPTION_TAGS } from '@/lib/process/description-format';
import { NAUGHTY_STRINGS } from '@/server/http/testing/hostile-strings';

import { sanitizeDescription } from './sanitize-description';

// Classic XSS vectors, beside the naughty-strings corpus (which holds its own script injections).
const VECTORS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="  javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="//evil.example/">x</a>',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<p style="background:url(javascript:alert(1))" onclick="x()">text</p>',
  '<h2 onmouseover="alert(1)">Heading</h2>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<object data="javascript:alert(1)"></object>',
  '<<a href="javascript:alert(1)">x</a>',
  '<a href="https://ok.example/" onclick="steal()">ok</a>',
];

type Found = { tags: string[]; attributes: string[]; hrefs: string[] };

function inspect(html: string): Found {
  const found: Found = { tags: [], attributes: [], hrefs: [] };
  const parser = new Parser({
    onopentag(name, attributes) {
      found.tags.push(name);
      for (const [key, value] of Object.entries(attributes)) {
        found.attributes.push(key);
        if (key === 'href') found.hrefs.push(value);
      }
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return found;
}

const ALLOWED_TAGS = new Set<string>(DESCRIPTION_TAGS);

describe('the description sanitiser', () => {
  it('keeps headings, lists, emphasis and web links', () => {
    const html = '<h2>Why</h2><p>Read <a href="https://example.org/plan">the plan</a> and <strong>say</strong> <em>so</em>.</p><ul><li>one</li></ul><ol><li>two</li></ol>';
    expect(sanitizeDescription(html)).toBe('<h2>Why</h2><p>Read <a rel="noopener noreferrer nofollow" href="https://example.org/plan">the plan</a> and <strong>say</strong> <em>so</em>.</p><ul><li>one</li></ul><ol><li>two</li></ol>');
    expect(sanitizeDescription('<a href="mailto:plan@city.example">mail us</a>')).toContain('href="mailto:plan@city.example"');
  });

  it('lets no script, event handler, style or non-web link through, for any string of the hostile corpus', () => {
    const corpus = [...VECTORS, ...NAUGHTY_STRINGS, ...NAUGHTY_STRINGS.map((s) => `<a href="${s}">x</a>`), ...NAUGHTY_STRINGS.map((s) => `<p title="${s}">${s}</p>`)];
    expect(corpus.length).toBeGreaterThan(1000);
    for (const input of corpus) {
      const output = sanitizeDescription(input);
      const { tags, attributes, hrefs } = inspect(output);
      expect(tags.filter((tag) => !ALLOWED_TAGS.has(tag)), input).toEqual([]);
      expect(attributes.filter((name) => name !== 'href' && name !== 'rel'), input).toEqual([]);
      for (const href of hrefs) expect(href, input).toMatch(/^(https?:\/\/|mailto:)/i);
      // Text that merely reads like code ("onfocus=javascript:…") is harmless once escaped: only markup matters.
      expect(output, input).not.toMatch(/<(script|style|iframe|svg|img|object|form)\b/i);
    }
  });

  it('keeps what pasted text means in the editor’s own elements, and drops the rest of Word’s markup', () => {
    const word = '<h1 class="MsoTitle">Plan</h1><h4>Detail</h4><p class="MsoNormal" style="margin:0"><b><span style="font-size:12pt">Bold</span></b> <i>tilted</i><o:p></o:p></p><blockquote>Quote</blockquote><table><tr><td>cell</td></tr></table>';
    expect(sanitizeDescription(word)).toBe('<h2>Plan</h2><h3>Detail</h3><p><strong>Bold</strong> <em>tilted</em></p>Quotecell');
  });

  it('is stable: cleaning clean text changes nothing', () => {
    for (const input of VECTORS) {
      const once = sanitizeDescription(input);
      expect(sanitizeDescription(once)).toBe(once);
    }
  });
});
