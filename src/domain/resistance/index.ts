export * from './incident';
export * from './clocks';
export * from './evaluation';
export * from './followUp';
export * from './lessons';
