/**
 * The survey of PermenPANRB 14/2017 (Survei Kepuasan Masyarakat): nine elements (unsur) in the
 * regulation's order, each answered 1–4, and the respondent profile of its form.
 */
export const unsurCodes = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type UnsurCode = (typeof unsurCodes)[number];

export const ageBands = ['lt20', '20_29', '30_39', '40_49', '50_59', 'ge60'] as const;
export const sexes = ['l', 'p'] as const;
export const educations = ['sd', 'smp', 'sma', 'diploma', 's1', 's2', 's3'] as const;
export const occupations = ['pns', 'tni', 'polri', 'swasta', 'wirausaha', 'lainnya'] as const;

export type AgeBand = (typeof ageBands)[number];
export type Sex = (typeof sexes)[number];
export type Education = (typeof educations)[number];
export type Occupation = (typeof occupations)[number];

/** Longest suggestion kept: a few sentences, as the paper form's box holds. */
export const SUGGESTION_MAX = 1000;

/** Under this many answers the public page withholds the index: a few visitors could be recognised. */
export const MIN_PUBLIC_SKM = 10;
