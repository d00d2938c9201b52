/** Plain lists shared by the schema, validation and the browser. */
export const checkinKinds = ['in', 'out'] as const;
export type CheckinKind = (typeof checkinKinds)[number];

export const checkinChannels = ['qr', 'desk', 'api', 'import'] as const;
export type CheckinChannel = (typeof checkinChannels)[number];
