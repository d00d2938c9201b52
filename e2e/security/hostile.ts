/**
 * Hostile values by class, as fast-check arbitraries. A value is raw text for a URL (already
 * escaped as it goes on the wire) or any JSON value for a body field.
 */
import fc from 'fast-check';

export const valueClasses = [
  'unicode',
  'nul',
  'huge',
  'negative',
  'far-date',
  'prototype',
  'percent',
  'number-edge',
] as const;
export type ValueClass = (typeof valueClasses)[number];

/** A date far outside what any unit will ever hold, written as the app's forms write dates. */
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const farDate = fc.oneof(
  // The edges of what a four-digit year can write come first: they are where loops overrun.
  { arbitrary: fc.constantFrom('9999-12-31', '0001-01-01'), weight: 3 },
  fc.constantFrom(
    '9999-12-31',
    '9999-12-30',
    '0000-01-01',
    '0001-01-01',
    '1900-02-29',
    '2024-02-30',
    '2026-13-01',
    '275760-09-13',
    '+010000-01-01',
    '-000001-01-01',
  ),
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map(isoDay),
  fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map(isoDay),
  fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
);

export const protoKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'then',
];

/** Strings by class, before escaping for the URL. */
export const hostileTextOf: Record<ValueClass, fc.Arbitrary<string>> = {
  unicode: fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    fc.constantFrom(
      '\uD800',
      'a\uDFFFb',
      '\u202E\u0000x',
      '\uFEFF',
      '𝕏'.repeat(20),
      'ً'.repeat(50),
      '<script>alert(1)</script>',
      "' OR 1=1 --",
      '../../etc/passwd',
    ),
  ),
  nul: fc
    .string({ maxLength: 20 })
    .chain((s) => fc.nat({ max: s.length }).map((i) => `${s.slice(0, i)}\u0000${s.slice(i)}`)),
  huge: fc.oneof(
    fc.integer({ min: 4_000, max: 60_000 }).map((n) => 'x'.repeat(n)),
    fc.integer({ min: 11, max: 400 }).map((n) => '9'.repeat(n)),
    fc.constantFrom('1e309', '9007199254740993', '2147483648', '99999999999999999999'),
  ),
  negative: fc.oneof(
    fc.integer({ min: -2_147_483_649, max: -1 }).map(String),
    fc.constantFrom('-0', '-1', '-2147483648', '-1e309', '-Infinity'),
  ),
  'far-date': farDate,
  prototype: fc.constantFrom(...protoKeys),
  // Left as is on the wire: the escaping itself is what is malformed.
  percent: fc.constantFrom(
    '%',
    '%%',
    '%zz',
    '%E0%A4%A',
    '%C0%AF',
    '%ED%A0%80',
    '%FF%FE',
    '%u0041',
    '%00',
    '%2',
    'a%',
    '%25%',
    '%F4%90%80%80',
  ),
  'number-edge': fc.constantFrom(
    '0',
    '00',
    '1.5',
    '1e3',
    '0x10',
    ' 1',
    '1 ',
    '+1',
    'NaN',
    'Infinity',
    '2147483647',
    '2147483648',
    '4294967296',
    '1_000',
    '',
  ),
};

/**
 * The notorious values of each class, which the first sweep sends (drawn among by fast-check),
 * so that even one seeded sweep puts the worst of each class into every input; later sweeps
 * draw from the whole class.
 */
export const edgesOf: Record<ValueClass, fc.Arbitrary<string>> = {
  unicode: fc.constantFrom('\uD800', '\u202E\u0000x', '𝕏'.repeat(20), 'ً'.repeat(50)),
  nul: fc.constantFrom('\u0000', 'a\u0000b'),
  huge: fc.constantFrom('x'.repeat(60_000), '9'.repeat(400), '1e309'),
  negative: fc.constantFrom('-1', '-2147483649'),
  'far-date': fc.constant('9999-12-31'),
  prototype: fc.constantFrom('__proto__', 'constructor', 'toString'),
  percent: fc.constantFrom('%', '%zz', '%ED%A0%80', '%C0%AF'),
  'number-edge': fc.constantFrom('0', '2147483648', '1e3', 'NaN', ''),
};

export type Hostile = { cls: ValueClass; text: string };

/** Escapes for a URL, except the `percent` class, whose point is its broken escaping. */
export function onWire({ cls, text }: Hostile): string {
  if (cls === 'percent') return text;
  try {
    return encodeURIComponent(text);
  } catch {
    // A lone surrogate has no UTF-8: send the bytes a careless encoder would (WTF-8).
    return text
      .replace(/[\uD800-\uDFFF]/g, '%ED%A0%80')
      .replace(/[^%\w.~-]/g, (c) => encodeURIComponent(c));
  }
}

/** A JSON value of the wrong type in place of a body field. */
export const wrongJsonType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    [],
    {},
    1e308,
    -1,
    0,
    2_147_483_648,
    -2_147_483_649,
    1.5,
    Number.MAX_SAFE_INTEGER + 2,
  ),
  fc.constant(JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}')),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => Array.from({ length: n }, () => 'x')),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Whole bodies that no handler expects. */
export const bodyClasses = [
  'wrong-content-type',
  'malformed',
  'huge-body',
  'prototype-body',
] as const;
export type BodyClass = (typeof bodyClasses)[number];

export const wrongContentTypes = [
  'text/plain',
  'text/html',
  'application/xml',
  'multipart/form-data',
  'multipart/form-data; boundary=',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'application/jsonx',
  'application/json;;;',
  'APPLICATION/JSON',
  'text/csv; charset=latin1',
  ';',
  '',
];

export const malformedBodies = [
  '{',
  '}',
  '{"a":',
  '[',
  '\u0000',
  '\uFEFF{}',
  'null',
  '"x"',
  '{"a":1}garbage',
  '%',
  'a=%zz&b=%',
  `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
  '\u00ff\u00fe',
];
