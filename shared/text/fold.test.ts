import { describe, expect, it } from 'vitest';
import { foldForSearch } from './fold';

describe('foldForSearch', () => {
  it.each([
    ['Giá trị khách hàng', 'gia tri khach hang'],
    ['ĐÀ NẴNG', 'da nang'],
    ['Tết', 'tet'],
    ['ｔｅｔ', 'tet'],
    ['Ấn tượng', 'an tuong'],
    ['春季新品', '春季新品'],
    ['顧客價值', '顧客價值'],
  ])('%j → %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});
