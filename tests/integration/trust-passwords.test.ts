import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { upsertAccount } from '@/lib/accounts/users';
import { changeOwnPassword, setPasswordWithLink } from '@/lib/accounts/passwords';
import { listAudit } from '@/lib/audit/log';
import { verifyPassword } from '@/lib/auth/password';
import { queryRows, type Db } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import type { AppError } from '@/lib/errors';
import { addMember, resetMemberPassword } from '@/lib/members/members';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';

// Finding 11, second half: no way to change one's own password, and an account created by an
// admin kept the password that admin saw.
const HOME = '32.16.08';
const STRONG = 'jendela mawar sepeda hujan';
const STRONGER = 'Kereta-Senja-Melintas-Sawah-71';

const failure = (run: () => Promise<unknown>) =>
  run().then(
    () => null,
    (e: unknown) => ({ status: (e as AppError).status, fields: (e as AppError).fields }),
  );
const passwordWorks = async (db: Db, email: string, password: string) => {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return verifyPassword(password, user!.passwordHash);
};
const tokenOf = (link: string) => link.split('/').at(-1)!;
let n = 0;
const person = (role = 'desk') => ({
  email: `sandi.${process.pid}.${++n}@test.pindai.id`,
  name: 'Yuni Kartika',
  role,
});

describeEachDatabase(
  'passwords: one’s own, and one-time links instead of passwords an admin sees',
  (get) => {
    it('changes one’s own password only with the current one, only to a strong one', async () => {
      const { db } = get();
      const actor = await actorWith(db, 'desk', HOME); // password Rahasia#12345
      const hash = async () =>
        (await db.select().from(users).where(eq(users.id, actor.id)))[0]!.passwordHash;
      const before = await hash();
      const refused = {
        wrongCurrent: await failure(() =>
          changeOwnPassword(db, actor, { current: 'salah-sekali', next: STRONG, confirm: STRONG }),
        ),
        weak: await failure(() =>
          changeOwnPassword(db, actor, {
            current: 'Rahasia#12345',
            next: 'rahasia123456',
            confirm: 'rahasia123456',
          }),
        ),
        ownName: await failure(() =>
          changeOwnPassword(db, actor, {
            current: 'Rahasia#12345',
            next: `${actor.email.split('@')[0]}!`,
            confirm: `${actor.email.split('@')[0]}!`,
          }),
        ),
        mismatch: await failure(() =>
          changeOwnPassword(db, actor, {
            current: 'Rahasia#12345',
            next: STRONG,
            confirm: STRONGER,
          }),
        ),
        missing: await failure(() =>
          changeOwnPassword(db, actor, { next: STRONG, confirm: STRONG }),
        ),
      };
      expect(
        Object.fromEntries(
          Object.entries(refused).map(([k, v]) => [k, [v?.status, Object.keys(v?.fields ?? {})]]),
        ),
      ).toEqual({
        wrongCurrent: [422, ['current']],
        weak: [422, ['next']],
        ownName: [422, ['next']],
        mismatch: [422, ['confirm']],
        missing: [422, ['current']],
      });
      expect(refused.weak?.fields?.next).toMatch(/^Kata sandi terlalu mudah ditebak\./);
      expect(await hash()).toBe(before);

      await changeOwnPassword(db, actor, {
        current: 'Rahasia#12345',
        next: STRONG,
        confirm: STRONG,
      });
      expect([
        await passwordWorks(db, actor.email, STRONG),
        await passwordWorks(db, actor.email, 'Rahasia#12345'),
      ]).toEqual([true, false]);
    });

    it('an account an admin creates has no password anyone knows until its owner sets one through a one-time link', async () => {
      const { db } = get();
      const admin = await ctxFor(db, await actorWith(db, 'admin', HOME), HOME);
      const newcomer = person();
      const { setupLink } = await addMember(admin, newcomer);
      const token = tokenOf(setupLink!);
      // Only a hash of the token is stored.
      const [stored] = await queryRows<{ dump: string }>(
        db,
        sql`SELECT string_agg(t::text, ',') AS dump FROM password_links t`,
      );
      expect(stored!.dump).not.toContain(token);

      const weak = await failure(() =>
        setPasswordWithLink(db, { token, next: 'yuni kartika 1', confirm: 'yuni kartika 1' }),
      );
      expect(weak?.status).toBe(422); // and the link still works:
      expect(await setPasswordWithLink(db, { token, next: STRONG, confirm: STRONG })).toEqual({
        email: newcomer.email,
      });
      expect(await passwordWorks(db, newcomer.email, STRONG)).toBe(true);
      // Single use.
      expect(
        (await failure(() => setPasswordWithLink(db, { token, next: STRONGER, confirm: STRONGER })))
          ?.status,
      ).toBe(410);
      expect(await passwordWorks(db, newcomer.email, STRONG)).toBe(true);
      // An existing account gets the role and no link.
      expect(
        (
          await addMember(await ctxFor(db, admin.actor, '32.16.08.1008'), {
            ...newcomer,
            role: 'comms',
          })
        ).setupLink,
      ).toBeNull();
    });

    it('an admin’s reset gives a one-time link that expires, audited; the old password works until it is used', async () => {
      const { db } = get();
      const admin = await ctxFor(db, await actorWith(db, 'admin', HOME), HOME);
      const member = person();
      const { setupLink, membership } = await addMember(admin, member);
      await setPasswordWithLink(db, { token: tokenOf(setupLink!), next: STRONG, confirm: STRONG });

      const first = tokenOf((await resetMemberPassword(admin, membership.id)).resetLink);
      const second = tokenOf((await resetMemberPassword(admin, membership.id)).resetLink);
      expect(await passwordWorks(db, member.email, STRONG)).toBe(true);
      // Only the latest link is live, and only until it expires.
      expect(
        (
          await failure(() =>
            setPasswordWithLink(db, { token: first, next: STRONGER, confirm: STRONGER }),
          )
        )?.status,
      ).toBe(410);
      await db.execute(
        sql`UPDATE password_links SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`,
      );
      expect(
        (
          await failure(() =>
            setPasswordWithLink(db, { token: second, next: STRONGER, confirm: STRONGER }),
          )
        )?.status,
      ).toBe(410);

      const third = tokenOf((await resetMemberPassword(admin, membership.id)).resetLink);
      await setPasswordWithLink(db, { token: third, next: STRONGER, confirm: STRONGER });
      expect([
        await passwordWorks(db, member.email, STRONGER),
        await passwordWorks(db, member.email, STRONG),
      ]).toEqual([true, false]);
      const audit = (
        await listAudit({ db, unit: admin.unit }, { action: 'member.password_reset' })
      ).filter((e) => e.targetId === String(membership.id));
      expect(audit.map((e) => e.after)).toEqual([
        { email: member.email },
        { email: member.email },
        { email: member.email },
      ]);
    });

    it('a changed password ends any reset link handed out before', async () => {
      const { db } = get();
      const admin = await ctxFor(db, await actorWith(db, 'admin', HOME), HOME);
      const member = person();
      const { setupLink, membership } = await addMember(admin, member);
      await setPasswordWithLink(db, { token: tokenOf(setupLink!), next: STRONG, confirm: STRONG });
      const token = tokenOf((await resetMemberPassword(admin, membership.id)).resetLink);
      const [user] = await db.select().from(users).where(eq(users.email, member.email));
      await changeOwnPassword(
        db,
        {
          id: user!.id,
          email: member.email,
          name: member.name,
          isSuperadmin: false,
          memberships: [],
        },
        { current: STRONG, next: STRONGER, confirm: STRONGER },
      );
      expect(
        (await failure(() => setPasswordWithLink(db, { token, next: STRONG, confirm: STRONG })))
          ?.status,
      ).toBe(410);
    });

    it('no reset from the wrong tenant, the wrong role, or over an account that reaches beyond the admin', async () => {
      const { db } = get();
      const superadmin = await actorWith(db, 'superadmin');
      const admin = await ctxFor(db, await actorWith(db, 'admin', HOME), HOME);
      const { membership: plain } = await addMember(admin, person());
      // Also an official of the whole regency: taking it over would reach above the admin.
      const wide = person();
      const { membership: wider } = await addMember(admin, wide);
      await upsertAccount(db, {
        email: wide.email,
        name: wide.name,
        password: STRONG,
        unit: '32.16',
        role: 'official',
      });
      const { membership: health } = await addMember(
        await ctxFor(db, superadmin, HOME),
        person('health'),
      );
      const boss = await actorWith(db, 'superadmin');
      const { membership: superMember } = await addMember(await ctxFor(db, superadmin, HOME), {
        email: boss.email,
        name: boss.name,
        role: 'official',
      });
      const desk = await actorWith(db, 'desk', HOME);
      const cityAdmin = await actorWith(db, 'admin', '32.75');
      const links = () => queryRows(db, sql`SELECT count(*)::int AS n FROM password_links`);
      const before = await links();
      expect({
        wrongTenant: (
          await failure(async () =>
            resetMemberPassword(await ctxFor(db, cityAdmin, HOME), plain.id),
          )
        )?.status,
        wrongRole: (
          await failure(async () => resetMemberPassword(await ctxFor(db, desk, HOME), plain.id))
        )?.status,
        reachesAbove: (await failure(() => resetMemberPassword(admin, wider.id)))?.status,
        health: (await failure(() => resetMemberPassword(admin, health.id)))?.status,
        superadmin: (await failure(() => resetMemberPassword(admin, superMember.id)))?.status,
      }).toEqual({
        wrongTenant: 403,
        wrongRole: 403,
        reachesAbove: 403,
        health: 403,
        superadmin: 403,
      });
      expect(await links()).toEqual(before);
    });
  },
  (database) => seedAreas(database.db),
);
