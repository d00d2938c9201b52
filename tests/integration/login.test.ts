import { expect, it } from 'vitest';
import { attemptLogin } from '@/lib/auth/login';
import { FREE_ATTEMPTS } from '@/lib/auth/throttle';
import { describeEachDatabase } from '../support/each-database';
import { actorWith } from '../support/fixtures';

const PASSWORD = 'Rahasia#12345'; // what the fixtures give every account

describeEachDatabase('logging in', (get) => {
  it('accepts the right password and refuses a wrong one or a malformed form', async () => {
    const { db } = get();
    const actor = await actorWith(db, 'superadmin');
    expect(await attemptLogin(db, { email: actor.email, password: PASSWORD }, null)).toEqual({
      ok: true,
      userId: actor.id,
    });
    expect(await attemptLogin(db, { email: actor.email, password: 'salah' }, null)).toEqual({
      ok: false,
      reason: 'wrong_credentials',
    });
    expect(
      await attemptLogin(db, { email: 'nobody@test.pindai.id', password: PASSWORD }, null),
    ).toEqual({ ok: false, reason: 'wrong_credentials' });
    for (const input of [
      {},
      { email: '', password: '' },
      { email: actor.email, password: 'x'.repeat(10_000) },
      { email: 42, password: [] },
    ]) {
      expect(await attemptLogin(db, input, null)).toEqual({ ok: false, reason: 'invalid_input' });
    }
  });

  it('locks an account after repeated failures, for longer each time, even against the right password', async () => {
    const { db } = get();
    const actor = await actorWith(db, 'superadmin');
    const now = new Date('2026-11-23T03:00:00Z');
    for (let i = 1; i < FREE_ATTEMPTS.email; i++) {
      expect(
        (await attemptLogin(db, { email: actor.email, password: 'salah' }, null, now)).ok,
      ).toBe(false);
    }
    const locked = await attemptLogin(db, { email: actor.email, password: 'salah' }, null, now);
    expect(locked).toEqual({ ok: false, reason: `locked:${now.getTime() + 60_000}` });
    // The right password does not open a locked account.
    expect(
      await attemptLogin(
        db,
        { email: actor.email, password: PASSWORD },
        null,
        new Date(now.getTime() + 30_000),
      ),
    ).toEqual(locked);

    const later = new Date(now.getTime() + 61_000);
    expect(await attemptLogin(db, { email: actor.email, password: 'salah' }, null, later)).toEqual({
      ok: false,
      reason: `locked:${later.getTime() + 120_000}`,
    });
    const afterLock = new Date(later.getTime() + 121_000);
    expect(
      await attemptLogin(db, { email: actor.email, password: PASSWORD }, null, afterLock),
    ).toEqual({ ok: true, userId: actor.id });
  });

  it('slows down one address that tries many accounts', async () => {
    const { db } = get();
    const now = new Date('2026-11-23T04:00:00Z');
    const address = '203.0.113.7';
    let last;
    for (let i = 0; i < FREE_ATTEMPTS.ip; i++) {
      last = await attemptLogin(
        db,
        { email: `tebak${i}@test.pindai.id`, password: 'salah' },
        address,
        now,
      );
    }
    expect(last).toEqual({ ok: false, reason: `locked:${now.getTime() + 60_000}` });
    const other = await actorWith(db, 'superadmin');
    expect(
      await attemptLogin(db, { email: other.email, password: PASSWORD }, address, now),
    ).toEqual(last);
    expect(
      await attemptLogin(db, { email: other.email, password: PASSWORD }, '198.51.100.1', now),
    ).toEqual({ ok: true, userId: other.id });
  });
});
