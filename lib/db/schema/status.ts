import { pgEnum } from 'drizzle-orm/pg-core';
import { statuses } from '../../services/vocabulary';

export { statuses };
export type { Status } from '../../services/vocabulary';
export const status = pgEnum('status', statuses);
