import type { templatesId } from './templates-id';

/** Service templates in English. */
export const templatesEn: typeof templatesId = {
  title: 'Service templates for the units below',
  intro:
    'The units below this one adopt a template in one click. A change to the template reaches every unit that adopted it, except in the fields that unit changed itself.',
  none: 'No templates yet. Create one so that the kelurahan and desa below offer the same service to the same standard.',
  add: 'Add template',
  save: 'Save template',
  removeTitle: 'Delete template {name}?',
  removeBody: 'The units that adopted it keep their services, which no longer follow the template.',
  removed: 'Template {name} deleted.',
  adopters: 'Adopted by {count} units',
  noAdopters: 'No unit has adopted this template yet.',
  unit: 'Unit',
  ownFields: 'Changed locally',
  followsAll: 'Follows the template in full',
  offeredTitle: 'Templates from the units above',
  offeredIntro:
    'A service from a template follows the template’s changes. The fields you change become this unit’s own and no longer change with the template.',
  owner: 'From',
  adopt: 'Adopt template',
  adopted: 'Adopted',
  adoptedDone: 'Template {name} adopted: its service is in the Services list.',
  search: 'Search templates',
  from: 'Follows template {name} ({owner})',
  inherited: 'from template',
  own: 'local',
  ownList: 'Changed in this unit: {fields}. The other fields follow the template.',
  allInherited: 'Every field follows the template.',
  returnField: 'Return {field} to the template',
  formNote: 'The fields you change become this unit’s own; the others keep following the template.',
};
