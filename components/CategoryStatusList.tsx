import { categoryIds, type Report } from '@/lib/analysis/schema';
import type { Translate } from '@/lib/i18n/translate';

/** The five categories with their worst severity, in the fixed order of the design. */
export function CategoryStatusList({ categories, t }: { categories: Report['categories']; t: Translate }) {
  return (
    <ul className="category-list" data-pc="categories" aria-label={t('popup.categories')}>
      {categoryIds.map((category) => {
        const status = categories[category] ?? 'ok';
        return (
          <li key={category} data-category={category} data-status={status}>
            <span className="dot" data-status={status} aria-hidden="true" />
            <span className="category-name">{t(`category.${category}`)}</span>
            <span className="status-label" data-status={status}>
              {t(`severity.${status}`)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
