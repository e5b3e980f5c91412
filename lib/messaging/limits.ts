/** Drafts longer than this are refused: no social platform takes more, and it bounds the work per keystroke. */
export const MAX_DRAFT_LENGTH = 200_000;
