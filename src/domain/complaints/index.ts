export * from './dossier';
export * from './complaintFlow';
export * from './suppression';
export * from './annualFigures';
export * from './monthlyListing';
export * from './dossierVersions';
export * from './findings';
export * from './tpiCheck';
