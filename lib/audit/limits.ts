// The audit log's bounds, apart from its zod schema so that content scripts can use them without zod.

/** The log keeps at most this many decisions, the newest… */
export const MAX_AUDIT_ENTRIES = 1000;
/** …and none older than this. */
export const MAX_AUDIT_AGE_MS = 365 * 24 * 60 * 60 * 1000;
/** A reason for "Publish anyway" is a short note, not a second draft. */
export const MAX_REASON_LENGTH = 500;
