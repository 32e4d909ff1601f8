// Text keys shared by source and group normalisation: what two spellings must agree on to match.

/**
 * Lower case, no diacritics, no possessive "'s", no dots or apostrophes ("U.N." = "UN"), "&" = "and",
 * other punctuation as spaces, every "the" and a leading "a"/"an" dropped.
 */
export function matchKey(s: string): string {
  const words = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`\u00b4]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/['.]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && w !== 'the')
  if (words.length > 1 && (words[0] === 'a' || words[0] === 'an')) words.shift()
  return words.join(' ')
}

const SMALL = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to'])

export function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ')
}

// Spellings that differ between English varieties but name the same thing.
const SPELLING: Record<string, string> = {
  center: 'centre',
  centers: 'centres',
  organization: 'organisation',
  organizations: 'organisations',
  defense: 'defence',
  program: 'programme',
  programs: 'programmes',
  labor: 'labour',
}
const LINK_WORDS = new Set(['of', 'for', 'in', 'on', 'at', 'and', 'to', 'with'])

/**
 * A match key that ignores word order, link words and spelling variety: "Russian Reconciliation Center
 * for Syria" and "Russian Centre for Reconciliation in Syria" give the same bag.
 */
export function bagKey(key: string): string {
  return key
    .split(' ')
    .filter((w) => w && !LINK_WORDS.has(w))
    .map((w) => SPELLING[w] ?? w)
    .sort()
    .join(' ')
}
