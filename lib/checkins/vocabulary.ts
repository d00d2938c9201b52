/** Plain lists shared by the schema, validation and the browser. */
export const checkinKinds = ['in', 'out'] as const;
export type CheckinKind = (typeof checkinKinds)[number];

export const checkinChannels = ['qr', 'desk', 'api', 'import'] as const;
export type CheckinChannel = (typeof checkinChannels)[number];

/**
 * Why a scan was refused: its status under the policy in force, the service closed or full
 * today, the identity not recorded by the provider, or the service paused.
 */
export const refusalReasons = ['status', 'not_recorded', 'closed', 'full', 'paused'] as const;
export type RefusalReason = (typeof refusalReasons)[number];
