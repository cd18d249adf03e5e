import { Check, CircleAlert, Minus } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkCoverage } from '../../../shared/coverage';
import { useEditor } from '../store';

const ICONS = { covered: Check, lacking: CircleAlert, customerOnly: CircleAlert, unused: Minus } as const;

/** The 4P↔4C check: for each P in use, is its customer-side C thought through? */
export function CoverageBar() {
  const { t } = useTranslation();
  const elements = useEditor((s) => s.elements);
  const links = useEditor((s) => s.links);
  const report = useMemo(() => checkCoverage(Object.values(elements), Object.values(links)), [elements, links]);
  return (
    <section className="coverage" aria-label={t('canvas.coverage.label')}>
      <span className={`coverage__summary${report.balanced ? ' is-balanced' : ''}`}>
        {report.balanced ? t('canvas.coverage.balanced') : t('canvas.coverage.unbalanced')}
      </span>
      <ul>
        {report.pairs.map((pair) => {
          const Icon = ICONS[pair.status];
          return (
            <li key={pair.p} className={`coverage__pair is-${pair.status}`} title={t(`canvas.coverage.status.${pair.status}`)}>
              <Icon size={14} aria-hidden="true" />
              <span>
                {t(`kinds.${pair.p}`)} ↔ {t(`kinds.${pair.c}`)}
              </span>
              <span className="visually-hidden">{t(`canvas.coverage.status.${pair.status}`)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
