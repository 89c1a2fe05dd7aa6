export * from './directory';
export * from './access';
export * from './tickets';
export * from './sla';
export * from './inbound-mail';
export * from './kb';
export * from './automations';
