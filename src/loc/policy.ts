/** Strings of the Beleid and Integriteitsplan views (korpsrichtlijnen, aandachtspunten, plan). Each language below must fill every key. */
export interface PolicyStrings {
  title: string;
}

/** Dutch (Belgium). */
export const policyNL: PolicyStrings = {
  title: 'Beleid',
};

/** French (Belgium). */
export const policyFR: PolicyStrings = {
  title: 'Politique',
};

/** English (United States). */
export const policyEN: PolicyStrings = {
  title: 'Policy',
};
