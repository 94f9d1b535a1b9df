// What one connection may still send: two token buckets (messages and bytes) refilled with time.
// A connection that runs out is sending faster than a person can; the room closes it.
import { COLLAB_LIMITS, type CollabLimits } from './limits';

type Bucket = { tokens: number; capacity: number; perSecond: number };

export class SendBudget {
  private readonly messages: Bucket;
  private readonly bytes: Bucket;
  private last: number;

  constructor(
    limits: Pick<CollabLimits, 'messagesPerSecond' | 'messageBurst' | 'bytesPerSecond' | 'byteBurst'> = COLLAB_LIMITS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.messages = { tokens: limits.messageBurst, capacity: limits.messageBurst, perSecond: limits.messagesPerSecond };
    this.bytes = { tokens: limits.byteBurst, capacity: limits.byteBurst, perSecond: limits.bytesPerSecond };
    this.last = now();
  }

  /** Spends one message of `size` bytes; the limit it breaks, or null. */
  spend(size: number): 'messages' | 'bytes' | null {
    const now = this.now();
    const seconds = (now - this.last) / 1000;
    this.last = now;
    for (const bucket of [this.messages, this.bytes]) bucket.tokens = Math.min(bucket.capacity, bucket.tokens + seconds * bucket.perSecond);
    this.messages.tokens -= 1;
    this.bytes.tokens -= size;
    if (this.messages.tokens < 0) return 'messages';
    if (this.bytes.tokens < 0) return 'bytes';
    return null;
  }
}
