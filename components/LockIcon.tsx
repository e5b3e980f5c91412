/** A padlock drawn inline (an emoji may have no glyph in the browser's fonts); the text beside it says what it means. */
export function LockIcon() {
  return (
    <svg className="lock-icon" aria-hidden="true" width="12" height="12" viewBox="0 0 16 16" fill="currentColor">
      <path d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H3.75A1.75 1.75 0 0 0 2 8.75v5.5C2 15.22 2.78 16 3.75 16h8.5A1.75 1.75 0 0 0 14 14.25v-5.5A1.75 1.75 0 0 0 12.25 7H11.5V4.5A3.5 3.5 0 0 0 8 1Zm2 6H6V4.5a2 2 0 1 1 4 0V7Z" />
    </svg>
  );
}
