import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { VERDICTS } from '../../shared/model/review';
import { displayAccelerator } from '../commands/keyboard';

function Keys({ keys }: { keys: string[] }) {
  return (
    <span className="rm-keys__keys">
      {keys.map((key, i) => (
        <Fragment key={key}>
          {i > 0 && <span aria-hidden="true">/</span>}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

/** The keys of review mode, always in view: a rep on a train has no manual. (PageDown/PageUp also step.) */
export function KeyLegend({ canReview }: { canReview: boolean }) {
  const { t } = useTranslation();
  return (
    <footer className="rm-keys" aria-label={t('reviewMode.keys.label')}>
      <ul>
        <li>
          <Keys keys={['J', displayAccelerator('Alt+↓')]} /> {t('reviewMode.keys.next')}
        </li>
        <li>
          <Keys keys={['K', displayAccelerator('Alt+↑')]} /> {t('reviewMode.keys.previous')}
        </li>
        <li>
          <Keys keys={['N']} /> {t('reviewMode.keys.nextUnreviewed')}
        </li>
        {canReview && (
          <li className="rm-keys__verdicts">
            {t('reviewMode.keys.verdict')}:
            {VERDICTS.map((verdict, i) => (
              <span key={verdict}>
                <kbd>{i + 1}</kbd> {t(`review.verdict.${verdict}`)}
              </span>
            ))}
          </li>
        )}
        {canReview && (
          <li>
            <Keys keys={[displayAccelerator('CmdOrCtrl+Enter')]} /> {t('reviewMode.keys.save')}
          </li>
        )}
        <li>
          <Keys keys={['Esc']} /> {t('reviewMode.keys.back')}
        </li>
      </ul>
    </footer>
  );
}
