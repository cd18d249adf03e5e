import type { CommandId } from '../../../commands';

type GroupOf<C> = C extends `${infer Group}.${string}` ? Group : never;
type NameOf<C, Group extends string> = C extends `${Group}.${infer Name}` ? Name : never;
/** One label per command, nested like its id: 'shell.command.plan.new' labels 'plan.new'. */
export type CommandLabels = { [G in GroupOf<CommandId>]: Record<NameOf<CommandId, G>, string> };

/** The desktop shell: native menu titles, command labels and the OS-provided (role) items. */
export default {
  menu: { file: 'File', edit: 'Edit', view: 'View', window: 'Window', help: 'Help' },
  command: {
    plan: { new: 'New plan', library: 'All plans', brief: 'Brief (PDF, Markdown, CSV)…' },
    window: { new: 'New window' },
    edit: {
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      delete: 'Delete',
      selectAll: 'Select all',
      duplicate: 'Duplicate',
      group: 'Group in a frame',
    },
    view: {
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      zoomToFit: 'Zoom to fit',
      toggleMinimap: 'Show or hide the overview map',
      autoLayout: 'Tidy up (automatic layout)',
      history: 'Plan history',
      present: 'Present',
      togglePalette: 'Show or hide “Add elements”',
      toggleInspector: 'Show or hide the inspector',
    },
    help: { shortcuts: 'Keyboard shortcuts' },
    review: { start: 'Review mode' },
    palette: { open: 'Find a command or element…' },
    workshop: { capture: 'Quick capture', timer: 'Start or pause the step timer', vote: 'Dot vote', lock: 'Lock or unlock positions' },
    exchange: { import: 'Import a plan file…', exportPlan: 'Export plan…', sendForReview: 'Send for field review…', exportReview: 'Export my review…' },
    backup: { create: 'Back up all plans…', restore: 'Restore from backup…' },
  } satisfies CommandLabels,
  fileType: { plan: 'Campaign Workbench plan', backup: 'Campaign Workbench backup', pdf: 'PDF document', markdown: 'Markdown text', csv: 'CSV spreadsheet', png: 'PNG image', svg: 'SVG image' },
  role: {
    about: 'About Campaign Workbench',
    services: 'Services',
    hide: 'Hide Campaign Workbench',
    hideOthers: 'Hide others',
    unhide: 'Show all',
    quit: 'Quit Campaign Workbench',
    close: 'Close window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring all to front',
    togglefullscreen: 'Toggle full screen',
    toggleDevTools: 'Toggle developer tools',
  },
};
