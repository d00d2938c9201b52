import { expect, it } from 'vitest';
import { can, permissions } from '@/lib/auth/permissions';
import type { Role } from '@/lib/db/schema';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, seedAreas, unitByCode } from '../support/fixtures';

// The role sits on Kecamatan Cikarang Barat; targets relative to it.
const HOME = '32.16.08';
const targets = {
  same: '32.16.08',
  descendant: '32.16.08.1008',
  parent: '32.16',
  sibling: '32.16.07',
  otherRegency: '32.75',
} as const;

describeEachDatabase(
  'permission matrix over the unit tree',
  (get) => {
    const roles: Role[] = ['official', 'admin', 'desk', 'comms', 'health'];
    for (const role of roles) {
      it(`${role} on a kecamatan: its subtree only`, async () => {
        const { db } = get();
        const actor = await actorWith(db, role, HOME);
        for (const [where, code] of Object.entries(targets)) {
          const unit = await unitByCode(db, code);
          const inside = where === 'same' || where === 'descendant';
          for (const action of Object.keys(permissions) as (keyof typeof permissions)[]) {
            const expected = inside && (permissions[action] as readonly Role[]).includes(role);
            expect({ role, where, action, allowed: can(actor, action, unit) }).toEqual({
              role,
              where,
              action,
              allowed: expected,
            });
          }
        }
      });
    }

    it('a superadmin may do everything everywhere', async () => {
      const { db } = get();
      const actor = await actorWith(db, 'superadmin');
      for (const code of Object.values(targets)) {
        const unit = await unitByCode(db, code);
        for (const action of Object.keys(permissions) as (keyof typeof permissions)[]) {
          expect(can(actor, action, unit)).toBe(true);
        }
      }
    });

    it('reading is open to every role; changing to admin only', () => {
      expect(permissions['unit.view']).toEqual(['official', 'admin', 'desk', 'comms', 'health']);
      for (const action of [
        'units.manage',
        'members.manage',
        'services.manage',
        'posters.manage',
      ] as const) {
        expect(permissions[action]).toEqual(['admin']);
      }
    });
  },
  (database) => seedAreas(database.db),
);
