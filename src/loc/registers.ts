/** Strings of the Registers, Klachten and Dashboard views. Each language below must fill every key. */
export interface RegisterStrings {
  title: string;
}

/** Dutch (Belgium). */
export const registersNL: RegisterStrings = {
  title: 'Registers',
};

/** French (Belgium). */
export const registersFR: RegisterStrings = {
  title: 'Registres',
};

/** English (United States). */
export const registersEN: RegisterStrings = {
  title: 'Registers',
};
