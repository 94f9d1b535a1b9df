// Stores a room's accepted changes in groups: while one group is being stored, the changes that
// arrive wait, and go together in the next write. Nothing is shared before its group is stored.
// When a write fails, that group and everything waiting behind it are dropped (the later changes
// were judged against a document holding the failed ones).

/** Changes per write: bounded, so a statement's parameters never grow with the room's traffic. */
export const MAX_GROUP = 50;

type Waiting<T> = { change: T; resolve(): void; reject(error: unknown): void };

export class GroupCommit<T> {
  private waiting: Waiting<T>[] = [];
  private storing: Promise<void> | null = null;
  private readonly idleWaiters: (() => void)[] = [];

  /**
   * `store` writes one group durably and shares it; it rejects only when nothing of the group was stored.
   * `dropped` hears every change a failed write took down with it, at once.
   */
  constructor(
    private readonly store: (group: T[]) => Promise<void>,
    private readonly dropped: (changes: T[], error: unknown) => void,
  ) {}

  /** Resolves once the change is stored and shared; rejects when it was dropped. */
  add(change: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ change, resolve, reject });
      this.next();
    });
  }

  /** Accepted changes not stored yet (being written or waiting). */
  get size(): number {
    return this.waiting.length + (this.storing ? 1 : 0);
  }

  /** Resolves when nothing is being written and nothing waits. */
  idle(): Promise<void> {
    if (!this.storing && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private next(): void {
    if (this.storing) return;
    if (this.waiting.length === 0) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
      return;
    }
    const group = this.waiting.splice(0, MAX_GROUP);
    this.storing = this.store(group.map((entry) => entry.change)).then(
      () => group.forEach((entry) => entry.resolve()),
      (error) => {
        const lost = [...group, ...this.waiting.splice(0)];
        this.dropped(lost.map((entry) => entry.change), error);
        lost.forEach((entry) => entry.reject(error));
      },
    );
    void this.storing.finally(() => {
      this.storing = null;
      this.next();
    });
  }
}
