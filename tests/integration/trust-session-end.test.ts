import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { loadActor } from '@/lib/auth/actor';
import { endSessionsOf } from '@/lib/auth/end-sessions';
import { attemptLogin } from '@/lib/auth/login';
import { mayStill } from '@/lib/auth/recheck';
import { memberships } from '@/lib/db/schema';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, seedAreas, unitByCode } from '../support/fixtures';

const PASSWORD = 'Rahasia#12345';
const ADDRESS = '198.51.100.30';

/**
 * Finding 7 of issue 14: a signed-out cookie kept working until it expired, and an open live
 * stream outlived the role. Sessions carry a version that ending them bumps.
 */
describeEachDatabase(
  'sessions that outlive sign-out',
  (get) => {
    it('a session issued before its sessions were ended is refused; a new login is accepted', async () => {
      const { db } = get();
      const actor = await actorWith(db, 'comms', '32.16');
      const login = await attemptLogin(db, { email: actor.email, password: PASSWORD }, ADDRESS);
      if (!login.ok) throw new Error('login failed');
      expect(await loadActor(db, actor.id, login.sessionVersion)).toMatchObject({ id: actor.id });

      await endSessionsOf(db, actor.id);
      expect(await loadActor(db, actor.id, login.sessionVersion)).toBeNull();

      const again = await attemptLogin(db, { email: actor.email, password: PASSWORD }, ADDRESS);
      if (!again.ok) throw new Error('login failed');
      expect(again.sessionVersion).not.toBe(login.sessionVersion);
      expect(await loadActor(db, actor.id, again.sessionVersion)).toMatchObject({ id: actor.id });
    });

    it('ending one user’s sessions leaves everyone else signed in', async () => {
      const { db } = get();
      const [a, b] = [await actorWith(db, 'official', '32.16'), await actorWith(db, 'official', '32.16')];
      await endSessionsOf(db, a.id);
      expect(await loadActor(db, b.id, 0)).toMatchObject({ id: b.id });
    });

    it('a long-lived answer learns that the role or the session is gone', async () => {
      const { db } = get();
      const unit = await unitByCode(db, '32.16.08');
      const actor = await actorWith(db, 'official', '32.16.08');
      const session = { userId: actor.id, sessionVersion: 0 };
      expect(await mayStill(db, session, 'unit.view', unit)).toBe(true);
      await db.delete(memberships).where(eq(memberships.userId, actor.id));
      expect(await mayStill(db, session, 'unit.view', unit)).toBe(false);

      const other = await actorWith(db, 'official', '32.16.08');
      const hers = { userId: other.id, sessionVersion: 0 };
      await endSessionsOf(db, other.id);
      expect(await mayStill(db, hers, 'unit.view', unit)).toBe(false);
    });
  },
  async (db) => {
    await seedAreas(db.db);
  },
);
