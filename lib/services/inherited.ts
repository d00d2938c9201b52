import type { Service } from '@/lib/db/schema';
import type { ServiceInput } from './input';
import { type TemplateField, templateFields } from './vocabulary';

/** A row's template fields: what a template hands down, and what the audit log keeps of either. */
export const settingsOf = (row: Pick<Service, TemplateField>) =>
  Object.fromEntries(templateFields.map((f) => [f, row[f]])) as Pick<Service, TemplateField>;

/** A field's value in a form that compares equal when the setting is the same. */
function comparable(field: TemplateField, value: unknown): string {
  // Whom a service admits is a set: the order of the ticked boxes says nothing.
  if (field === 'admits') return [...(value as string[])].sort().join(',');
  if (field === 'openingHours') {
    return (value as ServiceInput['openingHours'])
      .map((d) => (d ? `${d.open}-${d.close}` : ''))
      .join(',');
  }
  return JSON.stringify(value);
}

/**
 * An edit of an adopted service: the fields the adopter changed become its own (overridden), the
 * others keep following the template, whatever the form sent for them.
 */
export function adopterEdit(
  before: Service,
  data: ServiceInput,
): Partial<ServiceInput> & { overridden: TemplateField[] } {
  const changed = templateFields.filter((f) => comparable(f, before[f]) !== comparable(f, data[f]));
  return {
    ...Object.fromEntries(changed.map((f) => [f, data[f]])),
    overridden: templateFields.filter((f) => changed.includes(f) || before.overridden.includes(f)),
  };
}
