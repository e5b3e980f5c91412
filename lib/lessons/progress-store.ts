import { storage } from 'wxt/utils/storage';
import { emptyProgress, parseProgress, withDrillDone, type DrillId, type PracticeProgress } from './drills';

/** Where the practice page keeps which drills are done: ids only, never a draft. */
const progressItem = storage.defineItem<unknown>('local:practice', { fallback: emptyProgress, version: 1 });

export interface ProgressStore {
  load(): Promise<PracticeProgress>;
  markDone(id: DrillId): Promise<PracticeProgress>;
  clear(): Promise<PracticeProgress>;
}

export const practiceProgressStore: ProgressStore = {
  async load() {
    try {
      return parseProgress(await progressItem.getValue());
    } catch {
      return emptyProgress;
    }
  },
  async markDone(id) {
    const next = withDrillDone(await this.load(), id);
    await progressItem.setValue(next);
    return next;
  },
  async clear() {
    await progressItem.setValue(emptyProgress);
    return emptyProgress;
  },
};
