export * from './units';
export * from './accounts';
export * from './audit';
