import { describe, expect, it } from 'vitest';
import { sameOriginPath } from '@/lib/auth/callback-url';

const ORIGIN = 'http://localhost:3000';

/** Finding 2 of issue 14: `/login?callbackUrl=/%5Cevil.example/x` led to http://evil.example/x. */
describe('open redirect after login', () => {
  it('keeps a path on this origin, with its query and fragment', () => {
    expect(sameOriginPath('/u/12?range=7d#harian')).toBe('/u/12?range=7d#harian');
    expect(sameOriginPath(`${ORIGIN}/u/12`, ORIGIN)).toBe('/u/12');
    expect(sameOriginPath('/u/12', ORIGIN)).toBe('/u/12');
  });

  it('sends anything that could leave the site to the home page', () => {
    for (const raw of [
      '/\\evil.example/x',
      '\\\\evil.example',
      '//evil.example/x',
      '/\t/evil.example',
      '/\n/evil.example',
      '/.//evil.example',
      'https://evil.example/u/1',
      'http://localhost:3000.evil.example/',
      'javascript:alert(1)',
      'data:text/html,hi',
      '/%0a/evil.example',
      undefined,
      ['/u/1'],
      'x'.repeat(3000),
    ]) {
      const path = sameOriginPath(raw, ORIGIN);
      expect(new URL(path, ORIGIN).origin, String(raw)).toBe(ORIGIN);
      expect(path.startsWith('/') && !path.startsWith('//'), String(raw)).toBe(true);
    }
    expect(sameOriginPath('/\\evil.example/x')).toBe('/');
    expect(sameOriginPath('https://evil.example/u/1', ORIGIN)).toBe('/');
  });
});
