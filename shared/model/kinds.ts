/**
 * Element kinds and the 4P↔4C pairing table. Pure data: the canvas, the brief and the
 * coverage check all read it from here.
 */
export const P_KINDS = ['product', 'price', 'place', 'promotion'] as const;
export const C_KINDS = ['customer', 'cost', 'convenience', 'communication'] as const;
export const FRAMING_KINDS = [
  'segment',
  'target',
  'positioning',
  'objective',
  'budget',
  'tactic',
  'channel',
  'milestone',
  'note',
  'frame',
] as const;

export const ELEMENT_KINDS = [...P_KINDS, ...C_KINDS, ...FRAMING_KINDS] as const;

export type PKind = (typeof P_KINDS)[number];
export type CKind = (typeof C_KINDS)[number];
export type ElementKind = (typeof ELEMENT_KINDS)[number];

export type KindArea = '4p' | '4c' | 'framing';

/** Product↔Customer, Price↔Cost, Place↔Convenience, Promotion↔Communication. */
export const PAIRS: ReadonlyArray<readonly [PKind, CKind]> = [
  ['product', 'customer'],
  ['price', 'cost'],
  ['place', 'convenience'],
  ['promotion', 'communication'],
];

export function areaOf(kind: ElementKind): KindArea {
  if ((P_KINDS as readonly string[]).includes(kind)) return '4p';
  if ((C_KINDS as readonly string[]).includes(kind)) return '4c';
  return 'framing';
}

export function counterpartOf(kind: ElementKind): ElementKind | undefined {
  for (const [p, c] of PAIRS) {
    if (p === kind) return c;
    if (c === kind) return p;
  }
  return undefined;
}

export type FieldType = 'text' | 'number' | 'money' | 'date' | 'percent';

export interface KindField {
  key: string;
  type: FieldType;
}

/** Structured fields beyond title and body, per kind. Keys are stable: they are stored and merged. */
export const KIND_FIELDS: Partial<Record<ElementKind, readonly KindField[]>> = {
  price: [{ key: 'pricePoint', type: 'money' }],
  cost: [{ key: 'customerCost', type: 'money' }],
  segment: [{ key: 'size', type: 'number' }],
  objective: [
    { key: 'metric', type: 'text' },
    { key: 'targetValue', type: 'number' },
  ],
  budget: [{ key: 'amount', type: 'money' }],
  tactic: [
    { key: 'owner', type: 'text' },
    { key: 'dueDate', type: 'date' },
  ],
  channel: [{ key: 'share', type: 'percent' }],
  milestone: [{ key: 'date', type: 'date' }],
};

export function fieldsOf(kind: ElementKind): readonly KindField[] {
  return KIND_FIELDS[kind] ?? [];
}

export function isElementKind(value: unknown): value is ElementKind {
  return typeof value === 'string' && (ELEMENT_KINDS as readonly string[]).includes(value);
}
