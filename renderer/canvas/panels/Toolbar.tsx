import {
  ArrowLeft,
  CircleHelp,
  ClipboardCheck,
  FileText,
  Group,
  LayoutDashboard,
  Map as MapIcon,
  Presentation,
  Maximize,
  Redo2,
  Undo2,
} from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CommandId } from '../../../shared/commands';
import { LINK_TYPES, linkTypeSchema } from '../../../shared/model/link';
import { runCommand } from '../../commands/registry';
import { HistoryButton } from '../../history/HistoryButton';
import { ConflictsButton } from '../../conflicts/ConflictsButton';
import { ProfileMenu } from '../../profile/ProfileMenu';
import { ThemeSwitch } from '../../theme/ThemeSwitch';
import { ShareMenu } from '../../exchange/ShareMenu';
import { useCan } from '../../profile/store';
import { PlanStatusControl } from '../../review/PlanStatusControl';
import { usePositionsLocked } from '../../workshop/deviceState';
import { useEditor } from '../store';
import { SaveStatus } from './SaveStatus';

function ToolButton({ command, icon: Icon, disabled, pressed }: {
  command: CommandId;
  icon: typeof Undo2;
  disabled?: boolean;
  pressed?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="tool-button"
      aria-label={t(`shell.command.${command}`)}
      title={t(`shell.command.${command}`)}
      disabled={disabled}
      aria-pressed={pressed}
      onClick={() => runCommand(command)}
    >
      <Icon size={18} aria-hidden="true" />
    </button>
  );
}

export function Toolbar({ showMinimap }: { showMinimap: boolean }) {
  const { t } = useTranslation();
  const title = useEditor((s) => s.plan?.title ?? '');
  const history = useEditor((s) => s.history);
  const linkType = useEditor((s) => s.linkType);
  const canReview = useCan('review');
  const canEdit = useCan('editContent');
  const locked = usePositionsLocked();
  return (
    <header className="editor-toolbar">
      <button type="button" className="tool-button" aria-label={t('canvas.toolbar.back')} title={t('canvas.toolbar.back')} onClick={() => runCommand('plan.library')}>
        <ArrowLeft size={18} aria-hidden="true" />
      </button>
      <h1 className="editor-toolbar__title">{title || t('canvas.node.untitled')}</h1>
      <SaveStatus />
      <PlanStatusControl />
      <ConflictsButton />
      <div className="editor-toolbar__group" role="group" aria-label={t('canvas.toolbar.history')}>
        <ToolButton command="edit.undo" icon={Undo2} disabled={history.undo === 0} />
        <ToolButton command="edit.redo" icon={Redo2} disabled={history.redo === 0} />
        <HistoryButton />
      </div>
      <div className="editor-toolbar__group" role="group" aria-label={t('canvas.toolbar.arrange')}>
        {canEdit && <ToolButton command="edit.group" icon={Group} />}
        {canEdit && <ToolButton command="view.autoLayout" icon={LayoutDashboard} disabled={locked} />}
        <ToolButton command="view.zoomToFit" icon={Maximize} />
        <ToolButton command="view.toggleMinimap" icon={MapIcon} pressed={showMinimap} />
      </div>
      {/* Only editors draw links: for everyone else the type of new links is room the plan's status needs. */}
      {canEdit && (
        <label className="editor-toolbar__link-type">
          <span>{t('canvas.toolbar.newLinks')}</span>
          <select value={linkType} onChange={(e) => useEditor.setState({ linkType: linkTypeSchema.parse(e.target.value) })}>
            {LINK_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`kinds.link.${type}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="editor-toolbar__spacer" />
      <ShareMenu />
      {/* Review mode is what sales comes for: a labelled button for reviewers, an icon for everyone else. */}
      {canReview ? (
        <button type="button" className="primary editor-toolbar__review" title={t('shell.command.review.start')} onClick={() => runCommand('review.start')}>
          <ClipboardCheck size={18} aria-hidden="true" />
          {t('shell.command.review.start')}
        </button>
      ) : (
        <ToolButton command="review.start" icon={ClipboardCheck} />
      )}
      <ToolButton command="plan.brief" icon={FileText} />
      <ToolButton command="view.present" icon={Presentation} />
      <ToolButton command="help.shortcuts" icon={CircleHelp} />
      <ProfileMenu />
      <ThemeSwitch compact />
    </header>
  );
}
