import { describe, expect, it } from 'vitest';
import { isThemeChoice, parseThemeChoice, resolveTheme, type Theme, type ThemeChoice } from './theme';

describe('resolveTheme', () => {
  it.each<[ThemeChoice, boolean, Theme]>([
    ['system', false, 'light'],
    ['system', true, 'dark'],
    ['light', true, 'light'],
    ['light', false, 'light'],
    ['dark', false, 'dark'],
    ['dark', true, 'dark'],
  ])('%s with a system that prefers dark: %s → %s', (choice, systemDark, theme) => {
    expect(resolveTheme(choice, systemDark)).toBe(theme);
  });
});

describe('parseThemeChoice', () => {
  it.each<[string | null | undefined, ThemeChoice]>([
    ['dark', 'dark'],
    ['light', 'light'],
    ['system', 'system'],
    [null, 'system'],
    [undefined, 'system'],
    ['', 'system'],
    ['Dark', 'system'],
    ['{"theme":"dark"}', 'system'],
  ])('reads %j as %s', (stored, choice) => {
    expect(parseThemeChoice(stored)).toBe(choice);
  });

  it('knows exactly the three choices', () => {
    expect(['system', 'light', 'dark', 'auto', 42, null].filter(isThemeChoice)).toEqual(['system', 'light', 'dark']);
  });
});
