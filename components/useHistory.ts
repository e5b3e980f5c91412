import { useEffect, useState } from 'react';
import { loadHistory, watchHistory } from '@/lib/progress/store';
import type { History } from '@/lib/progress/schema';

/** The stored progress history, or null while it loads; it follows the background's writes. */
export function useHistory(): History | null {
  const [history, setHistory] = useState<History | null>(null);
  useEffect(() => {
    let active = true;
    void loadHistory().then((loaded) => active && setHistory(loaded));
    const stop = watchHistory((changed) => active && setHistory(changed));
    return () => {
      active = false;
      stop();
    };
  }, []);
  return history;
}
