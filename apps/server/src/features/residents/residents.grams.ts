/**
 * Bigrams for Chinese name and address search. Two-character names are the common case and defeat
 * trigram indexes; every string of length ≥ 2 that contains the query contains all its bigrams,
 * so candidates from the bigram index are a superset (recall 100%) that a LIKE check then confirms.
 */
export function bigrams(text: string): string[] {
  const chars = [...text.replace(/\s+/g, '').toLowerCase()];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return [...grams];
}

/** The name's first character, marked: a one-character query means a surname (姓) prefix. */
export const surnameGram = (name: string): string | null => {
  const first = [...normaliseQuery(name)][0];
  return first ? `^${first}` : null;
};

export function residentGrams(name: string, address: string): string[] {
  const surname = surnameGram(name);
  return [...new Set([...(surname ? [surname] : []), ...bigrams(name), ...bigrams(address)])];
}

/** Normalised query text: no whitespace, lower case, as the grams were made. */
export const normaliseQuery = (q: string): string => q.replace(/\s+/g, '').toLowerCase();
