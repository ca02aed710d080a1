/** The personas the registers' and complaints' tests act as (devserver/auth/personas.ts). */
export const JONAS = 'jonas.maes@pzcarma.be';
export const SOFIE = 'sofie.claes@pzcarma.be';
export const GRIET = 'griet.vandamme@pzcarma.be';
export const HILDE = 'hilde.goossens@pzcarma.be';
export const KOEN = 'koen.dubois@pzcarma.be';
export const ANN = 'ann.lambert@pzcarma.be';
export const KAREL = 'karel.peeters@pzcarma.be';
export const ELS = 'els.janssens@pzcarma.be';
export const LUC = 'luc.hermans@pzcarma.be';
export const WIM = 'wim.hendrickx@pzcarma.be';
export const DIRK = 'dirk.aerts@pzcarma.be';
export const MARC = 'marc.willems@pzcarma.be';
