import { categoryIconUrl } from '@/lib/process/category-icons';
import type { Category } from '@/lib/schemas/process';

/** A category's colour and symbol together (and its icon when it has one), so colour is never the only cue. */
export function CategorySymbol({ category }: { category: Pick<Category, 'color' | 'symbol'> & Partial<Pick<Category, 'icon'>> }) {
  return (
    <span className="category-symbol" style={{ background: category.color }} aria-hidden="true">
      {category.icon ? (
        // eslint-disable-next-line @next/next/no-img-element -- a tiny local SVG, no optimisation needed
        <img src={categoryIconUrl(category.icon)} alt="" width={14} height={14} />
      ) : (
        category.symbol
      )}
    </span>
  );
}
