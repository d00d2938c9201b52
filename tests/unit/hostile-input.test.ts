/**
 * The four classes of 5xx the fuzz harness found (issue 14, finding 10), each refused where it
 * enters: an undecodable path, a prototype key looked up as a value, control characters bound
 * for Postgres or a header, and a login callback that is no URL. (The harness itself,
 * e2e/security/fuzz.spec.ts, proves it over every route against the real server.)
 */
import { describe, expect, it } from 'vitest';
import { sameOriginPath } from '@/lib/auth/callback-url';
import { parseJson } from '@/lib/http/body';
import { seeOther } from '@/lib/http/form-route';
import { malformedPath } from '@/lib/http/request-path';
import { parsePosterSize } from '@/lib/posters/downloads';
import { statsQueryParams } from '@/lib/stats/params';
import { parseRange } from '@/lib/stats/range';
import { childUnitInput } from '@/lib/tenancy/child-units';
import { displayText } from '@/lib/validation-text';

describe('undecodable paths', () => {
  it('are told from paths that decode', () => {
    for (const bad of [
      '/u/%zz',
      '/u/%',
      '/c/%E0%A4%A',
      '/u/%ED%A0%80',
      '/u/%C0%AF',
      '/u/%FF%FE',
      '/u/%u0041',
      '/u/%F4%90%80%80',
    ]) {
      expect(malformedPath(bad), bad).toBe(true);
    }
    for (const good of ['/u/12', '/c/abc_-DEF', '/u/%25', '/u/%F0%9F%98%80', '/statistik/1/embed'])
      expect(malformedPath(good), good).toBe(false);
  });
});

describe('prototype keys', () => {
  it('are no paper size', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(() => parsePosterSize(key)).toThrow('Ukuran kertas');
    expect(parsePosterSize('A5')).toBe('A5');
  });
});

describe('control characters', () => {
  it('are refused in names, which Postgres could not store', () => {
    expect(childUnitInput.safeParse({ kind: 'agency', name: 'Dinas\u0000 Uji' }).success).toBe(
      false,
    );
    expect(displayText('Label', 60).safeParse('Pintu\u0000').success).toBe(false);
    expect(childUnitInput.safeParse({ kind: 'agency', name: 'Dinas Uji' }).success).toBe(true);
  });

  it('and text that is no Unicode are refused in any JSON body, before a handler sees them', () => {
    for (const bad of [
      '{"label":"a\\u0000b"}',
      '{"label":"\\ud800"}',
      '{"a\\u0000":1}',
      '[{"x":["\\udfff"]}]',
    ]) {
      expect(() => parseJson(bad), bad).toThrow('Teks berisi karakter yang tidak valid.');
    }
    expect(() => parseJson('{')).toThrow('JSON tidak dapat dibaca.');
    expect(parseJson('{"label":"Pintu 𝕏 \\ud83d\\ude00"}')).toEqual({ label: 'Pintu 𝕏 😀' });
  });

  it('leave a redirect escaped, never a broken header', () => {
    const res = seeOther('/c/a\u0000b\uD800é?galat=status');
    expect(res.headers.get('location')).toBe('/c/a%00b%EF%BF%BD%C3%A9?galat=status');
  });
});

describe('far dates', () => {
  it('fall outside the calendar a range may span', () => {
    const now = new Date('2026-11-29T05:00:00Z');
    const range = parseRange(
      { range: 'custom', from: '2026-11-01', to: '9999-12-31' },
      'Asia/Jakarta',
      now,
    );
    expect(range).toMatchObject({ preset: 'today', first: '2026-11-29', last: '2026-11-29' });
    expect(statsQueryParams.safeParse({ from: '0001-01-01' }).success).toBe(false);
    expect(statsQueryParams.safeParse({ from: '2026-01-01', to: '2026-02-01' }).success).toBe(true);
  });
});

describe('login callbacks', () => {
  const base = 'https://pindai.example';
  it('stay on this site whatever is sent, and never fail to parse', () => {
    expect(sameOriginPath('/u/12?range=7d', base)).toBe('/u/12?range=7d');
    expect(sameOriginPath(`${base}/u/1`, base)).toBe('/u/1');
    for (const bad of ['00', '', '//evil.example/x', '/\\evil.example/x', 'https://evil.example/', 'javascript:alert(1)', '/a\u0000b', '%zz']) {
      expect(new URL(`${base}${sameOriginPath(bad, base)}`).origin, bad).toBe(base);
    }
  });
});
