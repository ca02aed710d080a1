export * from './report';
export * from './clocks';
export * from './flow';
export * from './drafts';
export * from './figures';
