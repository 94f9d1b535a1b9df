// How long personal data is kept, as the privacy page states it and the retention job enforces it.

/** A guest's display name is cleared this many days after their live session ended. */
export const GUEST_RETENTION_DAYS = 30;

const DAY_MS = 86_400_000;

/** Guests of sessions that ended before this moment lose their name now. */
export const guestCutoff = (now: Date) => new Date(now.getTime() - GUEST_RETENTION_DAYS * DAY_MS);

/** A mail that was delivered is deleted from the outbox (its copy of the text and address) this many days later. */
export const SENT_MAIL_RETENTION_DAYS = 30;

export const sentMailCutoff = (now: Date) => new Date(now.getTime() - SENT_MAIL_RETENTION_DAYS * DAY_MS);
