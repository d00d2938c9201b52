import { afterEach, expect, it, vi } from 'vitest';
import { attemptLogin } from '@/lib/auth/login';
import { LOGIN_LIMITS } from '@/lib/auth/throttle';
import { describeEachDatabase } from '../support/each-database';
import { actorWith } from '../support/fixtures';

const PASSWORD = 'Rahasia#12345'; // what the fixtures give every account
const ATTACKER = '203.0.113.7';
const OWNER = '198.51.100.20';

afterEach(() => {
  vi.useRealTimers();
});

/**
 * Finding 5 of issue 14: five wrong passwords from anywhere locked the account for everyone.
 * Failures now count per (account, address) and per address (OWASP ASVS V2.2.1).
 */
describeEachDatabase('login lockout denial of service', (get) => {
  it('accepts the right password and refuses a wrong one or a malformed form', async () => {
    const { db } = get();
    const actor = await actorWith(db, 'superadmin');
    expect(await attemptLogin(db, { email: actor.email, password: PASSWORD }, OWNER)).toEqual({
      ok: true,
      userId: actor.id,
      sessionVersion: 0,
    });
    expect(await attemptLogin(db, { email: actor.email, password: 'salah' }, OWNER)).toEqual({
      ok: false,
      reason: 'wrong_credentials',
    });
    expect(await attemptLogin(db, { email: 'nobody@test.pindai.id', password: PASSWORD }, OWNER)).toEqual({
      ok: false,
      reason: 'wrong_credentials',
    });
    for (const input of [{}, { email: '', password: '' }, { email: actor.email, password: 'x'.repeat(10_000) }, { email: 42, password: [] }]) {
      expect(await attemptLogin(db, input, OWNER)).toEqual({ ok: false, reason: 'invalid_input' });
    }
  });

  it("an attacker's failures slow the attacker's address and never lock the owner out from elsewhere", async () => {
    const { db } = get();
    const owner = await actorWith(db, 'superadmin');
    const wrong = { email: owner.email, password: 'tebakan' };
    const started = Date.now();
    for (let i = 1; i < LOGIN_LIMITS.accountAddress.failures; i++) {
      expect(await attemptLogin(db, wrong, ATTACKER)).toEqual({ ok: false, reason: 'wrong_credentials' });
    }
    const locked = await attemptLogin(db, wrong, ATTACKER);
    expect(locked.ok).toBe(false);
    const until = Number((locked as { reason: string }).reason.replace('locked:', ''));
    // The answer says when to try again: at most the window from the first failure.
    expect(until).toBeGreaterThan(started);
    expect(until).toBeLessThanOrEqual(Date.now() + LOGIN_LIMITS.accountAddress.seconds * 1000 + 1000);

    // From the attacker's address even the right password waits, and further tries are not counted.
    expect((await attemptLogin(db, { ...wrong, password: PASSWORD }, ATTACKER)).ok).toBe(false);
    // The owner, elsewhere, logs in at once.
    expect(await attemptLogin(db, { email: owner.email, password: PASSWORD }, OWNER)).toMatchObject({ ok: true, userId: owner.id });
    // And the owner's own typos are counted apart from the attacker's.
    expect(await attemptLogin(db, wrong, OWNER)).toEqual({ ok: false, reason: 'wrong_credentials' });
  });

  it('the attacker may try again once the window has passed, and a success clears its count', async () => {
    const { db } = get();
    const owner = await actorWith(db, 'superadmin');
    const wrong = { email: owner.email, password: 'tebakan' };
    for (let i = 0; i < LOGIN_LIMITS.accountAddress.failures; i++) await attemptLogin(db, wrong, ATTACKER);
    expect((await attemptLogin(db, wrong, ATTACKER)).ok).toBe(false);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + LOGIN_LIMITS.accountAddress.seconds * 1000 + 1000);
    expect(await attemptLogin(db, { email: owner.email, password: PASSWORD }, ATTACKER)).toMatchObject({ ok: true });
    // The success cleared the pair's count: the next failures start from zero.
    expect(await attemptLogin(db, wrong, ATTACKER)).toEqual({ ok: false, reason: 'wrong_credentials' });
  });

  it('one address trying many accounts is slowed, every other address is not', async () => {
    const { db } = get();
    const address = '203.0.113.99';
    let last;
    for (let i = 0; i < LOGIN_LIMITS.address.failures; i++) {
      last = await attemptLogin(db, { email: `tebak${i}@test.pindai.id`, password: 'salah' }, address);
    }
    expect(last).toMatchObject({ ok: false, reason: expect.stringMatching(/^locked:\d+$/) });
    const other = await actorWith(db, 'superadmin');
    expect((await attemptLogin(db, { email: other.email, password: PASSWORD }, address)).ok).toBe(false);
    expect(await attemptLogin(db, { email: other.email, password: PASSWORD }, OWNER)).toMatchObject({ ok: true, userId: other.id });
  });
});
