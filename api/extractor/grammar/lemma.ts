// A light English stemmer for trigger words: inflections and nominalisations of one verb share a key, so
// the lexicon lists a verb once and its other forms are read through it ("displaced", "displacements";
// "abducted", "abductions"; "kidnapped", "kidnappings"; "hospitalised", "hospitalizations"; "drowned",
// "drownings"). It is deliberately small: suffix rules, no dictionary, and only used to look a word up
// among the lexicon's own words, never to decide on its own what a word means.

// Nominal endings first (longest first), then verbal ones. Each maps to what replaces it.
const NOMINAL: [string, string][] = [
  ['isations', 'is'],
  ['izations', 'is'],
  ['isation', 'is'],
  ['ization', 'is'],
  ['ations', 'at'],
  ['ation', 'at'],
  ['tions', 't'],
  ['tion', 't'],
  ['ments', ''],
  ['ment', ''],
  ['ances', ''],
  ['ance', ''],
  ['ings', ''],
]

const VERBAL: [string, string][] = [
  ['ied', 'y'],
  ['ies', 'y'],
  ['ing', ''],
  ['ed', ''],
  ['es', ''],
  ['s', ''],
]

/** Whether the word has a nominal ending ("abductions", "displacements", "drownings"). */
export function isNominalForm(word: string): boolean {
  return NOMINAL.some(([end]) => word.length > end.length + 2 && word.endsWith(end))
}

function tidy(stem: string): string {
  let s = stem.replace(/iz$/, 'is')
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1)
  // "kidnapp" (kidnapped, kidnappings) is "kidnap"; "fell" stays (ll after a vowel is part of the word)
  const n = s.length
  if (n > 4 && s[n - 1] === s[n - 2] && !/[aeiouls]/.test(s[n - 1] ?? '')) s = s.slice(0, -1)
  return s
}

/** The key shared by a verb's forms and its nouns. Words of fewer than five letters are their own key. */
export function stemKey(word: string): string {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return word
  for (const table of [NOMINAL, VERBAL]) {
    for (const [end, put] of table) {
      if (word.length > end.length + 2 && word.endsWith(end)) return tidy(word.slice(0, -end.length) + put)
    }
  }
  return tidy(word)
}
