import { useEffect, useState } from 'react';
import { findLesson } from '@/lib/lessons/registry';

/** The rule id in the page's address (`lessons.html#no-hard-sell`), following later changes; undefined when it names no lesson. */
export function useHashRule(): string | undefined {
  const read = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    return findLesson(id) ? id : undefined;
  };
  const [ruleId, setRuleId] = useState(read);
  useEffect(() => {
    const follow = () => setRuleId(read());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return ruleId;
}
