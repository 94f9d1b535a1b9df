/**
 * How often a simulated participant moves its cursor: `--presence-hz 0` means no cursors at all
 * (1000 / 0 is Infinity, which setInterval turns into 1 ms, a cursor every millisecond).
 */
export function presenceIntervalMs(hz: number): number | null {
  if (!Number.isFinite(hz) || hz < 0) throw new Error(`--presence-hz must be a number of cursor moves per second, 0 or more (got ${hz})`);
  return hz === 0 ? null : 1000 / hz;
}
