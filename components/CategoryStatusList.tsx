import { categoryIds, type CategoryId, type Report } from '@/lib/analysis/schema';
import type { Translate } from '@/lib/i18n/translate';

/** The five categories with their worst severity, in the fixed order of the design, and their points when given. */
export function CategoryStatusList({ categories, points, t }: { categories: Report['categories']; points?: Record<CategoryId, number>; t: Translate }) {
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
            {points && (
              <span className="category-points" data-pc="category-score" aria-label={t('score.pointsLabel', { points: points[category] })}>
                {t('score.points', { points: points[category] })}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
