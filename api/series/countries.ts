// A compact fallback for country names and nationality adjectives, so the series library works on its own.
// The extractor's gazetteer is far larger: callers should pass its lookup (see `CountryLookup`) and
// this table is only consulted when they do not, or when the lookup does not know a word.
// Line format: ISO3 | name | other names | adjectives (the first adjective is used in labels).

const TABLE = `
AFG|Afghanistan||Afghan,Afghani
ARM|Armenia||Armenian
AZE|Azerbaijan||Azerbaijani,Azeri
BGD|Bangladesh||Bangladeshi
BFA|Burkina Faso|Burkina|Burkinabe
BDI|Burundi||Burundian
CMR|Cameroon||Cameroonian
CAF|Central African Republic|CAR|Central African
TCD|Chad||Chadian
CHN|China||Chinese
COL|Colombia||Colombian
COD|Democratic Republic of the Congo|DRC,DR Congo,Congo-Kinshasa|Congolese
EGY|Egypt||Egyptian
ETH|Ethiopia||Ethiopian
FRA|France||French
DEU|Germany||German
GBR|United Kingdom|Britain,Great Britain,UK,U.K.|British
HTI|Haiti||Haitian
IND|India||Indian
IDN|Indonesia||Indonesian
IRN|Iran||Iranian
IRQ|Iraq||Iraqi
ISR|Israel||Israeli
JPN|Japan||Japanese
JOR|Jordan||Jordanian
KEN|Kenya||Kenyan
LBN|Lebanon||Lebanese
LBY|Libya||Libyan
MLI|Mali||Malian
MEX|Mexico||Mexican
MOZ|Mozambique||Mozambican
MMR|Myanmar|Burma|Myanmar,Burmese
NPL|Nepal||Nepali,Nepalese
NER|Niger||Nigerien
NGA|Nigeria||Nigerian
PAK|Pakistan||Pakistani
PSE|Palestine|Palestinian territories,State of Palestine,Gaza,Gaza Strip,West Bank|Palestinian
PHL|Philippines|the Philippines|Philippine,Filipino
RUS|Russia|Russian Federation|Russian
SAU|Saudi Arabia||Saudi
SOM|Somalia||Somali
ZAF|South Africa||South African
SSD|South Sudan||South Sudanese
SDN|Sudan||Sudanese
SYR|Syria|Syrian Arab Republic|Syrian
TUR|Turkey|Turkiye,Türkiye|Turkish
UKR|Ukraine||Ukrainian
ARE|United Arab Emirates|UAE,Emirates|Emirati
USA|United States|US,U.S.,USA,America,United States of America|American,US
VEN|Venezuela||Venezuelan
YEM|Yemen||Yemeni
`

/** Maps a country name or nationality adjective ("Turkey", "turkish") to ISO3, or null. */
export type CountryLookup = (word: string) => string | null

export function countryKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019`.]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim()
}

const byWord = new Map<string, string>()
const names = new Map<string, string>()
const adjectives = new Map<string, string>()
for (const line of TABLE.split('\n')) {
  if (!line) continue
  const [iso, name, others, adjs] = line.split('|')
  names.set(iso, name)
  for (const w of [name, ...others.split(','), ...adjs.split(',')]) if (w) byWord.set(countryKey(w), iso)
  adjectives.set(iso, adjs.split(',')[0])
}

/** The built-in fallback lookup. */
export const builtinCountry: CountryLookup = (word) => byWord.get(countryKey(word)) ?? null

/** A lookup that asks the caller's function first and falls back to the built-in table. */
export function withFallback(lookup?: CountryLookup): CountryLookup {
  if (!lookup) return builtinCountry
  return (word) => lookup(word) ?? builtinCountry(word)
}

export function countryName(iso3: string): string | null {
  return names.get(iso3) ?? null
}

export function countryAdjective(iso3: string): string | null {
  return adjectives.get(iso3) ?? null
}
