// Presence is the heavy part of a big room: changes are gathered and sent as one message per
// batch window, so a crowd's cursors never hold back document updates.
export const AWARENESS_BATCH_MS = 150;

export class AwarenessBatcher {
  private readonly pending = new Set<number>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly flush: (clientIds: number[]) => void,
    private readonly windowMs = AWARENESS_BATCH_MS,
  ) {}

  changed(clientIds: Iterable<number>): void {
    for (const id of clientIds) this.pending.add(id);
    if (this.pending.size > 0) this.timer ??= setTimeout(() => this.send(), this.windowMs);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }

  private send(): void {
    this.timer = null;
    const clientIds = [...this.pending];
    this.pending.clear();
    if (clientIds.length > 0) this.flush(clientIds);
  }
}
