export * from './directory';
export * from './access';
export * from './tickets';
export * from './sla';
