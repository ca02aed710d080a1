export * from './training';
export * from './plan';
export * from './dilemmas';
