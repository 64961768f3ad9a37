// Sentence case for a value placed at the start of a sentence ("you" → "You"). No imports: the
// browser-safe notice drafts use it too.

/** The first character in upper case, the rest as given. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
