import { foldForSearch } from '../../shared/text/fold';

/**
 * Fuzzy matching for the command palette, the same for every script: text is folded
 * (shared/text/fold.ts) so "gia tri" finds "Giá trị" and "ｔｅｔ" finds "Tết", then each
 * word of the query must be found in the candidate, best first:
 *
 *   at the start of the text > at the start of a word > the words' initials ("ztf" →
 *   "Zoom to fit") > anywhere (how Chinese, written without spaces, is mostly found) >
 *   its letters in order, close together ("undo" in "Undo", "rdo" in "Redo").
 */

/** A candidate's text, folded once and kept with the initials of its words. */
export interface Prepared {
  folded: string;
  initials: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function prepare(text: string): Prepared {
  const folded = foldForSearch(text);
  const initials = (folded.match(WORD) ?? []).map((word) => [...word][0]).join('');
  return { folded, initials };
}

/** The query's words, folded. An empty query matches everything equally. */
export function queryWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

function scoreWord(word: string, { folded, initials }: Prepared): number | null {
  let at = folded.indexOf(word);
  if (at === 0) return 100;
  if (at > 0) {
    for (; at >= 0; at = folded.indexOf(word, at + 1)) if (!isWordChar(folded[at - 1])) return 80;
  }
  if (word.length >= 2 && initials.startsWith(word)) return 70;
  if (folded.includes(word)) return 60;
  if (word.length >= 2 && initials.includes(word)) return 50;
  const span = tightestSpan(word, folded);
  // Letters scattered across a long title are chance, not a match.
  if (span === null || span > word.length * 3) return null;
  return 10 + (30 * word.length) / span;
}

/** Length of the shortest stretch of `text` holding `word`'s characters in order, or null. */
function tightestSpan(word: string, text: string): number | null {
  const chars = [...word];
  const letters = [...text];
  let best: number | null = null;
  for (let start = 0; start < letters.length; start++) {
    if (letters[start] !== chars[0]) continue;
    let i = 1;
    let end = start;
    for (let j = start + 1; j < letters.length && i < chars.length; j++) {
      if (letters[j] === chars[i]) {
        i++;
        end = j;
      }
    }
    if (i < chars.length) break; // No later start can hold it either.
    const span = end - start + 1;
    if (best === null || span < best) best = span;
  }
  return best;
}

/**
 * How well `query` matches a candidate: null when some word is not found, otherwise higher is
 * better. A query that is the start of the whole text gets a bonus; shorter texts win ties.
 */
export function scoreMatch(query: string | readonly string[], candidate: Prepared): number | null {
  const words = typeof query === 'string' ? queryWords(query) : query;
  if (words.length === 0) return 0;
  let total = 0;
  for (const word of words) {
    const score = scoreWord(word, candidate);
    if (score === null) return null;
    total += score;
  }
  const phrase = words.join(' ');
  const bonus = candidate.folded.startsWith(phrase) ? 20 : candidate.folded.includes(phrase) ? 10 : 0;
  return total / words.length + bonus - candidate.folded.length / 1000;
}

/** The items that match, best first; equal scores keep the order they were given in. */
export function rankMatches<T>(items: readonly T[], query: string, preparedOf: (item: T) => Prepared, limit = Infinity): T[] {
  const words = queryWords(query);
  if (words.length === 0) return items.slice(0, limit);
  const scored: Array<{ item: T; score: number; index: number }> = [];
  items.forEach((item, index) => {
    const score = scoreMatch(words, preparedOf(item));
    if (score !== null) scored.push({ item, score, index });
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.slice(0, limit).map((s) => s.item);
}
