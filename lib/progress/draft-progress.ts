import type { Finding } from '../analysis/schema';
import { draftEntry, newDraftId } from './entry';
import type { DraftEntry } from './schema';

/**
 * The progress side of one compose box: it names the draft being written with a random id (a new one
 * each time the box is emptied, as after publishing) and sends its counts when asked, skipping a send
 * that would repeat the last one (the box left again without a change).
 */
export class DraftProgress {
  private draftId = newDraftId();
  private lastSent = '';

  constructor(private readonly send: (entry: DraftEntry) => void) {}

  /** The box now holds `text`: an empty box ends the draft, and the next text is a new one. */
  seen(text: string): void {
    if (text.trim()) return;
    this.draftId = newDraftId();
    this.lastSent = '';
  }

  record(findings: readonly Pick<Finding, 'ruleId' | 'category' | 'severity'>[], outcome: DraftEntry['outcome']): void {
    const entry = draftEntry(findings, this.draftId, outcome);
    const key = JSON.stringify(entry);
    if (key === this.lastSent) return;
    this.lastSent = key;
    this.send(entry);
  }
}
