// Country names in French, Spanish and Arabic (from i18n-iso-countries) and the spellings of
// names-i18n.ts, as extra spellings of the gazetteer's entries. They resolve through lookupPlace; the
// English reader does not match them in running text ("Maurice" is a first name in English).

import type * as IsoCountries from 'i18n-iso-countries'
import { requirePackage } from '../once.ts'
import { NAMES_I18N } from './names-i18n.ts'

interface CountryNames {
  countries: Record<string, string | string[]>
}

export interface ForeignSpelling {
  spelling: string
  /** Canonical English name of a place the gazetteer knows, or a new place in `country`. */
  name: string
  country: string | null
  kind: 'country' | 'division' | 'city' | null
  parent: string | null
}

/** Arabic spellings are kept with one alef form and without vowel marks, as the readers look them up. */
export function normalizeArabic(s: string): string {
  return s
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
}

/** Called once, when the gazetteer is first used: the package registers all its ~80 locales as it loads. */
export function foreignSpellings(): ForeignSpelling[] {
  const isoCountries: typeof IsoCountries = requirePackage('i18n-iso-countries')
  const out: ForeignSpelling[] = []
  for (const language of ['fr', 'es', 'ar']) {
    const locale: CountryNames = requirePackage(`i18n-iso-countries/langs/${language}.json`)
    for (const [alpha2, names] of Object.entries(locale.countries)) {
      const iso3 = isoCountries.alpha2ToAlpha3(alpha2)
      if (!iso3) continue
      for (const n of Array.isArray(names) ? names : [names]) {
        out.push({ spelling: n, name: '', country: iso3, kind: 'country', parent: null })
        // "السودان" is written with its article; the reader also looks it up without.
        if (n.startsWith('ال'))
          out.push({ spelling: n.slice(2), name: '', country: iso3, kind: 'country', parent: null })
      }
    }
  }
  for (const line of NAMES_I18N.split('\n')) {
    const f = line.split('|')
    if (f.length === 2) {
      for (const s of f[1].split(','))
        out.push({ spelling: s, name: f[0], country: null, kind: null, parent: null })
    } else if (f.length === 4 && f[1] === 'division') {
      const spellings = [f[2], ...f[3].split(',')].filter(Boolean)
      for (const s of spellings)
        out.push({ spelling: s, name: f[2], country: f[0], kind: 'division', parent: null })
    } else if (f.length === 5 && f[1] === 'city') {
      const spellings = [f[2], ...f[4].split(',')].filter(Boolean)
      for (const s of spellings)
        out.push({ spelling: s, name: f[2], country: f[0], kind: 'city', parent: f[3] })
    }
  }
  return out.map((s) => ({ ...s, spelling: normalizeArabic(s.spelling.trim()) })).filter((s) => s.spelling)
}
