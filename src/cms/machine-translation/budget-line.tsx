import { useI18n } from '../i18n/i18n.ts';
import type { Budget } from './types.ts';

/** This month's budget in one line, with a bar of what is used. */
export function BudgetLine({ budget }: { budget: Budget }) {
  const { t } = useI18n();
  if (budget.monthlyCharacters === 0) return <p className="hint">{t('mt.budget.none')}</p>;
  return (
    <p className="hint budget-line">
      <progress max={budget.monthlyCharacters} value={budget.usedThisMonth + budget.queued} />{' '}
      {t('mt.budget.line', {
        used: budget.usedThisMonth,
        monthly: budget.monthlyCharacters,
        queued: budget.queued,
        remaining: budget.remaining,
      })}
    </p>
  );
}
