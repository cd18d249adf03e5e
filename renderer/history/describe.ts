import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityType, FieldJson } from '../../shared/changes/change';
import { snapshotKey, type HistoryLine, type PlanHistory, type Snapshot } from '../../shared/history/entries';
import { peopleOf, type Person } from '../../shared/history/filter';
import { fieldsOf, isElementKind } from '../../shared/model/kinds';
import { useEditor } from '../canvas/store';
import { useFormat } from '../i18n/format';
import { useProfile } from '../profile/store';

/** What a history line says, as text: a label, and the values before and after (or one detail). */
export interface Described {
  label: string;
  from?: ValueText;
  to?: ValueText;
  detail?: ValueText;
}

export interface ValueText {
  text: string;
  /** Shown as "(empty)", not quoted. */
  empty: boolean;
  /** Quoted: text someone wrote, as opposed to a label (a verdict, a status, a number). */
  quoted: boolean;
}

export interface Subject {
  key: string;
  /** Empty for the plan itself. */
  elementIds: string[];
  label: string;
  /** Still on the canvas, so "show" can select it. */
  live: boolean;
}

export interface Describer {
  t: TFunction;
  person(author: string, deviceId: string): string;
  elementLabel(id: string): string;
  subject(line: HistoryLine): Subject;
  line(line: HistoryLine): Described;
}

/** Translates history lines for the current language, plan currency and people. */
export function useDescriber(history: PlanHistory): Describer {
  const { t } = useTranslation();
  const fmt = useFormat();
  const currency = useEditor((s) => s.plan?.currency ?? 'USD');
  const profiles = useProfile((s) => s.profiles);
  const people = useMemo(() => peopleOf(profiles, history), [profiles, history]);
  // Read at render time, not subscribed: typing changes the elements on every keystroke, but
  // which ones exist changes only with a creation or deletion, and that brings a new history.
  return useMemo(
    () => makeDescriber({ t, fmt, currency, people, snapshots: history.snapshots, isLive: (id) => !!useEditor.getState().elements[id] }),
    [t, fmt, currency, people, history],
  );
}

interface Context {
  t: TFunction;
  fmt: ReturnType<typeof useFormat>;
  currency: string;
  people: Map<string, Person>;
  snapshots: Map<string, Snapshot>;
  isLive: (elementId: string) => boolean;
}

function makeDescriber(ctx: Context): Describer {
  const { t, snapshots } = ctx;
  const snapshotOf = (entity: EntityType, id: string): Snapshot => snapshots.get(snapshotKey(entity, id)) ?? {};
  const kindOf = (elementId: string) => {
    const kind = snapshotOf('element', elementId).kind;
    return isElementKind(kind) ? kind : undefined;
  };

  const elementLabel = (id: string): string => {
    const snapshot = snapshotOf('element', id);
    const kind = kindOf(id);
    const title = typeof snapshot.title === 'string' && snapshot.title.trim() ? snapshot.title : t('canvas.node.untitled');
    const label = kind ? t('history.subject.element', { kind: t(`kinds.${kind}`), title }) : title;
    return ctx.isLive(id) ? label : t('history.deletedElement', { label });
  };

  const person = (author: string, deviceId: string): string => {
    const known = ctx.people.get(author);
    if (!known) return t('history.someone', { device: deviceId.slice(0, 8) });
    return known.role ? t('history.person', { name: known.name, role: t(`profile.role.${known.role}`) }) : known.name;
  };

  const fieldLabel = (entity: EntityType, field: string, elementId?: string): string => {
    if (field.startsWith('fields.')) {
      const key = field.slice('fields.'.length);
      return t(`kinds.field.${key}`, { defaultValue: key });
    }
    if (entity === 'plan') return t(`canvas.plan.${field}`, { defaultValue: field });
    if (entity === 'element' || (elementId && (field === 'title' || field === 'body'))) {
      if (field === 'title') return t('canvas.inspector.title');
      if (field === 'body') return t('canvas.inspector.body');
    }
    if (entity === 'link' && field === 'type') return t('canvas.inspector.linkType');
    if (entity === 'link' && field === 'label') return t('canvas.inspector.linkLabel');
    if (entity === 'review') return t(`review.field.${field}`, { defaultValue: t(`history.field.${field}`, { defaultValue: field }) });
    return t(`history.field.${field}`, { defaultValue: field });
  };

  const value = (entity: EntityType, field: string, raw: FieldJson | undefined, elementId?: string): ValueText => {
    if (raw === null || raw === undefined || raw === '') return { text: t('history.value.empty'), empty: true, quoted: false };
    const plain = (text: string): ValueText => ({ text, empty: false, quoted: false });
    if (typeof raw === 'boolean') return plain(t(raw ? 'history.value.yes' : 'history.value.no'));
    if (typeof raw === 'object') return plain(JSON.stringify(raw));
    if (field === 'kind' && typeof raw === 'string') return plain(t(`kinds.${raw}`, { defaultValue: raw }));
    if (entity === 'link' && field === 'type') return plain(t(`kinds.link.${raw}`, { defaultValue: String(raw) }));
    if (entity === 'link' && (field === 'source' || field === 'target')) return plain(elementLabel(String(raw)));
    if (entity === 'review' && field === 'verdict') return plain(t(`review.verdict.${raw}`, { defaultValue: String(raw) }));
    if (entity === 'plan' && (field === 'periodStart' || field === 'periodEnd') && typeof raw === 'string') return plain(ctx.fmt.date(raw));
    if (field.startsWith('fields.') && elementId) {
      const kind = kindOf(elementId);
      const type = kind ? fieldsOf(kind).find((f) => `fields.${f.key}` === field)?.type : undefined;
      if (typeof raw === 'number') {
        if (type === 'money') return plain(ctx.fmt.money(raw, ctx.currency));
        if (type === 'percent') return plain(`${ctx.fmt.number(raw)}%`);
        return plain(ctx.fmt.number(raw));
      }
      if (type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return plain(ctx.fmt.date(raw));
    }
    if (typeof raw === 'number') return plain(ctx.fmt.number(raw));
    return { text: raw, empty: false, quoted: true };
  };

  const subject = (line: HistoryLine): Subject => {
    if (line.entity === 'link' && line.elementIds.length === 2) {
      const [from, to] = line.elementIds as [string, string];
      return {
        key: `link:${line.entityId}`,
        elementIds: [from, to],
        label: t('history.subject.link', { from: elementLabel(from), to: elementLabel(to) }),
        live: ctx.isLive(from) && ctx.isLive(to),
      };
    }
    const elementId = line.elementIds[0];
    if (elementId) return { key: `element:${elementId}`, elementIds: [elementId], label: elementLabel(elementId), live: ctx.isLive(elementId) };
    return { key: 'plan', elementIds: [], label: t('history.subject.plan'), live: false };
  };

  const line = ({ entity, entityId, elementIds, what }: HistoryLine): Described => {
    const elementId = elementIds.length === 1 ? elementIds[0] : undefined;
    const suggestionTarget = () => fieldLabel('element', String(snapshotOf('suggestion', entityId).field ?? ''), elementId);
    switch (what.type) {
      case 'created':
        return { label: t('history.what.created') };
      case 'deleted':
        return { label: entity === 'element' || entity === 'link' || entity === 'plan' ? t('history.what.deleted') : t(`history.what.deletedRecord.${entity}`, { defaultValue: t('history.what.deleted') }) };
      case 'restored':
        return { label: t('history.what.restored') };
      case 'layout':
        return { label: t(what.moved && what.resized ? 'history.what.movedResized' : what.resized ? 'history.what.resized' : 'history.what.moved') };
      case 'field':
        return {
          label: fieldLabel(entity, what.field, elementId),
          from: value(entity, what.field, what.oldValue, elementId),
          to: value(entity, what.field, what.newValue, elementId),
        };
      case 'reviewed':
        return { label: t('history.what.reviewed', { verdict: t(`review.verdict.${what.verdict}`, { defaultValue: what.verdict }) }) };
      case 'resolved':
        return { label: t('history.what.resolved'), ...(what.note ? { detail: value('review', 'decisionNote', what.note) } : {}) };
      case 'reopened':
        return { label: t('history.what.reopened') };
      case 'suggested':
        return { label: t('history.what.suggested', { field: fieldLabel('element', what.field, elementId) }), detail: value('element', what.field, what.value, elementId) };
      case 'accepted':
        return { label: t('history.what.accepted', { field: fieldLabel('element', what.field, elementId) }), detail: value('element', what.field, what.value, elementId) };
      case 'rejected':
        return {
          label: t('history.what.rejected', { field: what.field ? fieldLabel('element', what.field, elementId) : suggestionTarget() }),
          ...(what.reason ? { detail: value('suggestion', 'reason', what.reason) } : {}),
        };
      case 'replied':
        return { label: t('history.what.replied'), detail: value('comment', 'body', what.body) };
      case 'attached':
        return { label: t('history.what.attached'), detail: value('attachment', 'name', what.name) };
      case 'signed':
        return { label: t('history.what.signed') };
      case 'status':
        return {
          label: t('history.what.status'),
          from: { text: t(`common.status.${what.from}`, { defaultValue: what.from }), empty: !what.from, quoted: false },
          to: { text: t(`common.status.${what.to}`, { defaultValue: what.to }), empty: false, quoted: false },
        };
      case 'trashed':
        return { label: t('history.what.trashed') };
      case 'untrashed':
        return { label: t('history.what.untrashed') };
      case 'conflict':
      case 'conflictResolved':
        return { label: t(`history.what.${what.type}`, { field: fieldLabel(what.on as EntityType, what.field, elementId) }) };
    }
  };

  return { t, person, elementLabel, subject, line };
}
