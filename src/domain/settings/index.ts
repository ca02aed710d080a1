export * from './zoneSettings';
