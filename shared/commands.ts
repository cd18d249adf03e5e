/**
 * Every command the workbench offers, by id. The native menu, the keyboard shortcuts,
 * the help overlay and the command palette all name commands from this list,
 * so one action is one code path whichever way it is invoked.
 */
export const COMMAND_IDS = [
  'plan.new',
  'plan.library',
  'plan.brief',
  'window.new',
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.delete',
  'edit.selectAll',
  'edit.duplicate',
  'edit.group',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomToFit',
  'view.toggleMinimap',
  'view.autoLayout',
  'view.history',
  'view.present',
  'view.togglePalette',
  'view.toggleInspector',
  'workshop.capture',
  'workshop.timer',
  'workshop.vote',
  'workshop.lock',
  'help.shortcuts',
  'review.start',
  'palette.open',
  'backup.create',
  'backup.restore',
  'exchange.import',
  'exchange.exportPlan',
  'exchange.sendForReview',
  'exchange.exportReview',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

/** Shortcut per command, in Electron accelerator syntax ("CmdOrCtrl" = Ctrl, or Cmd on macOS). */
export const COMMAND_ACCELERATORS: Partial<Record<CommandId, string>> = {
  'plan.new': 'CmdOrCtrl+N',
  'window.new': 'CmdOrCtrl+Shift+N',
  'plan.library': 'CmdOrCtrl+L',
  'plan.brief': 'CmdOrCtrl+Shift+B',
  'edit.undo': 'CmdOrCtrl+Z',
  'edit.redo': 'CmdOrCtrl+Shift+Z',
  'edit.cut': 'CmdOrCtrl+X',
  'edit.copy': 'CmdOrCtrl+C',
  'edit.paste': 'CmdOrCtrl+V',
  'edit.delete': 'Delete',
  'edit.selectAll': 'CmdOrCtrl+A',
  'edit.duplicate': 'CmdOrCtrl+D',
  'edit.group': 'CmdOrCtrl+G',
  'view.zoomIn': 'CmdOrCtrl+=',
  'view.zoomOut': 'CmdOrCtrl+-',
  'view.zoomToFit': 'Shift+1',
  'view.toggleMinimap': 'M',
  'view.autoLayout': 'CmdOrCtrl+Shift+L',
  'view.history': 'CmdOrCtrl+Shift+H',
  'view.present': 'F5',
  'workshop.capture': 'Q',
  'help.shortcuts': 'Shift+/',
  'review.start': 'CmdOrCtrl+Shift+R',
  'palette.open': 'CmdOrCtrl+K',
  'exchange.import': 'CmdOrCtrl+O',
};

/**
 * A shortcut with Ctrl/Cmd or Alt. Only these may be claimed by the native menu: a bare
 * key (Delete, M, Shift+1) must keep reaching text fields, so the page handles those.
 */
export function hasModifier(accelerator: string): boolean {
  return /(^|\+)(CmdOrCtrl|Alt)\+/.test(accelerator);
}

/** Edit commands the OS carries out itself (with the DOM's clipboard events), in text fields and on the canvas. */
export const CLIPBOARD_COMMANDS = ['edit.cut', 'edit.copy', 'edit.paste'] as const satisfies readonly CommandId[];
