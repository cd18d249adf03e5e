import { describe, expect, it } from 'vitest';
import { prepare, rankMatches, scoreMatch } from './match';

const score = (query: string, text: string) => scoreMatch(query, prepare(text));
const rank = (query: string, texts: string[]) => rankMatches(texts, query, prepare);

describe('scoreMatch', () => {
  it.each([
    ['gia tri', 'Giá trị khách hàng'],
    ['GIA TRI KHACH', 'giá trị khách hàng'],
    ['khach hang', 'Giá trị khách hàng'],
    ['da nang', 'Khai trương Đà Nẵng'],
    ['tet', 'Khuyến mãi Tết'],
    ['ｔｅｔ', 'Tết'],
    ['新品', '春季新品上市'],
    ['上市 春季', '春季新品上市'],
    ['顧客', '顧客價值 Giá trị khách hàng'],
    ['undo', 'Undo'],
    ['ztf', 'Zoom to fit'],
    ['zoom fit', 'Zoom to fit'],
    ['rdo', 'Redo'],
    ['minmap', 'Show or hide the overview map (minimap)'],
  ])('%j finds %j', (query, text) => {
    expect(score(query, text)).not.toBeNull();
  });

  it.each([
    ['gia tri', 'Chi phí cho khách hàng'],
    ['tet', 'Trung thu'],
    ['新品 高雄', '春季新品上市'],
    ['zebra', 'Zoom to fit'],
    // Letters in order but scattered over a long text are not a match.
    ['pace', 'Product launch with a customer event'],
  ])('%j does not find %j', (query, text) => {
    expect(score(query, text)).toBeNull();
  });

  it('matches everything, equally, when the query is blank', () => {
    expect(score('', 'anything')).toBe(0);
    expect(score('   ', 'anything')).toBe(0);
  });
});

describe('rankMatches', () => {
  it('puts a match at the start before one at a word start, before one inside a word', () => {
    expect(rank('price', ['Supply and prices', 'Repriced items', 'Price ↔ Cost', 'Price'])).toEqual([
      'Price',
      'Price ↔ Cost',
      'Supply and prices',
      'Repriced items',
    ]);
  });

  it('ranks the initials of a command above letters merely in order', () => {
    expect(rank('ztf', ['Tidy up (automatic layout)', 'Zoom to fit', 'Zoom in'])).toEqual(['Zoom to fit']);
    expect(rank('zi', ['Zoom to fit', 'Zoom in'])[0]).toBe('Zoom in');
  });

  it('finds a Vietnamese element typed without diacritics, best match first', () => {
    expect(rank('gia', ['Chi phí', 'Giá trị khách hàng', 'Giá', 'Sự tiện lợi'])).toEqual(['Giá', 'Giá trị khách hàng']);
    expect(rank('dong goi', ['Đóng gói sản phẩm', 'Đóng cửa', 'Gói quà'])).toEqual(['Đóng gói sản phẩm']);
  });

  it('keeps the given order for equal scores and for a blank query, and honours the limit', () => {
    expect(rank('', ['b', 'a', 'c'])).toEqual(['b', 'a', 'c']);
    expect(rank('x', ['x one', 'x two', 'x six'])).toEqual(['x one', 'x two', 'x six']);
    expect(rankMatches(['a1', 'a2', 'a3'], 'a', prepare, 2)).toEqual(['a1', 'a2']);
  });
});
