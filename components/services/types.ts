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
};

export type ServicesText = Dictionary['services'] & {
  categories: Dictionary['categories'];
  statuses: Dictionary['statuses'];
  weekdays: string[];
};
