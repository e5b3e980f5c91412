import type { Translate } from '@/lib/i18n/translate';

const pages = [
  { path: '/lessons.html', key: 'learning.lessons', pc: 'open-lessons' },
  { path: '/practice.html', key: 'learning.practice', pc: 'open-practice' },
  { path: '/onboarding.html', key: 'learning.onboarding', pc: 'open-onboarding' },
  { path: '/options.html', key: 'learning.options', pc: 'open-options' },
] as const;

type PagePath = (typeof pages)[number]['path'];

/** Links between the extension's own pages, except the one showing. */
export function LearningLinks({ current, t }: { current?: PagePath; t: Translate }) {
  return (
    <nav className="learning-links" aria-label="Post Coach">
      <ul>
        {pages
          .filter(({ path }) => path !== current)
          .map(({ path, key, pc }) => (
            <li key={path}>
              <a href={path} data-pc={pc}>
                {t(key)}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
