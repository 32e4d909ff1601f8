// The world the generator writes about: crises with their places (spelled as the gazetteer knows them,
// so figures land in real series), the organisations that count, the outlets that publish, and words for
// filler. Plain data; bench/gen.ts draws from it.
import type { Metric } from '../api/extractor/types.ts'

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

const towns = (division: string, ...names: string[]): Place[] => [
  { name: division, division },
  ...names.map((name) => ({ name, division })),
]

const INTERNATIONAL = ['the UN', 'OCHA', 'the International Committee of the Red Cross', 'UNICEF']

export const CRISES: Crisis[] = [
  {
    country: 'SYR',
    countryName: 'Syria',
    adjective: 'Syrian',
    from: '2019-01-01',
    to: '2025-12-31',
    places: [
      ...towns('Idlib', 'Khan Sheikhoun', 'Saraqib', 'Maarat al-Numan', 'Ariha', 'Jisr al-Shughur'),
      ...towns('Hama', 'Kafr Zita', 'Latamneh'),
      ...towns('Aleppo', 'Atarib', 'Afrin', 'Manbij'),
    ],
    sources: [
      'the Syrian Observatory for Human Rights',
      'the White Helmets',
      'the Syrian Network for Human Rights',
      'the Syrian American Medical Society',
      ...INTERNATIONAL,
    ],
    attackers: ['government forces', 'Russian jets', 'rebel fighters', 'regime helicopters'],
    deniers: ["Russia's defence ministry", 'the Syrian army'],
    metrics: ['killed', 'injured', 'displaced', 'facilities'],
    groups: ['civilians', 'children', 'people', 'fighters', 'aid workers'],
    scale: 2500,
  },
  {
    country: 'YEM',
    countryName: 'Yemen',
    adjective: 'Yemeni',
    from: '2019-01-01',
    to: '2023-06-30',
    places: [
      ...towns('Hodeidah', 'Zabid', 'Bayt al-Faqih'),
      ...towns('Taiz', 'Mocha'),
      ...towns('Marib'),
      ...towns('Saada'),
    ],
    sources: ['the Saba news agency', 'the World Health Organization', 'Save the Children', ...INTERNATIONAL],
    attackers: ['coalition aircraft', 'Houthi fighters', 'drones'],
    deniers: ['the Saudi-led coalition', 'the Houthi movement'],
    metrics: ['killed', 'injured', 'displaced'],
    groups: ['civilians', 'children', 'people', 'fishermen'],
    scale: 1800,
  },
  {
    country: 'UKR',
    countryName: 'Ukraine',
    adjective: 'Ukrainian',
    from: '2022-02-24',
    to: '2025-12-31',
    places: [
      ...towns('Donetsk', 'Bakhmut', 'Avdiivka', 'Pokrovsk', 'Kramatorsk'),
      ...towns('Kharkiv', 'Izium', 'Kupiansk'),
      ...towns('Zaporizhzhia', 'Orikhiv'),
      ...towns('Kherson', 'Nova Kakhovka'),
    ],
    sources: [
      'the UN Human Rights Monitoring Mission in Ukraine',
      "Ukraine's Prosecutor General's Office",
      'the State Emergency Service',
      'the International Organization for Migration',
      'UNHCR',
      ...INTERNATIONAL,
    ],
    attackers: ['Russian missiles', 'drones', 'artillery', 'glide bombs'],
    deniers: ["Russia's defence ministry", 'the Kremlin'],
    metrics: ['killed', 'injured', 'displaced', 'refugees', 'homes'],
    groups: ['civilians', 'children', 'people', 'rescuers'],
    scale: 6000,
  },
  {
    country: 'SDN',
    countryName: 'Sudan',
    adjective: 'Sudanese',
    from: '2023-04-15',
    to: '2025-12-31',
    places: [
      ...towns('North Darfur', 'El Fasher', 'Zamzam', 'Tawila'),
      ...towns('West Darfur', 'El Geneina'),
      ...towns('Khartoum', 'Omdurman'),
      ...towns('Gezira', 'Wad Madani'),
    ],
    sources: [
      "the Sudan Doctors' Network",
      'the Central Committee of Sudan Doctors',
      'the International Organization for Migration',
      'Medecins Sans Frontieres',
      'ACLED',
      ...INTERNATIONAL,
    ],
    attackers: ['the Rapid Support Forces', 'army aircraft', 'militiamen'],
    deniers: ['the Rapid Support Forces', 'the army'],
    metrics: ['killed', 'injured', 'displaced', 'refugees', 'detained'],
    groups: ['civilians', 'children', 'people', 'women'],
    scale: 9000,
  },
  {
    country: 'PSE',
    countryName: 'Gaza',
    adjective: 'Palestinian',
    from: '2023-10-07',
    to: '2025-12-31',
    places: [
      ...towns('Gaza Strip', 'Khan Younis', 'Rafah', 'Jabalia', 'Nuseirat'),
      ...towns('West Bank', 'Jenin', 'Nablus', 'Tulkarm'),
    ],
    sources: ['the Gaza health ministry', 'UNRWA', 'the Palestine Red Crescent Society', ...INTERNATIONAL],
    attackers: ['Israeli strikes', 'tank fire', 'settlers'],
    deniers: ['the Israeli military'],
    metrics: ['killed', 'injured', 'displaced', 'missing', 'detained', 'facilities'],
    groups: ['Palestinians', 'children', 'people', 'journalists', 'aid workers'],
    scale: 20000,
  },
  {
    country: 'MMR',
    countryName: 'Myanmar',
    adjective: 'Burmese',
    from: '2021-02-01',
    to: '2025-12-31',
    places: [
      ...towns('Rakhine', 'Sittwe', 'Maungdaw', 'Buthidaung'),
      ...towns('Sagaing', 'Monywa'),
      ...towns('Shan', 'Lashio'),
    ],
    sources: ['the Assistance Association for Political Prisoners', 'Human Rights Watch', ...INTERNATIONAL],
    attackers: ['junta aircraft', 'soldiers', 'the Arakan Army'],
    deniers: ['the junta'],
    metrics: ['killed', 'detained', 'displaced'],
    groups: ['civilians', 'protesters', 'people', 'Rohingya'],
    scale: 3000,
  },
  {
    country: 'COD',
    countryName: 'Congo',
    adjective: 'Congolese',
    from: '2019-06-01',
    to: '2025-12-31',
    places: [
      ...towns('North Kivu', 'Goma', 'Beni', 'Rutshuru', 'Masisi'),
      ...towns('Ituri', 'Bunia', 'Djugu'),
      ...towns('South Kivu', 'Bukavu', 'Uvira'),
    ],
    sources: ['MONUSCO', 'the Norwegian Refugee Council', 'Medecins Sans Frontieres', ...INTERNATIONAL],
    attackers: ['M23 rebels', 'ADF militants', 'CODECO fighters'],
    deniers: ['the M23'],
    metrics: ['killed', 'displaced', 'missing'],
    groups: ['civilians', 'people', 'villagers', 'children'],
    scale: 4000,
  },
  {
    country: 'NGA',
    countryName: 'Nigeria',
    adjective: 'Nigerian',
    from: '2019-01-01',
    to: '2025-12-31',
    places: [
      ...towns('Borno', 'Maiduguri', 'Gwoza', 'Monguno'),
      ...towns('Zamfara', 'Gusau', 'Anka'),
      ...towns('Plateau', 'Bokkos'),
    ],
    sources: ['Amnesty International', 'the state emergency agency', ...INTERNATIONAL],
    attackers: ['gunmen', 'Boko Haram fighters', 'bandits'],
    deniers: ['the army', 'the state governor'],
    metrics: ['killed', 'detained', 'displaced'],
    groups: ['villagers', 'people', 'farmers', 'schoolchildren'],
    scale: 1500,
  },
  {
    country: 'ETH',
    countryName: 'Ethiopia',
    adjective: 'Ethiopian',
    from: '2020-11-04',
    to: '2024-06-30',
    places: [
      ...towns('Tigray', 'Mekelle', 'Axum', 'Shire', 'Humera'),
      ...towns('Amhara', 'Gondar', 'Dessie'),
    ],
    sources: ['the Ethiopian Human Rights Commission', 'Human Rights Watch', ...INTERNATIONAL],
    attackers: ['Eritrean troops', 'federal forces', 'drone strikes'],
    deniers: ['the federal government', 'Eritrea'],
    metrics: ['killed', 'displaced', 'injured'],
    groups: ['civilians', 'people', 'refugees'],
    scale: 5000,
  },
  {
    country: 'SOM',
    countryName: 'Somalia',
    adjective: 'Somali',
    from: '2019-01-01',
    to: '2025-12-31',
    places: [
      ...towns('Banadir', 'Mogadishu'),
      ...towns('Lower Shabelle', 'Afgoye', 'Marka'),
      ...towns('Bay', 'Baidoa'),
    ],
    sources: ['the Aamin ambulance service', 'the Norwegian Refugee Council', ...INTERNATIONAL],
    attackers: ['al-Shabab fighters', 'a car bomb', 'suicide bombers'],
    deniers: ['al-Shabab'],
    metrics: ['killed', 'injured', 'displaced'],
    groups: ['people', 'civilians', 'soldiers'],
    scale: 1200,
  },
]

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
