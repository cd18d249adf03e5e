import { useTranslation } from 'react-i18next';
import { diffEntity } from '../../../shared/changes/diff';
import { LINK_TYPES, linkTypeSchema, type PlanLink } from '../../../shared/model/link';
import { deleteSelection } from '../actions';
import { edit, typingIn, useEditor } from '../store';
import { Field } from './fields';

function update(link: PlanLink, patch: Partial<PlanLink>, field: string) {
  void edit(diffEntity('link', link, { ...link, ...patch }), typingIn('link', link.id, field));
}

export function LinkInspector({ id }: { id: string }) {
  const { t } = useTranslation();
  const link = useEditor((s) => s.links[id]);
  const source = useEditor((s) => (link ? s.elements[link.source]?.title : undefined));
  const target = useEditor((s) => (link ? s.elements[link.target]?.title : undefined));
  if (!link) return null;
  return (
    <form className="inspector__form" onSubmit={(e) => e.preventDefault()}>
      <h2>{t('canvas.inspector.link')}</h2>
      <p className="inspector__note">
        {source} → {target}
      </p>
      <Field label={t('canvas.inspector.linkType')}>
        {(fid) => (
          <select
            id={fid}
            value={link.type}
            onChange={(e) => update(link, { type: linkTypeSchema.parse(e.target.value) }, 'type')}
          >
            {LINK_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`kinds.link.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('canvas.inspector.linkLabel')}>
        {(fid) => <input id={fid} value={link.label} onChange={(e) => update(link, { label: e.target.value }, 'label')} />}
      </Field>
      <button type="button" className="danger" onClick={deleteSelection}>
        {t('canvas.inspector.deleteLink')}
      </button>
    </form>
  );
}
