// The name people know a dot-vote item by (a mark's text, a proposal's title, a feature's name), for
// every list of results: the projector, the console, the participant's overlay and the summary.
import type { DotItem } from './dot-round';

/** A long text is cut at a word so one row of a ranking stays one or two lines. */
const LABEL_MAX = 80;

export function shortLabel(text: string | null | undefined): string | null {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!flat) return null;
  if (flat.length <= LABEL_MAX) return flat;
  const cut = flat.slice(0, LABEL_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > LABEL_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** What the page knows now: the marks of the shared map (the newest text), proposals it has listed. */
export type LabelSources = { marks?: readonly { id: string; text: string }[]; proposals?: readonly { id: string; title: string }[] };

/**
 * The item's label: the page's current mark or proposal first, else the name the server kept in the
 * revealed snapshot (`label`), else null (the list then names the kind: "A mark").
 */
export function dotItemLabeller(sources: LabelSources = {}) {
  const marks = new Map((sources.marks ?? []).map((mark) => [mark.id, mark.text]));
  const proposals = new Map((sources.proposals ?? []).map((proposal) => [proposal.id, proposal.title]));
  return (item: DotItem & { label?: string | null }): string | null => {
    const known = item.itemType === 'mark' ? marks.get(item.itemId) : item.itemType === 'proposal' ? proposals.get(item.itemId) : undefined;
    return shortLabel(known) ?? shortLabel(item.label);
  };
}
