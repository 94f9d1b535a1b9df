// Percentiles and medians of the benchmarks' samples.

/** The p-th percentile (0–100) of an ascending array; NaN when it is empty. */
export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : Number.NaN);

export const ascending = (values: number[]) => [...values].sort((a, b) => a - b);
