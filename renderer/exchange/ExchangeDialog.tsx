import { CircleAlert, GitMerge } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { useFormat } from '../i18n/format';
import { Modal } from '../ui/Modal';
import { applyPreview, cancelJob } from './actions';
import type { ConflictView, ImportPreview, Person } from './describe';
import type { Refusal } from './jobs';
import { useExchange } from './store';

/** The modal steps of a job: the merge preview (Apply / Cancel), a refused file, a failure. */
export function ExchangeDialog() {
  const job = useExchange((s) => s.job);
  if (job?.phase === 'preview') return <PreviewDialog fileName={job.fileName} preview={job.preview} stale={job.stale} />;
  if (job?.phase === 'refused') return <RefusedDialog fileName={job.fileName} refusal={job.refusal} />;
  if (job?.phase === 'failed') return <FailedDialog message={job.message} detail={job.detail} />;
  return null;
}

function usePersonName() {
  const { t } = useTranslation();
  return (person: Person) => (person.role ? `${person.name} · ${t(`profile.role.${person.role}`)}` : person.name);
}

function PreviewDialog({ fileName, preview, stale }: { fileName: string; preview: ImportPreview; stale: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const format = useFormat();
  const personName = usePersonName();
  const title = preview.planTitle || t('canvas.node.untitled');
  const exported = Date.parse(preview.exportedAt);
  const date = Number.isNaN(exported) ? preview.exportedAt : format.dateTime(exported);
  return (
    <Modal title={t('exchange.preview.title', { title })} onClose={cancelJob} className="exchange-dialog exchange-preview">
      <p className="exchange-preview__source">
        <GitMerge size={16} aria-hidden="true" />
        <span>
          <strong>{t(`exchange.preview.kind.${preview.fileKind}`)}</strong> · <span className="exchange-file">{fileName}</span>
          <br />
          {preview.exportedBy
            ? t('exchange.preview.from', { name: preview.exportedBy.name, role: preview.exportedBy.role ? t(`profile.role.${preview.exportedBy.role}`) : '', date })
            : t('exchange.preview.fromTool', { date })}
        </span>
      </p>
      {stale && (
        <p className="exchange-note" role="status">
          {t('exchange.preview.stale')}
        </p>
      )}
      {preview.unchanged ? (
        <p className="exchange-preview__unchanged">{t('exchange.preview.unchanged')}</p>
      ) : (
        <div className="exchange-preview__body">
          <Counts preview={preview} />
          <Conflicts preview={preview} />
          {preview.newReviews.length > 0 && (
            <section aria-labelledby="exchange-new-reviews">
              <h3 id="exchange-new-reviews">{t('exchange.preview.newReviews')}</h3>
              <ul className="exchange-list">
                {preview.newReviews.map((r) => (
                  <li key={r.id}>{t('exchange.preview.review', { name: personName(r.by), element: r.element || t('canvas.node.untitled'), verdict: t(`review.verdict.${r.verdict}`) })}</li>
                ))}
                {preview.moreReviews > 0 && <li className="exchange-more">{t('exchange.preview.more', { count: preview.moreReviews })}</li>}
              </ul>
            </section>
          )}
          {preview.newComments.length > 0 && (
            <section aria-labelledby="exchange-new-comments">
              <h3 id="exchange-new-comments">{t('exchange.preview.newComments')}</h3>
              <ul className="exchange-list">
                {preview.newComments.map((c) => (
                  <li key={c.id}>
                    <span className="exchange-who">{personName(c.by)}</span>: {c.body}
                  </li>
                ))}
                {preview.moreComments > 0 && <li className="exchange-more">{t('exchange.preview.more', { count: preview.moreComments })}</li>}
              </ul>
            </section>
          )}
          <p className="exchange-preview__people">
            {preview.people.length > 0 && `${t('exchange.preview.people', { names: preview.people.map(personName).join(', ') })} `}
            {t('exchange.preview.newChanges', { count: preview.newChanges })}
          </p>
        </div>
      )}
      <div className="button-row modal-actions">
        {preview.unchanged ? (
          <button type="button" className="primary" onClick={() => void applyPreview(session)}>
            {t('common.actions.close')}
          </button>
        ) : (
          <>
            <button type="button" onClick={cancelJob}>
              {t('common.actions.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void applyPreview(session)}>
              {t('exchange.preview.apply')}
            </button>
          </>
        )}
      </div>
    </Modal>
  );
}

function Counts({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cell = (n: number) => (n > 0 ? format.number(n) : '–');
  return (
    <section aria-labelledby="exchange-changes">
      <h3 id="exchange-changes">{t('exchange.preview.changes')}</h3>
      {preview.counts.length === 0 ? (
        <p>{t('exchange.preview.noRecords')}</p>
      ) : (
        <table className="exchange-counts" aria-labelledby="exchange-changes">
          <thead>
            <tr>
              <th scope="col">{t('exchange.preview.columns.what')}</th>
              <th scope="col">{t('exchange.preview.columns.added')}</th>
              <th scope="col">{t('exchange.preview.columns.changed')}</th>
              <th scope="col">{t('exchange.preview.columns.deleted')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.counts.map((c) => (
              <tr key={c.type}>
                <th scope="row">{t(`exchange.preview.type.${c.type}`)}</th>
                <td>{cell(c.added)}</td>
                <td>{cell(c.changed)}</td>
                <td>{cell(c.deleted)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.planChanged && <p className="exchange-hint">{t('exchange.preview.planChanged')}</p>}
    </section>
  );
}

function Conflicts({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const count = preview.conflicts.length + preview.moreConflicts;
  return (
    <section aria-labelledby="exchange-conflicts" className={count > 0 ? 'exchange-conflicts exchange-conflicts--open' : 'exchange-conflicts'}>
      <h3 id="exchange-conflicts">{count > 0 ? t('exchange.preview.conflicts', { count }) : t('exchange.preview.noConflicts')}</h3>
      {count > 0 && <p className="exchange-hint">{t('exchange.preview.conflictsHint')}</p>}
      {count > 0 && (
        <ul className="exchange-list">
          {preview.conflicts.map((c) => (
            <ConflictItem key={c.id} conflict={c} />
          ))}
          {preview.moreConflicts > 0 && <li className="exchange-more">{t('exchange.preview.more', { count: preview.moreConflicts })}</li>}
        </ul>
      )}
      {preview.resolvedConflicts > 0 && <p className="exchange-hint">{t('exchange.preview.resolved', { count: preview.resolvedConflicts })}</p>}
    </section>
  );
}

function ConflictItem({ conflict }: { conflict: ConflictView }) {
  const { t } = useTranslation();
  const personName = usePersonName();
  const key = conflict.field.startsWith('fields.') ? conflict.field.slice('fields.'.length) : conflict.field;
  const field = t(`exchange.field.${key}`, { defaultValue: key });
  const heading =
    conflict.entity === 'plan'
      ? t('exchange.preview.conflictPlan', { field })
      : t('exchange.preview.conflict', { field, subject: conflict.subject || t('canvas.node.untitled') });
  const value = (text: string | null) => (text === null || text === '' ? <em>{t('exchange.preview.empty')}</em> : <q>{text}</q>);
  return (
    <li className="exchange-conflict">
      <span className="exchange-conflict__what">{heading}</span>
      <dl>
        <dt>{t('exchange.preview.shown')}</dt>
        <dd>
          {value(conflict.shown.value)} <span className="exchange-who">{t('exchange.preview.by', { name: personName(conflict.shown.by) })}</span>
        </dd>
        {conflict.kept.map((version, i) => (
          <div key={i}>
            <dt>{t('exchange.preview.kept')}</dt>
            <dd>
              {value(version.value)} <span className="exchange-who">{t('exchange.preview.by', { name: personName(version.by) })}</span>
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

function RefusedDialog({ fileName, refusal }: { fileName: string; refusal: Refusal }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('exchange.refused.title')} onClose={cancelJob} className="exchange-dialog">
      {fileName && <p className="exchange-dialog__file exchange-file">{fileName}</p>}
      <div role="alert" className="exchange-refusal">
        <CircleAlert size={20} aria-hidden="true" />
        <div>
          <p>{t(`exchange.refused.code.${refusal.code}`)}</p>
          <p>{t('exchange.refused.nothingChanged')}</p>
        </div>
      </div>
      <Details lines={[`${refusal.code}: ${refusal.detail}`]} />
      <div className="button-row modal-actions">
        <button type="button" className="primary" onClick={cancelJob}>
          {t('common.actions.close')}
        </button>
      </div>
    </Modal>
  );
}

function FailedDialog({ message, detail }: { message: string; detail: string }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('exchange.failed.title')} onClose={cancelJob} className="exchange-dialog">
      <div role="alert" className="exchange-refusal">
        <CircleAlert size={20} aria-hidden="true" />
        <p>{message}</p>
      </div>
      <Details lines={[detail]} />
      <div className="button-row modal-actions">
        <button type="button" className="primary" onClick={cancelJob}>
          {t('common.actions.close')}
        </button>
      </div>
    </Modal>
  );
}

function Details({ lines }: { lines: string[] }) {
  const { t } = useTranslation();
  const shown = lines.filter(Boolean);
  if (shown.length === 0) return null;
  return (
    <details className="exchange-details">
      <summary>{t('exchange.refused.details')}</summary>
      <pre>{shown.join('\n')}</pre>
    </details>
  );
}
