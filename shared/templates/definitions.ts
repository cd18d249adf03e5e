import { PAIRS, type PKind } from '../model/kinds';
import { card, frame, frameKey, link, row, stack, type CardGrid } from './blueprint';
import { defineTemplate, type FrameName, type Template, type TemplateId } from './template';

const MIX_GRID: CardGrid = [
  ['product', 'price'],
  ['place', 'promotion'],
];
const CUSTOMER_GRID: CardGrid = [
  ['customer', 'cost'],
  ['convenience', 'communication'],
];
const PAIR_FRAMES: Record<PKind, FrameName> = {
  product: 'productCustomer',
  price: 'priceCost',
  place: 'placeConvenience',
  promotion: 'promotionCommunication',
};

const mix = frame('mix', MIX_GRID);

/** Every template, by id. Layouts are built from groups, so they cannot overlap. */
export const templates: Record<TemplateId, Template> = {
  blank: defineTemplate('blank', [], []),

  'marketing-mix-4p': defineTemplate(
    'marketing-mix-4p',
    row([mix, card('objective')]).elements,
    [link(frameKey('mix'), 'objective', 'supports')],
  ),

  'customer-view-4c': defineTemplate('customer-view-4c', frame('customerView', CUSTOMER_GRID).elements, []),

  // One frame per pair row: P on the left, its C on the right, joined P → C.
  'paired-4p-4c': defineTemplate(
    'paired-4p-4c',
    stack(PAIRS.map(([p, c]) => frame(PAIR_FRAMES[p], [[p, c]]))).elements,
    PAIRS.map(([p, c]) => link(p, c, 'pairsWith')),
  ),

  // The launch reads left to right; budget and milestone sit under the step they belong to.
  'campaign-launch': defineTemplate(
    'campaign-launch',
    row([
      card('segment'),
      card('target'),
      card('positioning'),
      mix,
      stack([card('tactic'), card('budget')]),
      stack([card('objective'), card('milestone')]),
    ]).elements,
    [
      link('segment', 'target', 'leadsTo'),
      link('target', 'positioning', 'leadsTo'),
      link('positioning', frameKey('mix'), 'leadsTo'),
      link(frameKey('mix'), 'tactic', 'leadsTo'),
      link('tactic', 'objective', 'leadsTo'),
      link('budget', 'tactic', 'supports'),
      link('tactic', 'milestone', 'leadsTo'),
    ],
  ),
};
