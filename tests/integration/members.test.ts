import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { listAudit } from '@/lib/audit/log';
import { queryRows, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { addMember, changeMember, listMembers, removeMember } from '@/lib/members/members';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';

// The admin sits on Kecamatan Cikarang Barat.
const HOME = '32.16.08';
const BELOW = '32.16.08.1008';
const OUTSIDE = { parent: '32.16', sibling: '32.16.07', otherRegency: '32.75' } as const;

const errorOf = (run: () => Promise<unknown>) =>
  run().then(
    () => null,
    (e: unknown) => e as AppError,
  );

/** Everything a membership change could touch, to prove a refusal wrote nothing. */
const snapshot = (db: Db) =>
  queryRows(
    db,
    sql`SELECT (SELECT count(*) FROM memberships)::int AS memberships,
               (SELECT count(*) FROM users)::int AS users,
               (SELECT count(*) FROM audit_log)::int AS audit,
               (SELECT string_agg(id || ':' || role, ',' ORDER BY id) FROM memberships) AS roles`,
  );

describeEachDatabase(
  'members of a unit and its subtree',
  (get) => {
    it('an admin adds, changes and removes members below, each change audited with before and after', async () => {
      const { db } = get();
      const admin = await actorWith(db, 'admin', HOME);
      for (const code of [HOME, BELOW]) {
        const ctx = await ctxFor(db, admin, code);
        const email = `warga.${code}.${Date.now()}@test.pindai.id`;
        const { membership, setupLink } = await addMember(ctx, {
          email,
          name: 'Siti Aminah',
          role: 'desk',
        });
        expect(setupLink).toMatch(/^\/akun\/atur-sandi\/[\w-]{43}$/);
        expect((await listMembers(ctx)).map((m) => [m.email, m.role])).toContainEqual([
          email,
          'desk',
        ]);

        await changeMember(ctx, membership.id, { role: 'comms' });
        await removeMember(ctx, membership.id);
        expect((await listMembers(ctx)).some((m) => m.email === email)).toBe(false);

        const audit = (await listAudit(ctx)).filter(
          (e) => e.targetId === String(membership.id),
        );
        expect(audit.map((e) => [e.action, e.before, e.after]).reverse()).toEqual([
          ['member.add', null, { email, role: 'desk' }],
          ['member.change', { email, role: 'desk' }, { email, role: 'comms' }],
          ['member.remove', { email, role: 'comms' }, null],
        ]);
        expect(audit.every((e) => e.actorEmail === admin.email)).toBe(true);
      }
    });

    it('refuses changes above, beside and in another regency, leaving the database unchanged', async () => {
      const { db } = get();
      const admin = await actorWith(db, 'admin', HOME);
      const superadmin = await actorWith(db, 'superadmin');
      for (const [where, code] of Object.entries(OUTSIDE)) {
        // A member there, made by someone allowed to.
        const { membership } = await addMember(await ctxFor(db, superadmin, code), {
          email: `pegawai.${where}.${Date.now()}@test.pindai.id`,
          name: 'Budi Santoso',
          role: 'official',
        });
        const ctx = await ctxFor(db, admin, code);
        const before = await snapshot(db);
        const attempts = [
          () =>
            addMember(ctx, {
              email: `penyusup.${where}@test.pindai.id`,
              name: 'Penyusup',
              role: 'admin',
            }),
          () => changeMember(ctx, membership.id, { role: 'admin' }),
          () => removeMember(ctx, membership.id),
        ];
        for (const attempt of attempts)
          expect({ where, status: (await errorOf(attempt))?.status }).toEqual({
            where,
            status: 403,
          });
        expect(await snapshot(db)).toEqual(before);
      }
    });

    it('a membership of another unit cannot be reached through one’s own unit', async () => {
      const { db } = get();
      const superadmin = await actorWith(db, 'superadmin');
      const { membership } = await addMember(await ctxFor(db, superadmin, OUTSIDE.sibling), {
        email: `staf.sibling.${Date.now()}@test.pindai.id`,
        name: 'Dewi Lestari',
        role: 'desk',
      });
      const ctx = await ctxFor(db, await actorWith(db, 'admin', HOME), HOME);
      const before = await snapshot(db);
      expect(
        (await errorOf(() => changeMember(ctx, membership.id, { role: 'admin' })))?.status,
      ).toBe(404);
      expect((await errorOf(() => removeMember(ctx, membership.id)))?.status).toBe(404);
      expect(await snapshot(db)).toEqual(before);
    });

    it('refuses other roles and bad input with clear messages', async () => {
      const { db } = get();
      for (const role of ['official', 'desk', 'comms', 'health'] as const) {
        const ctx = await ctxFor(db, await actorWith(db, role, HOME), HOME);
        const error = await errorOf(() =>
          addMember(ctx, { email: 'x@test.pindai.id', name: 'X Y', role: 'desk' }),
        );
        expect({ role, status: error?.status }).toEqual({ role, status: 403 });
      }
      const ctx = await ctxFor(db, await actorWith(db, 'admin', HOME), HOME);
      const before = await snapshot(db);
      for (const input of [
        { email: 'bukan-email', name: 'Nama', role: 'desk' },
        { email: 'a@test.pindai.id', name: '', role: 'desk' },
        { email: 'a@test.pindai.id', name: 'Nama', role: 'superadmin' },
        { email: `${'a'.repeat(10_000)}@test.pindai.id`, name: 'Nama', role: 'desk' },
      ]) {
        const error = await errorOf(() => addMember(ctx, input));
        expect(error?.status).toBe(422);
        expect(Object.values(error?.fields ?? {}).join(' ')).not.toBe('');
      }
      expect(await snapshot(db)).toEqual(before);
    });
  },
  (database) => seedAreas(database.db),
);
