import { describe, expect, it } from 'vitest';
import { planMatches } from './search';

const plan = (title: string, brand = '', market = '') => ({ title, brand, market });

describe('planMatches', () => {
  it.each([
    ['tet', plan('Khuyến mãi Tết 2026'), true],
    ['TẾT', plan('khuyen mai tet'), true],
    ['da nang', plan('Launch', 'Phở Việt', 'Đà Nẵng'), true],
    ['pho ha noi', plan('Launch', 'Phở Việt', 'Hà Nội'), true],
    ['新品', plan('春季新品上市'), true],
    ['上市 台北', plan('春季新品上市', '', '台北'), true],
    ['ｔｅｔ', plan('Tết'), true],
    ['', plan('anything'), true],
    ['   ', plan('anything'), true],
    ['tet', plan('Trung thu'), false],
    ['新品 高雄', plan('春季新品上市', '', '台北'), false],
  ])('%j in %j → %s', (query, candidate, expected) => {
    expect(planMatches(candidate, query)).toBe(expected);
  });
});
