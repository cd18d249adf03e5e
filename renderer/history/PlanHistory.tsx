import { useReactFlow } from '@xyflow/react';
import { X } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANGE_KINDS, hlcTime, type ChangeKind } from '../../shared/history/entries';
import { authorsOf, filterEntries } from '../../shared/history/filter';
import { can } from '../../shared/model/profile';
import { selectOnly } from '../canvas/store';
import { useFormat } from '../i18n/format';
import { useProfile } from '../profile/store';
import { useDescriber } from './describe';
import { EntryList } from './HistoryEntries';
import { closeHistoryPanel, useHistoryPanel } from './panel';
import { useHistory, useSinceLastReview } from './store';
import './history.css';

const PAGE = 100;

/** The plan history side panel, shown beside the canvas while the toolbar's history button is pressed. */
export function PlanHistoryPanel() {
  const open = useHistoryPanel((s) => s.open);
  // Leaving the editor closes it: the next plan opens without it.
  useEffect(() => () => useHistoryPanel.setState({ open: false, since: false }), []);
  return open ? <PlanHistory /> : null;
}

function PlanHistory() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const flow = useReactFlow();
  const { ready, history } = useHistory();
  const describer = useDescriber(history);
  const since = useSinceLastReview();
  const sinceOn = useHistoryPanel((s) => s.since) && since.reviewedAt !== null;
  const role = useProfile((s) => s.profile?.role);
  const [author, setAuthor] = useState<string | null>(null);
  const [elementId, setElementId] = useState<string | null>(null);
  const [kind, setKind] = useState<ChangeKind | null>(null);

  useEffect(() => heading.current?.focus(), []);

  const people = useMemo(() => authorsOf(history.entries), [history]);
  const elements = useMemo(() => {
    const ids = [...history.snapshots.keys()].filter((key) => key.startsWith('element:')).map((key) => key.slice('element:'.length));
    return ids.map((id) => ({ id, label: describer.elementLabel(id) })).sort((a, b) => a.label.localeCompare(b.label));
  }, [history, describer]);
  const entries = useMemo(
    () => filterEntries(sinceOn ? since.entries : history.entries, { author, elementId, kind }),
    [sinceOn, since.entries, history, author, elementId, kind],
  );

  const show = (ids: string[]) => {
    selectOnly(ids);
    void flow.fitView({ nodes: ids.map((nodeId) => ({ id: nodeId })), duration: 300, maxZoom: 1, padding: 0.4 });
  };
  const close = () => {
    closeHistoryPanel();
    document.getElementById('history-button')?.focus();
  };

  const offerSince = since.reviewedAt !== null || can(role, 'review');
  return (
    <aside
      className="history-panel"
      aria-labelledby={`${id}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <div className="history-panel__head">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('history.panel.title')}
        </h2>
        <button type="button" className="icon-button" aria-label={t('history.panel.close')} title={t('history.panel.close')} onClick={close}>
          <X size={16} aria-hidden="true" />
        </button>
      </div>
      <fieldset className="history-filters">
        <legend className="visually-hidden">{t('history.filter.label')}</legend>
        <label htmlFor={`${id}-person`}>{t('history.filter.person')}</label>
        <select id={`${id}-person`} value={author ?? ''} onChange={(e) => setAuthor(e.target.value ? e.target.value.slice(1) : null)}>
          <option value="">{t('history.filter.everyone')}</option>
          {people.map((p) => (
            // Prefixed: an empty author id (no profile yet) must not read as "everyone".
            <option key={p.author} value={`@${p.author}`}>
              {describer.person(p.author, p.deviceId)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-element`}>{t('history.filter.element')}</label>
        <select id={`${id}-element`} value={elementId ?? ''} onChange={(e) => setElementId(e.target.value || null)}>
          <option value="">{t('history.filter.allElements')}</option>
          {elements.map((e) => (
            <option key={e.id} value={e.id}>
              {e.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-kind`}>{t('history.filter.kind')}</label>
        <select id={`${id}-kind`} value={kind ?? ''} onChange={(e) => setKind((CHANGE_KINDS as readonly string[]).includes(e.target.value) ? (e.target.value as ChangeKind) : null)}>
          <option value="">{t('history.filter.allKinds')}</option>
          {CHANGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`history.kind.${k}`)}
            </option>
          ))}
        </select>
        {offerSince && (
          <label className="history-filters__since">
            <input
              type="checkbox"
              checked={sinceOn}
              disabled={since.reviewedAt === null}
              onChange={(e) => useHistoryPanel.setState({ since: e.target.checked })}
            />
            <span>{t('history.filter.since')}</span>
            {since.entries.length > 0 && <span className="history-button__badge history-filters__count" aria-hidden="true">{since.entries.length}</span>}
          </label>
        )}
      </fieldset>
      {offerSince && since.reviewedAt === null && <p className="history-panel__note">{t('history.since.notReviewed')}</p>}
      {sinceOn && since.reviewedAt !== null && (
        <p className="history-panel__note" role="status">
          {since.entries.length === 0 ? t('history.since.nothingNew') : t('history.since.reviewedAt', { time: fmt.dateTime(hlcTime(since.reviewedAt)) })}
        </p>
      )}
      <div className="history-panel__body">
        {!ready ? (
          <p className="history-panel__note">{t('history.panel.loading')}</p>
        ) : entries.length === 0 ? (
          !sinceOn && <p className="history-panel__note">{t('history.panel.empty')}</p>
        ) : (
          <EntryList
            key={`${sinceOn}|${author}|${elementId}|${kind}`}
            entries={entries}
            describer={describer}
            pageSize={PAGE}
            onShow={show}
            label={t('history.panel.title')}
          />
        )}
      </div>
    </aside>
  );
}
