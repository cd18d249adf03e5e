import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, HistoryLine } from '../../shared/history/entries';
import { useFormat } from '../i18n/format';
import type { Describer, Subject, ValueText } from './describe';
import './history.css';

/** Longer text is cut here, with the full text a click away. */
const TRUNCATE_AT = 80;
/** Elements shown per entry before "show more": a template's creation touches dozens. */
const SUBJECTS_SHOWN = 4;

/** The clock, ticking once a minute so "3 minutes ago" stays true. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** "5 minutes ago", or the date for anything older than a week; the exact time on hover. */
function When({ time, now }: { time: number; now: number }) {
  const { i18n, t } = useTranslation();
  const fmt = useFormat();
  const seconds = Math.round((time - now) / 1000);
  let text: string;
  if (Math.abs(seconds) < 45) text = t('history.justNow');
  else {
    const rtf = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' });
    const minutes = Math.round(seconds / 60);
    const hours = Math.round(seconds / 3600);
    const days = Math.round(seconds / 86400);
    if (Math.abs(minutes) < 60) text = rtf.format(minutes, 'minute');
    else if (Math.abs(hours) < 24) text = rtf.format(hours, 'hour');
    else if (Math.abs(days) < 7) text = rtf.format(days, 'day');
    else text = fmt.dateTime(time);
  }
  const exact = fmt.dateTime(time);
  return (
    <time className="history-entry__time" dateTime={new Date(time).toISOString()} title={exact}>
      {text}
    </time>
  );
}

function Value({ value, full }: { value: ValueText; full: boolean }) {
  const { t } = useTranslation();
  if (value.empty) return <span className="history-value history-value--empty">{value.text}</span>;
  const text = full || value.text.length <= TRUNCATE_AT ? value.text : `${value.text.slice(0, TRUNCATE_AT).trimEnd()}…`;
  return (
    <span className="history-value">
      {value.quoted ? `${t('history.value.open')}${text}${t('history.value.close')}` : text}
    </span>
  );
}

const isLong = (value: ValueText | undefined) => !!value && !value.empty && value.text.length > TRUNCATE_AT;

function Line({ line, describer }: { line: HistoryLine; describer: Describer }) {
  const { t } = useTranslation();
  const [full, setFull] = useState(false);
  const { label, from, to, detail } = describer.line(line);
  const long = isLong(from) || isLong(to) || isLong(detail);
  return (
    <li className="history-line">
      <span className="history-line__label">{from || to || detail ? `${label}: ` : label}</span>
      {from && to && (
        <>
          <Value value={from} full={full} />
          <span className="history-line__arrow"> → </span>
          <Value value={to} full={full} />
        </>
      )}
      {detail && <Value value={detail} full={full} />}
      {long && (
        <button type="button" className="quiet history-line__more" aria-expanded={full} onClick={() => setFull(!full)}>
          {t(full ? 'history.value.showLess' : 'history.value.showFull')}
        </button>
      )}
    </li>
  );
}

function groupBySubject(lines: readonly HistoryLine[], describer: Describer): Array<{ subject: Subject; lines: HistoryLine[] }> {
  const groups = new Map<string, { subject: Subject; lines: HistoryLine[] }>();
  for (const line of lines) {
    const subject = describer.subject(line);
    const group = groups.get(subject.key);
    if (group) group.lines.push(line);
    else groups.set(subject.key, { subject, lines: [line] });
  }
  return [...groups.values()];
}

export interface EntryProps {
  entry: HistoryEntry;
  describer: Describer;
  now: number;
  /** The element whose own lines need no heading (the History tab of that element). */
  within?: string;
  onShow?: (elementIds: string[]) => void;
}

/** One action (or a run of keystrokes): who, when, and what it changed, element by element. */
const Entry = memo(function Entry({ entry, describer, now, within, onShow }: EntryProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const groups = groupBySubject(entry.lines, describer);
  const shown = expanded ? groups : groups.slice(0, SUBJECTS_SHOWN);
  return (
    <li className="history-entry">
      <div className="history-entry__head">
        <span className="history-entry__who">{describer.person(entry.author, entry.deviceId)}</span>
        <When time={entry.time} now={now} />
        {entry.steps > 1 && <span className="history-entry__steps">{t('history.steps', { count: entry.steps })}</span>}
      </div>
      {shown.map(({ subject, lines }) => {
        const name =
          subject.key === `element:${within}` ? null : onShow && subject.live ? (
            <button
              type="button"
              className="history-subject__name history-subject__name--link"
              title={t('history.subject.show', { label: subject.label })}
              onClick={() => onShow(subject.elementIds)}
            >
              {subject.label}
            </button>
          ) : (
            <span className="history-subject__name">{subject.label}</span>
          );
        const only = lines.length === 1 ? describer.line(lines[0]!) : null;
        // "Product: Product · Created" on one line: a template's creation lists many of these.
        if (name && only && !only.from && !only.to && !only.detail) {
          return (
            <p key={subject.key} className="history-subject history-subject--inline">
              {name}
              <span className="history-line__label"> · {only.label}</span>
            </p>
          );
        }
        return (
          <div key={subject.key} className="history-subject">
            {name}
            <ul className="history-lines">
              {lines.map((line, i) => (
                <Line key={i} line={line} describer={describer} />
              ))}
            </ul>
          </div>
        );
      })}
      {groups.length > SUBJECTS_SHOWN && (
        <button type="button" className="quiet history-entry__more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('history.subject.fewer') : t('history.subject.more', { count: groups.length - SUBJECTS_SHOWN })}
        </button>
      )}
    </li>
  );
});

/** Entries newest first, a page at a time: a plan can hold tens of thousands. */
export function EntryList({
  entries,
  describer,
  pageSize,
  within,
  onShow,
  label,
}: {
  /** Oldest first, as the history holds them. */
  entries: readonly HistoryEntry[];
  describer: Describer;
  pageSize: number;
  within?: string;
  onShow?: (elementIds: string[]) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const [limit, setLimit] = useState(pageSize);
  const shown: HistoryEntry[] = [];
  for (let i = entries.length - 1; i >= 0 && shown.length < limit; i--) shown.push(entries[i]!);
  const rest = entries.length - shown.length;
  return (
    <>
      <ol className="history-entries" aria-label={label}>
        {shown.map((entry) => (
          <Entry key={entry.key} entry={entry} describer={describer} now={now} within={within} onShow={onShow} />
        ))}
      </ol>
      {rest > 0 && (
        <button type="button" className="history-show-more" onClick={() => setLimit(limit + pageSize)}>
          {t('history.panel.showMore', { count: Math.min(rest, pageSize) })}
        </button>
      )}
    </>
  );
}
