import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { upsertAccount } from '@/lib/accounts/users';
import { loadActor } from '@/lib/auth/actor';
import { grantable } from '@/lib/auth/grants';
import { queryRows, type Db } from '@/lib/db/client';
import { roles } from '@/lib/db/schema';
import type { AppError } from '@/lib/errors';
import { addMember, changeMember, removeMember } from '@/lib/members/members';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';

// Finding 3, second half: any unit admin could grant `health`, which decides every door below.
const HOME = '32.16.08';
const BELOW = '32.16.08.1008';
const OTHER_REGENCY = '32.75';

const statusOf = (run: () => Promise<unknown>) =>
  run().then(
    () => 'ok',
    (e: unknown) => (e as AppError).status ?? String(e),
  );

const snapshot = (db: Db) =>
  queryRows(
    db,
    sql`SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM audit_log)::int AS audit,
               (SELECT string_agg(id || ':' || role, ',' ORDER BY id) FROM memberships) AS roles`,
  );

let n = 0;
const newPerson = (role: string) => ({
  email: `orang.${process.pid}.${++n}@test.pindai.id`,
  name: 'Rina Wati',
  role,
});

describeEachDatabase(
  'who may grant what',
  (get) => {
    it('the matrix: only an admin grants, never health, never a role above its own', () => {
      expect(grantable).toEqual({
        admin: ['admin', 'desk', 'comms', 'official'],
        official: [],
        desk: [],
        comms: [],
        health: [],
      });
      for (const role of roles) expect(grantable[role]).not.toContain('health');
    });

    it('an admin grants admin, desk, comms and official at and below its unit', async () => {
      const { db } = get();
      const admin = await actorWith(db, 'admin', HOME);
      for (const code of [HOME, BELOW]) {
        const ctx = await ctxFor(db, admin, code);
        for (const role of ['admin', 'desk', 'comms', 'official'])
          expect({
            code,
            role,
            result: await statusOf(() => addMember(ctx, newPerson(role))),
          }).toEqual({ code, role, result: 'ok' });
      }
    });

    it('health is granted, changed and taken away only by a superadmin (wrong role), nothing written on refusal', async () => {
      const { db } = get();
      const admin = await actorWith(db, 'admin', HOME);
      const superadmin = await actorWith(db, 'superadmin');
      const ctx = await ctxFor(db, admin, HOME);
      const { membership: health } = await addMember(
        await ctxFor(db, superadmin, HOME),
        newPerson('health'),
      );
      const { membership: desk } = await addMember(ctx, newPerson('desk'));
      const officer = await actorWith(db, 'health', HOME);
      const before = await snapshot(db);
      const refused = {
        grant: await statusOf(() => addMember(ctx, newPerson('health'))),
        promote: await statusOf(() => changeMember(ctx, desk.id, { role: 'health' })),
        demote: await statusOf(() => changeMember(ctx, health.id, { role: 'desk' })),
        remove: await statusOf(() => removeMember(ctx, health.id)),
      };
      expect(refused).toEqual({ grant: 403, promote: 403, demote: 403, remove: 403 });
      expect(await snapshot(db)).toEqual(before);
      // A health officer holds no grant either, not even its own role.
      expect(
        await statusOf(async () => addMember(await ctxFor(db, officer, HOME), newPerson('health'))),
      ).toBe(403);
      expect(await snapshot(db)).toEqual(before);
    });

    it('no grant from the wrong tenant, nor from a lesser role held higher up', async () => {
      const { db } = get();
      const cityAdmin = await actorWith(db, 'admin', OTHER_REGENCY);
      // Admin of the kelurahan, only an official on the kecamatan above it.
      const user = await upsertAccount(db, {
        email: `campur.${process.pid}@test.pindai.id`,
        name: 'Campur',
        password: 'Rahasia#12345',
        unit: BELOW,
        role: 'admin',
      });
      await upsertAccount(db, {
        email: `campur.${process.pid}@test.pindai.id`,
        name: 'Campur',
        password: 'Rahasia#12345',
        unit: HOME,
        role: 'official',
      });
      const mixed = (await loadActor(db, user.id))!;
      const before = await snapshot(db);
      for (const role of ['admin', 'desk', 'comms', 'official', 'health']) {
        expect({
          role,
          result: await statusOf(async () =>
            addMember(await ctxFor(db, cityAdmin, HOME), newPerson(role)),
          ),
        }).toEqual({ role, result: 403 });
        expect({
          role,
          result: await statusOf(async () =>
            addMember(await ctxFor(db, mixed, HOME), newPerson(role)),
          ),
        }).toEqual({ role, result: 403 });
      }
      expect(await snapshot(db)).toEqual(before);
    });
  },
  (database) => seedAreas(database.db),
);
