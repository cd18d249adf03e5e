import { Search } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommands } from '../commands/registry';
import { Modal } from '../ui/Modal';
import { paletteItems, type PaletteItem } from './items';
import { rankMatches } from './match';
import './palette.css';

/** More would only be scrolled past: a longer query narrows it. */
const MAX_RESULTS = 60;
/** Keys that move the active option, and by how much (the arrows wrap around, the page keys stop at the ends). */
const STEPS: Partial<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 };

/**
 * Ctrl/Cmd+K anywhere: find a command or an element of the open plan by name, in any of
 * the four languages, and run or show it. Mounted once for the whole app; the choice runs
 * after the dialog has closed and handed the focus back, so a command acts where the person was.
 */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  const chosen = useRef<PaletteItem | null>(null);
  useCommands({ 'palette.open': () => setOpen((isOpen) => !isOpen) });
  useEffect(() => {
    const item = chosen.current;
    if (open || !item) return;
    chosen.current = null;
    item.run();
  }, [open]);
  if (!open) return null;
  return (
    <PaletteDialog
      onClose={() => setOpen(false)}
      onChoose={(item) => {
        chosen.current = item;
        setOpen(false);
      }}
    />
  );
}

function PaletteDialog({ onClose, onChoose }: { onClose: () => void; onChoose: (item: PaletteItem) => void }) {
  const { t } = useTranslation();
  const items = useMemo(() => paletteItems(t), [t]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => rankMatches(items, query, (item) => item.prepared, MAX_RESULTS), [items, query]);
  const listId = useId();
  const hintId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;
  const current = results.length ? Math.min(active, results.length - 1) : -1;

  const activeId = current >= 0 ? optionId(current) : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId, results]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || results.length === 0) return; // An IME is mid-word.
    const step = STEPS[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const next = Math.abs(step) === 1 ? (current + step + results.length) % results.length : current + step;
      setActive(Math.max(0, Math.min(results.length - 1, next)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onChoose(results[current]!);
    }
  };

  return (
    <Modal title={t('workshop.palette.title')} onClose={onClose} className="command-palette">
      <div className="command-palette__search">
        <Search size={18} aria-hidden="true" />
        <input
          type="text"
          role="combobox"
          aria-label={t('workshop.palette.input')}
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-describedby={hintId}
          placeholder={t('workshop.palette.placeholder')}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul id={listId} role="listbox" aria-label={t('workshop.palette.results')} className="command-palette__list" hidden={results.length === 0}>
        {results.map((item, index) => {
          const Icon = item.icon;
          return (
            <li
              key={item.key}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              className="command-palette__option"
              onMouseMove={() => index !== current && setActive(index)}
              // Keep the focus in the field; the click chooses.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onChoose(item)}
            >
              <Icon
                size={16}
                aria-hidden="true"
                className={item.accent ? 'command-palette__icon is-kind' : 'command-palette__icon'}
                style={item.accent ? ({ '--accent': item.accent } as CSSProperties) : undefined}
              />
              <span className="command-palette__label">{item.label}</span>
              <span className="command-palette__detail">{item.detail}</span>
              {item.shortcut && <kbd className="command-palette__shortcut">{item.shortcut}</kbd>}
            </li>
          );
        })}
      </ul>
      {results.length === 0 && <p className="command-palette__empty">{t('workshop.palette.empty', { query })}</p>}
      <p id={hintId} className="command-palette__hint">
        {t('workshop.palette.hint')}
      </p>
      <p role="status" className="visually-hidden">
        {query.trim() ? t('workshop.palette.count', { count: results.length }) : ''}
      </p>
    </Modal>
  );
}
