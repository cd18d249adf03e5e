/** Working together at one laptop: the command palette, the light and dark themes, moving elements by keyboard. */
export default {
  palette: {
    title: 'Command palette',
    input: 'Find a command or element',
    placeholder: 'Type a command, or the name of an element…',
    results: 'Commands and elements',
    count_one: '{{count}} match',
    count_other: '{{count}} matches',
    empty: 'Nothing matches “{{query}}”.',
    hint: '↑ ↓ to choose · Enter to run · Esc to close',
    type: { command: 'Command', theme: 'Appearance' },
  },
  theme: {
    label: 'Theme',
    choice: { system: 'Same as the system', light: 'Light', dark: 'Dark' },
    command: 'Theme: {{choice}}',
    current: 'in use',
  },
  move: {
    announce: 'Moved {{direction}}: x {{x}}, y {{y}}.',
    direction: { up: 'up', down: 'down', left: 'left', right: 'right' },
  },
};
