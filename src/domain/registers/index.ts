export * from './incompatibilities';
export * from './sideActivities';
export * from './adviceClock';
export * from './suspension';
export * from './handling';
export * from './gifts';
export * from './damage';
