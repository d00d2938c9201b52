export * from './status';
export * from './units';
export * from './accounts';
export * from './audit';
export * from './services';
export * from './posters';
export * from './checkins';
export * from './public-stats';
