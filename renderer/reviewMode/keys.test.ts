import { describe, expect, it } from 'vitest';
import { walkKey, type FocusKind, type KeyInput } from './keys';

function press(key: string, code: string, mods: Partial<KeyInput> = {}): KeyInput {
  return { key, code, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods };
}

const J = press('j', 'KeyJ');
const altDown = press('ArrowDown', 'ArrowDown', { altKey: true });

describe('walkKey', () => {
  it.each<[string, KeyInput, FocusKind, boolean, ReturnType<typeof walkKey>]>([
    ['J moves on', J, 'other', false, { action: 'next' }],
    ['K moves back', press('k', 'KeyK'), 'other', false, { action: 'previous' }],
    ['J on another keyboard layout (code, not key)', press('о', 'KeyJ'), 'other', false, { action: 'next' }],
    ['N jumps to the next unreviewed', press('n', 'KeyN'), 'other', false, { action: 'nextUnreviewed' }],
    ['PageDown moves on', press('PageDown', 'PageDown'), 'other', false, { action: 'next' }],
    ['PageUp moves back', press('PageUp', 'PageUp'), 'other', false, { action: 'previous' }],
    ['1 is feasible', press('1', 'Digit1'), 'other', false, { action: 'verdict', verdict: 'feasible' }],
    ['2 is feasible with changes', press('2', 'Digit2'), 'other', false, { action: 'verdict', verdict: 'feasibleWithChanges' }],
    ['3 on the keypad is not feasible', press('3', 'Numpad3'), 'other', false, { action: 'verdict', verdict: 'notFeasible' }],
    ["4 is can't judge", press('4', 'Digit4'), 'other', false, { action: 'verdict', verdict: 'cantJudge' }],
    ['5 is nothing', press('5', 'Digit5'), 'other', false, null],
    ['Esc goes back to the canvas', press('Escape', 'Escape'), 'other', false, { action: 'back' }],
    ['Esc in a field leaves the field first', press('Escape', 'Escape'), 'text', false, { action: 'leaveField' }],
    ['J while typing is a letter', J, 'text', false, null],
    ['1 while typing is a digit', press('1', 'Digit1'), 'text', false, null],
    ['PageDown while typing scrolls the field', press('PageDown', 'PageDown'), 'text', false, null],
    ['PageDown on a slider moves the slider', press('PageDown', 'PageDown'), 'range', false, null],
    ['J on a slider still moves on', J, 'range', false, { action: 'next' }],
    ['Alt+↓ moves on even while typing', altDown, 'text', false, { action: 'next' }],
    ['Alt+↑ moves back even while typing', press('ArrowUp', 'ArrowUp', { altKey: true }), 'text', false, { action: 'previous' }],
    ['Ctrl+Enter saves (Windows, Linux)', press('Enter', 'Enter', { ctrlKey: true }), 'text', false, { action: 'save' }],
    ['Cmd+Enter saves (macOS)', press('Enter', 'Enter', { metaKey: true }), 'text', true, { action: 'save' }],
    ['Ctrl+Enter is not save on macOS', press('Enter', 'Enter', { ctrlKey: true }), 'other', true, null],
    ['Ctrl+J belongs to the browser', press('j', 'KeyJ', { ctrlKey: true }), 'other', false, null],
    ['Shift+J is nothing', press('J', 'KeyJ', { shiftKey: true }), 'other', false, null],
    ['Shift+Alt+↓ is nothing', press('ArrowDown', 'ArrowDown', { altKey: true, shiftKey: true }), 'other', false, null],
    ['keys mid-composition belong to the IME', { ...J, isComposing: true }, 'other', false, null],
  ])('%s', (_name, input, focus, mac, expected) => {
    expect(walkKey(input, focus, mac)).toEqual(expected);
  });
});
