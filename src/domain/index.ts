export * from './dates';
export * from './text';
export * from './workflow';
export * from './proposal';
export * from './registers';
export * from './complaints';
export * from './spreadsheetCell';
