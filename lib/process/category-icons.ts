// The icons a category may carry, shipped with the app (public/icons/categories/<name>.svg): drawn
// beside the category's colour and symbol, never fetched from another host.
export const CATEGORY_ICONS = ['pin', 'tree', 'bike', 'bus', 'walk', 'water', 'home', 'shop', 'warning', 'star', 'heart', 'question'] as const;
export type CategoryIcon = (typeof CATEGORY_ICONS)[number];

export const categoryIconUrl = (icon: CategoryIcon) => `/icons/categories/${icon}.svg`;
