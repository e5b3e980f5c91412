/**
 * What a finding may show of a secret or a personal datum: enough to recognise it, too little to reuse it.
 * Findings travel to the overlay, the popup and logs, so they must never carry the value itself: at most
 * the first four characters, and fewer for short values (the start of "hunter2" is most of it).
 */
export function redact(value: string): string {
  const characters = Array.from(value);
  const shown = Math.max(1, Math.min(4, Math.floor(characters.length / 4)));
  return `${characters.slice(0, shown).join('')}…`;
}
