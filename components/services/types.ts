import type {
  OpeningHours,
  ServiceCategory,
  Status,
  TemplateField,
} from '@/lib/services/vocabulary';
import type { Dictionary } from '@/lib/i18n/id';

/** What a service or a template is set to: the fields a template hands down. */
export type ServiceSettings = {
  name: string;
  category: ServiceCategory;
  description: string;
  openingHours: OpeningHours;
  dailyCapacity: number | null;
  admits: Status[];
  requirements: string;
  completionTime: string;
  fee: string;
};

export type ServiceRow = ServiceSettings & {
  id: number;
  paused: boolean;
  /** The template it adopted, and the fields it made its own. */
  template: { name: string; owner: string } | null;
  overridden: TemplateField[];
  /** The letter of its queue numbers, or null when it issues none: the unit's own, never a template's. */
  queueLetter: string | null;
};

/** A template of a unit above, as the unit that may adopt it sees it. */
export type OfferedTemplateRow = ServiceSettings & { id: number; owner: string; adopted: boolean };

/** A template the unit owns, with who adopted it and what each changed. */
export type OwnTemplateRow = ServiceSettings & {
  id: number;
  adopters: {
    serviceId: number;
    unit: string;
    overrides: { field: TemplateField; value: unknown }[];
  }[];
};

export type ServicesText = Dictionary['services'] & {
  categories: Dictionary['categories'];
  statuses: Dictionary['statuses'];
  weekdays: string[];
  templates: Dictionary['templates'];
  queue: Pick<Dictionary['queue'], 'letter' | 'letterHint'>;
};
