import type { Actor } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/client';
import type { Unit } from '@/lib/db/schema';

/** What every tenant-scoped query and mutation takes: the database, who acts, and on which unit. */
export type Ctx = { db: Db; actor: Actor; unit: Unit };
