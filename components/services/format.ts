import { hoursSummary as weekHours } from '@/lib/services/hours-text';
import type { OpeningHours, Status, TemplateField } from '@/lib/services/vocabulary';
import type { ServicesText } from './types';

/** "Sen 08.00–15.00, Sel 08.00–15.00, …": the open days only. */
export const hoursSummary = (hours: OpeningHours, t: ServicesText): string =>
  weekHours(hours, t.weekdays);

const labelKey = {
  name: 'name',
  category: 'category',
  description: 'description',
  openingHours: 'hours',
  dailyCapacity: 'capacity',
  admits: 'admits',
  requirements: 'requirements',
  completionTime: 'completionTime',
  fee: 'fee',
} as const satisfies Record<TemplateField, keyof ServicesText>;

/** The label of a field, as the form names it. */
export const fieldLabel = (field: TemplateField, t: ServicesText): string => t[labelKey[field]];

/** A field's value in words, for a table cell or a list of what a unit changed. */
export function fieldText(field: TemplateField, value: unknown, t: ServicesText): string {
  switch (field) {
    case 'category':
      return t.categories[value as keyof ServicesText['categories']];
    case 'openingHours':
      return hoursSummary(value as OpeningHours, t);
    case 'dailyCapacity':
      return value === null ? t.noLimit : String(value);
    case 'admits':
      return (value as Status[]).map((s) => t.statuses[s]).join(', ');
    default:
      return String(value);
  }
}
