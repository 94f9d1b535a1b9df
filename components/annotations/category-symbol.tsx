import type { Category } from '@/lib/schemas/process';

/** A category's colour and symbol together, so colour is never the only cue. */
export function CategorySymbol({ category }: { category: Pick<Category, 'color' | 'symbol'> }) {
  return (
    <span className="category-symbol" style={{ background: category.color }} aria-hidden="true">
      {category.symbol}
    </span>
  );
}
