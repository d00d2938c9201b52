import { expect, it } from 'vitest';
import { apiCheckIn } from '@/lib/checkins/api';
import { authenticateApiKey, createApiKey } from '@/lib/checkins/api-keys';
import { addEntryPolicy } from '@/lib/tenancy/entry-policy';
import { localDate } from '@/lib/time/local';
import { testNik } from '../support/checkin-checks';
import { describeEachDatabase } from '../support/each-database';
import { actorWith, ctxFor, seedAreas } from '../support/fixtures';

const TA = '32.16.08.1008';

describeEachDatabase(
  'the check-in API’s cached units',
  (get) => {
    it('applies a changed entry policy to the very next API check-in of this process', async () => {
      const { db } = get();
      const admin = await ctxFor(db, await actorWith(db, 'admin', TA), TA);
      const { key } = await createApiKey(admin, { name: 'Kiosk pintu' });
      const scan = async (n: number) => {
        const result = await apiCheckIn(await authenticateApiKey(db, `Bearer ${key}`), { idempotency_key: `policy-${n}`, identity: testNik(n) });
        if (!result.ok) throw result.error;
        return [result.status, result.admitted];
      };
      // Nobody in the registry: not recorded, which the default policy (hijau, kuning) turns away.
      expect(await scan(1)).toEqual(['tidak_tercatat', false]);
      await addEntryPolicy(admin, { name: 'Semua boleh masuk', admits: ['hijau', 'kuning', 'tidak_tercatat'], effectiveDate: localDate(new Date(), 'Asia/Jakarta') });
      expect(await scan(2)).toEqual(['tidak_tercatat', true]);
    });
  },
  (database) => seedAreas(database.db),
);
