/**
 * Folds text for matching: compatibility-decomposed (NFKD, so full-width "ＴＥＴ" typed
 * with a CJK IME matches "TET"), combining marks stripped and lower-cased, so "tet"
 * finds "Tết". Vietnamese đ is a letter of its own, not d plus a mark: folded by hand.
 * Chinese has no marks and no case, so it falls through to a plain substring match.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
