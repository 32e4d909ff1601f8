// The world the generator writes about: crises with their places (spelled as the gazetteer knows them,
// so figures land in real series), the organisations that count, the outlets that publish, and words for
// filler. Plain data (the crises in crises.json); bench/gen.ts draws from it.
import type { Metric } from '../api/extractor/types.ts'
import crisesJson from './crises.json' with { type: 'json' }

export interface Place {
  /** As written in the text. */
  name: string
  /** The first-level division it belongs to (itself for a division). */
  division: string
}

export interface Crisis {
  country: string
  /** "Syria", for sentences that name the country. */
  countryName: string
  adjective: string
  /** ISO dates: when the crisis starts and stops making news. */
  from: string
  to: string
  places: Place[]
  /** Organisations quoted on this crisis, as the text writes them. */
  sources: string[]
  /** Who does the killing, for incident sentences. */
  attackers: string[]
  /** Who denies figures. */
  deniers: string[]
  metrics: Metric[]
  groups: string[]
  /** How big the tolls get in a year: sets the scale of every figure. */
  scale: number
}

/** As stored in crises.json: places as [division, ...its towns], sources without the international ones. */
type CrisisData = Omit<Crisis, 'places' | 'metrics'> & { places: string[][]; metrics: string[] }

const INTERNATIONAL = ['the UN', 'OCHA', 'the International Committee of the Red Cross', 'UNICEF']

export const CRISES: Crisis[] = (crisesJson as CrisisData[]).map((c) => ({
  ...c,
  metrics: c.metrics as Metric[],
  places: c.places.flatMap(([division = '', ...towns]) => [
    { name: division, division },
    ...towns.map((name) => ({ name, division })),
  ]),
  sources: [...c.sources, ...INTERNATIONAL],
}))

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

// Outlets are built from parts so that there are many of them, each with its own domain.
const OUTLET_PLACES = ['Northern', 'Coastal', 'Metro', 'Capital', 'Valley', 'Harbour', 'Eastern', 'Global']
const OUTLET_NOUNS = ['Courier', 'Ledger', 'Herald', 'Dispatch', 'Observer', 'Wire', 'Review', 'Tribune']
export const OUTLETS = OUTLET_PLACES.flatMap((p) =>
  OUTLET_NOUNS.map((n) => ({ name: `The ${p} ${n}`, domain: `${p}${n}.example`.toLowerCase() })),
)
/** Wire services: their stories are republished, trimmed and rewritten by the outlets. */
export const WIRES = [
  { name: 'Example Press Agency', domain: 'epa-wire.example' },
  { name: 'Newswire International', domain: 'newswire.example' },
  { name: 'Field Reports Service', domain: 'fieldreports.example' },
]

export const FIRST_NAMES = ['Amina', 'Omar', 'Lena', 'Yusuf', 'Marta', 'Samuel', 'Nadia', 'Ibrahim', 'Olga']
export const LAST_NAMES = ['Haddad', 'Kovalenko', 'Mensah', 'Abdi', 'Rahman', 'Petrova', 'Osei', 'Karimi']
export const ROLES = [
  'a local teacher',
  'a nurse at the district hospital',
  'a shopkeeper',
  'a father of four',
  'a volunteer with a relief group',
  'a farmer who fled with his family',
  'a camp resident',
]

// Filler: sentences without figures, from parts, so that unrelated articles share few word triples
// (the near-duplicate detector must not link them).
export const FILLER = {
  openers: ['Diplomats', 'Aid agencies', 'Residents', 'Officials', 'Analysts', 'Local leaders', 'Envoys'],
  verbs: [
    'warned that',
    'said privately that',
    'have repeatedly argued that',
    'fear that',
    'told reporters that',
    'expect that',
    'insisted that',
  ],
  claims: [
    'talks on a ceasefire would resume within weeks',
    'the roads to the border remain unsafe for convoys',
    'winter will make conditions in the camps far worse',
    'shortages of fuel are crippling water pumping stations',
    'the fighting could spread to neighbouring districts',
    'markets have reopened only for a few hours each day',
    'supply lines through the mountains were cut again',
    'negotiators were still far apart on the key questions',
    'medical supplies are running out in field clinics',
    'prices for flour and cooking gas have soared',
    'the electricity grid was barely working',
    'schools have been turned into shelters for families',
  ],
  scenes: [
    'Long queues formed outside the only working bakery',
    'Smoke rose over the old quarter as evening fell',
    'Trucks loaded with mattresses and blankets crawled along the highway',
    'The streets of the market were almost empty',
    'Children played among the ruins of a school',
    'Volunteers handed out bread and water near the mosque',
    'Checkpoints slowed traffic to a standstill',
    'Families camped in olive groves and open fields',
    'Rain turned the tracks between the tents into mud',
    'Generators hummed outside the hospital',
  ],
  tails: [
    'as night fell',
    'despite the danger',
    'while talks stalled abroad',
    'according to witnesses',
    'in recent days',
    'for the third time this month',
    'amid growing anger',
    'with little hope of help',
  ],
  background: [
    'The conflict has drawn in regional powers with competing interests.',
    'Previous truces collapsed within days amid accusations of violations.',
    'Humanitarian access has been a sticking point in every round of talks.',
    'Independent verification of events on the ground remains difficult.',
    'Rights groups have called for an independent investigation.',
    'Donors have struggled to keep pace with growing needs.',
    'The government has blamed armed groups for the violence.',
    'Journalists face severe restrictions on travel in the area.',
  ],
}

/** Word swaps of a machine rewrite: ordinary words change, names and numbers stay. */
export const REWRITES: [RegExp, string][] = [
  [/\baccording to\b/g, 'consistent with'],
  [/\bmore than\b/g, 'greater than'],
  [/\bpeople\b/g, 'human beings'],
  [/\bsaid\b/g, 'stated'],
  [/\bair strikes?\b/g, 'air raids'],
  [/\bfled\b/g, 'escaped'],
  [/\bwarned\b/g, 'cautioned'],
  [/\bresidents\b/gi, 'locals'],
  [/\bclose to\b/g, 'almost'],
  [/\bthe fighting\b/g, 'the combat'],
]
