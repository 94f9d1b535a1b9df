// How each exported row is written: a CSV record (with a point to place it for marks and proposals)
// or a GeoJSON feature. Headers are column names for analysts, the same in every language.
import { csvLine, type CsvValue } from '@/lib/csv';
import { representativePoint } from '@/lib/geo/representative-point';

import type { CommentRow, MarkRow, ProposalRow } from './export-pages';

const place = (geometry: MarkRow['geometry'] | null): CsvValue[] => (geometry ? representativePoint(geometry) : [null, null]);

export const MARK_HEADER = ['id', 'kind', 'category', 'text', 'author', 'created_at', 'updated_at', 'supports', 'opposes', 'comments', 'layer', 'feature_id', 'scenario', 'longitude', 'latitude'];
export const markCsv = (m: MarkRow) =>
  csvLine([m.id, m.kind, m.category, m.text, m.author, m.createdAt, m.updatedAt, m.supports, m.opposes, m.comments, m.layer, m.featureId, m.scenario, ...place(m.geometry)]);

export const PROPOSAL_HEADER = ['id', 'title', 'body', 'category', 'status', 'author', 'published_at', 'supports', 'opposes', 'comments', 'answered_at', 'answer', 'longitude', 'latitude'];
export const proposalCsv = (p: ProposalRow) =>
  csvLine([p.id, p.title, p.body, p.category, p.status, p.author, p.publishedAt, p.supports, p.opposes, p.comments, p.answeredAt, p.answer, ...place(p.geometry)]);

export const COMMENT_HEADER = ['id', 'target_type', 'target_id', 'parent_id', 'author', 'body', 'created_at', 'edited_at', 'supports', 'opposes'];
export const commentCsv = (c: CommentRow) => csvLine([c.id, c.targetType, c.targetId, c.parentId, c.author, c.body, c.createdAt, c.editedAt, c.supports, c.opposes]);

/** A feature whose properties are the row without its geometry (a proposal without a place has none). */
export function feature<T extends { id: string; geometry: MarkRow['geometry'] | null }>({ geometry, ...properties }: T): string {
  return JSON.stringify({ type: 'Feature', id: properties.id, geometry, properties });
}
