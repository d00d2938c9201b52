/**
 * Creates (or resets) an account from the command line, e.g. the first superadmin:
 *   npm run user:create -- --email you@example.go.id --name "Nama" --superadmin
 *   npm run user:create -- --email x@y --name "Nama" --unit 32.16 --role official
 * The password comes from --password or PINDAI_PASSWORD, else it is asked for.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { upsertAccount } from '@/lib/accounts/users';
import { configuredDbOptions, openDb } from '@/lib/db/client';
import { roles } from '@/lib/db/schema';
import { email, personName } from '@/lib/validation';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    superadmin: { type: 'boolean', default: false },
    unit: { type: 'string' },
    role: { type: 'string' },
  },
});

let password = values.password ?? process.env.PINDAI_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question('Password (at least 10 characters): ');
  rl.close();
}

const spec = z
  .object({
    email,
    name: personName,
    password: z.string().min(10, 'The password needs at least 10 characters.').max(200),
    superadmin: z.boolean(),
    unit: z.string().optional(),
    role: z.enum(roles).optional(),
  })
  .refine((s) => s.superadmin || (s.unit && s.role), 'Give --superadmin, or both --unit and --role.')
  .safeParse({ ...values, password });
if (!spec.success) {
  console.error(spec.error.issues.map((i) => i.message).join('\n'));
  process.exit(1);
}

const handle = await openDb(configuredDbOptions());
try {
  await handle.migrate();
  const unit = spec.data.unit && /^\d+$/.test(spec.data.unit) && !spec.data.unit.includes('.') && spec.data.unit.length > 2
    ? Number(spec.data.unit)
    : spec.data.unit;
  const user = await upsertAccount(handle.db, { ...spec.data, unit });
  console.log(`Account ${user.email} is ready${user.isSuperadmin ? ' (superadmin)' : ''}.`);
} finally {
  await handle.close();
}
