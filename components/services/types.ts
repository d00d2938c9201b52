import type { OpeningHours, ServiceCategory, Status } from '@/lib/services/vocabulary';
import type { Dictionary } from '@/lib/i18n/id';

export type ServiceRow = {
  id: number;
  name: string;
  category: ServiceCategory;
  description: string;
  openingHours: OpeningHours;
  dailyCapacity: number | null;
  admits: Status[];
  paused: boolean;
  /** The letter of its queue numbers, or null when it issues none. */
  queueLetter: string | null;
};

export type ServicesText = Dictionary['services'] & {
  queue: Pick<Dictionary['queue'], 'letter' | 'letterHint'>;
  categories: Dictionary['categories'];
  statuses: Dictionary['statuses'];
  weekdays: string[];
};
