import { ChevronDown, Download, FileUp, Send, Share2, UserRoundCheck, type LucideIcon } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandId } from '../../shared/commands';
import { useSession } from '../app/session';
import { runCommand, useCommands } from '../commands/registry';
import { useCan } from '../profile/store';
import { exportOpenPlan, importFromPicker } from './actions';
import { useExchange } from './store';
import './exchange.css';

interface Item {
  command: CommandId;
  icon: LucideIcon;
}

/**
 * The editor's Share menu: the open plan out as a file (whole, as a review package for reps,
 * or a rep's own review), and a file in. The same commands are in the File menu and the palette.
 * Marketing sends packages; everyone else sends back their review.
 */
export function ShareMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const canEdit = useCan('editContent');
  const busy = useExchange((s) => s.job !== null);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useCommands({
    'exchange.exportPlan': () => void exportOpenPlan(session, 'plan'),
    ...(canEdit
      ? { 'exchange.sendForReview': () => void exportOpenPlan(session, 'package') }
      : { 'exchange.exportReview': () => void exportOpenPlan(session, 'return') }),
  });

  const items: Item[] = [
    ...(canEdit ? [{ command: 'exchange.sendForReview' as const, icon: Send }] : [{ command: 'exchange.exportReview' as const, icon: UserRoundCheck }]),
    { command: 'exchange.exportPlan', icon: Download },
    { command: 'exchange.import', icon: FileUp },
  ];

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node) && !buttonRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  const choose = (command: CommandId) => {
    setOpen(false);
    // The picker must open within the click: the browser only allows it from a user's gesture.
    if (command === 'exchange.import') importFromPicker(session);
    else runCommand(command);
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => entries[(i + entries.length) % entries.length]?.focus();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(entries.length - 1);
    else if (event.key === 'Escape') {
      setOpen(false);
      buttonRef.current?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="share-menu">
      <button
        ref={buttonRef}
        type="button"
        className="tool-button share-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={t('exchange.share.menu')}
        disabled={busy}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <Share2 size={16} aria-hidden="true" />
        <span>{t('exchange.share.button')}</span>
        <ChevronDown size={14} aria-hidden="true" />
      </button>
      {open && (
        <div ref={menuRef} id={menuId} className="share-menu__list" role="menu" aria-label={t('exchange.share.menu')} onKeyDown={onMenuKey}>
          {items.map(({ command, icon: Icon }) => (
            <button key={command} type="button" role="menuitem" tabIndex={-1} className="share-menu__item" onClick={() => choose(command)}>
              <Icon size={16} aria-hidden="true" />
              {t(`shell.command.${command}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
