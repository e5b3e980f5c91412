import type { Finding } from '../analysis/schema';
import { draftEntry, newDraftId } from './entry';
import type { DraftEntry } from './schema';

/**
 * The progress side of one compose box: it names the draft being written with a random id (a new one
 * each time the box is emptied, as after publishing) and sends its counts when asked. Sending the
 * same draft again is harmless: the background replaces its earlier counts.
 */
export class DraftProgress {
  private draftId = newDraftId();

  constructor(private readonly send: (entry: DraftEntry) => void) {}

  /** The box now holds `text`: an empty box ends the draft, and the next text is a new one. */
  seen(text: string): void {
    if (!text.trim()) this.draftId = newDraftId();
  }

  record(findings: readonly Pick<Finding, 'ruleId' | 'category' | 'severity'>[], outcome: DraftEntry['outcome']): void {
    this.send(draftEntry(findings, this.draftId, outcome));
  }
}
