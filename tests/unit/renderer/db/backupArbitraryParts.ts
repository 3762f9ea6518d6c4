// fast-check building blocks for backup tests: text with emoji, accents, right-to-left scripts and
// unpaired surrogates, dates, times, and records that carry the base fields.
import fc from 'fast-check';
import type { BaseRecord } from '@shared/model';

const SPECIAL = [
  'Conexión en Español — Señora Núñez',
  'Grupo de apoyo: ¿cómo estás?',
  'مجموعة الدعم للتعافي',
  'קבוצת תמיכה בהחלמה',
  '👩🏽‍⚕️ Peer support 🤝💙',
  'Ça va? Zoë, Ångström, Øresund',
  'mixed עברית and English ‮reversed‬',
  'line one\nline two\ttabbed',
  'quotes "double" and \'single\' and \\backslash',
  'nul\u0000inside',
  'lone \ud800 surrogate',
  '__proto__',
  'constructor',
];

export const text = (max: number, min = 0) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom(...SPECIAL),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.string({ maxLength: 6 }).map((value) => `${value}\ud83d`),
    )
    .filter((value) => value.length >= min && value.length <= max);

export const stamp = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true })
  .map((date) => date.toISOString());
export const day = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
export const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
export const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
export const count = fc.integer({ min: 0, max: 500 });
export const cents = fc.integer({ min: 0, max: 10_000_000 });
export const minutes = fc.integer({ min: 15, max: 480 });

export const base: fc.Arbitrary<BaseRecord> = fc.record({
  id: fc.uuid(),
  createdAt: stamp,
  updatedAt: stamp,
  deletedAt: nullable(stamp),
  changedBy: fc.uuid(),
});

export const withBase = <T extends object>(fields: fc.Arbitrary<T>) =>
  fc.tuple(base, fields).map(([record, rest]) => ({ ...record, ...rest }));
export const many = <T extends { id: string }>(arb: fc.Arbitrary<T>, maxLength: number) =>
  fc.uniqueArray(arb, { selector: (record) => record.id, maxLength });
export const someOf = (ids: string[]) => (ids.length > 0 ? fc.subarray(ids) : fc.constant([] as string[]));
export const nullableRef = (ids: string[]) => (ids.length > 0 ? nullable(fc.constantFrom(...ids)) : fc.constant(null));
