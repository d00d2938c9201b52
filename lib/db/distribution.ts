/**
 * How the schema would be spread over a distributed PostgreSQL (Citus) for a national
 * deployment: docs/SCALE.md explains it, `npm run db:citus-plan` prints it as SQL, and
 * tests/integration/distribution-keys.test.ts holds the schema to it.
 */

/** Sharded by the regency, all co-located: a regency's events and rollups live on one node. */
export const DISTRIBUTION_COLUMN = 'regency_id';
export const distributedTables = [
  'checkin_events',
  'checkin_keys',
  'rollup_unit_hour',
  'rollup_unit_day',
  'rollup_area_hour',
  'rollup_area_day',
  // Queue numbers are given in the check-in batch's statement (lib/queue/issue-sql.ts): with it.
  'queue_days',
  'queue_tickets',
] as const;

/**
 * Copied to every node, so the door's and the rollups' joins stay local to a shard; users too,
 * because posters and API keys name who made them, and service templates, because an adopted
 * service names its template (before services: a reference table's keys must point to one).
 */
export const referenceTables = [
  'units',
  'users',
  'service_templates',
  'services',
  'posters',
  'poster_tokens',
  'api_keys',
  'entry_policies',
] as const;

/**
 * Sharded by the visitor key in a group of their own: a status lookup names one visitor, so it
 * goes to one node.
 */
export const visitorTables = [{ table: 'vaccination_registry', column: 'visitor_key' }] as const;

/** The SQL that distributes an existing single-node database, in the order it must run. */
export function citusPlan(): string[] {
  return [
    ...referenceTables.map((t) => `SELECT create_reference_table('${t}');`),
    `SELECT create_distributed_table('${distributedTables[0]}', '${DISTRIBUTION_COLUMN}', shard_count => 64);`,
    ...distributedTables
      .slice(1)
      .map((t) => `SELECT create_distributed_table('${t}', '${DISTRIBUTION_COLUMN}', colocate_with => '${distributedTables[0]}');`),
    ...visitorTables.map(({ table, column }) => `SELECT create_distributed_table('${table}', '${column}', colocate_with => 'none');`),
  ];
}
