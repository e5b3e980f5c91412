import { storage } from 'wxt/utils/storage';
import { dateKey } from './dates';
import { recordDraft } from './record';
import { emptyHistory, HISTORY_VERSION, parseHistory, type DraftEntry, type History } from './schema';

/** The history lives in one versioned item of `storage.local`, written only by the background. */
export const historyItem = storage.defineItem<unknown>('local:progress', { fallback: emptyHistory(), version: HISTORY_VERSION });

export async function loadHistory(): Promise<History> {
  try {
    return parseHistory(await historyItem.getValue());
  } catch {
    return emptyHistory();
  }
}

export function watchHistory(onChange: (history: History) => void): () => void {
  return historyItem.watch((value) => onChange(parseHistory(value)));
}

export interface HistoryStorage {
  load(): Promise<History>;
  save(history: History): Promise<void>;
}

export interface ProgressRecorder {
  /** Adds a draft's counts to today's history, unless the user turned the history off. */
  record(entry: DraftEntry): Promise<void>;
  clear(): Promise<void>;
}

/**
 * The background's writer. Writes run one after another, so two tabs leaving their drafts at the
 * same moment cannot overwrite each other's counts.
 */
export function createProgressRecorder({
  storage: { load, save } = { load: loadHistory, save: (history) => historyItem.setValue(history) },
  enabled,
  now = () => new Date(),
}: {
  storage?: HistoryStorage;
  /** The user's setting, read at each write: off means nothing is recorded. */
  enabled(): Promise<boolean>;
  now?: () => Date;
}): ProgressRecorder {
  let queue: Promise<unknown> = Promise.resolve();
  const serially = (task: () => Promise<void>): Promise<void> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    record: (entry) =>
      serially(async () => {
        if (!(await enabled())) return;
        await save(recordDraft(await load(), entry, dateKey(now())));
      }),
    clear: () => serially(() => save(emptyHistory())),
  };
}
