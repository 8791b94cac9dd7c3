/**
 * The languages the assistant speaks. A module of its own, free of schema code, so that what
 * only needs the list (the NLU, `makerdesk classify`) does not load zod.
 */
export const languages = ['en', 'es', 'fr', 'de', 'it', 'pt'] as const;
export type Language = (typeof languages)[number];
