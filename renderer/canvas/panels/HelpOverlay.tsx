import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMAND_ACCELERATORS, COMMAND_IDS } from '../../../shared/commands';
import { displayAccelerator } from '../../commands/keyboard';

/** Mouse and keyboard gestures that are not commands, listed with the commands' shortcuts. */
const GESTURES = ['connect', 'multiSelect', 'boxSelect', 'moveKeys', 'pan', 'zoom', 'group', 'palette'] as const;

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // Closing before React removes the element hands focus back to where it was.
    return () => d?.close();
  }, []);
  return (
    <dialog ref={dialog} className="help-overlay" aria-labelledby="help-title" onClose={onClose}>
      <h2 id="help-title">{t('canvas.help.title')}</h2>
      <div className="help-overlay__columns">
        <table>
          <tbody>
            {COMMAND_IDS.filter((id) => COMMAND_ACCELERATORS[id]).map((id) => (
              <tr key={id}>
                <th scope="row">{t(`shell.command.${id}`)}</th>
                <td>
                  <kbd>{displayAccelerator(COMMAND_ACCELERATORS[id]!)}</kbd>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <tbody>
            {GESTURES.map((g) => (
              <tr key={g}>
                <th scope="row">{t(`canvas.help.gesture.${g}.what`)}</th>
                <td>{t(`canvas.help.gesture.${g}.how`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form method="dialog">
        <button type="submit" className="primary" autoFocus>
          {t('common.actions.close')}
        </button>
      </form>
    </dialog>
  );
}
