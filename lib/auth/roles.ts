/** The roles a membership grants, shared by the schema and the browser (no database imports here). */

/** `health`: a health office that imports the vaccination registry. */
export const roles = ['official', 'admin', 'desk', 'comms', 'health'] as const;
export type Role = (typeof roles)[number];
