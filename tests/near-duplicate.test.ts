import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import {
  type Fingerprint,
  fingerprint,
  isNearDuplicate,
  NEAR_DUPLICATE_THRESHOLD,
  overlap,
  SIGNATURE_LENGTH,
  SKETCH_SIZE,
  similarity,
} from '../api/text/near-duplicate.ts'
import { haveSeeds, readSeedTexts, SEEDS_DIR } from './helpers/seeds.ts'

// Invented stories written for these tests: real places, made-up events and figures.
const STORIES: Record<string, string> = {
  floods: `KARACHI (Reuters) - Floodwaters swept through low-lying districts of Pakistan's Sindh province on Tuesday, killing at least 47 people and forcing more than 120,000 from their homes, the National Disaster Management Authority said.

The authority said 19 of the dead were children who drowned when a canal embankment collapsed near the town of Dadu late on Monday night.

Rescue teams from the army and the Edhi Foundation used boats to reach families stranded on rooftops in Jacobabad and Larkana, where the Indus river burst its banks after three days of monsoon rain.

"Entire villages have disappeared under the water," provincial chief minister Murad Ali Shah told reporters in Karachi. "We are doing everything we can, but the roads are cut and the rain has not stopped."

The World Health Organization warned of outbreaks of cholera and dengue in the relief camps, where about 35,000 people are sheltering in tents. It said 62 health facilities in the province had been damaged or closed.

Pakistan has appealed for international help. The United Nations said it would release $5 million from its emergency fund, and the European Union pledged a further 3 million euros.

Meteorologists expect more heavy rain over the weekend, and officials have ordered the evacuation of another 14 villages along the river in Khairpur district.`,

  earthquake: `HERAT, Afghanistan (AP) - A powerful earthquake struck western Afghanistan early on Saturday, flattening mud-brick villages and killing at least 320 people, the Taliban government's disaster ministry said.

The magnitude 6.1 quake hit about 40 kilometres northwest of the city of Herat shortly after 11 a.m., according to the United States Geological Survey, and was followed by at least five strong aftershocks.

Ministry spokesman Mullah Janan Saiq said more than 1,000 people were injured and that the toll was likely to rise as rescuers dug through rubble in the district of Zindajan, where whole hamlets collapsed.

Doctors at Herat Regional Hospital said they had run out of beds and were treating the wounded in the courtyard. The International Committee of the Red Cross sent medical supplies from Kabul on Saturday evening.

The UN children's agency UNICEF said around 1,300 homes had been destroyed and that at least 4,200 people were sleeping in the open, with night temperatures falling close to freezing.

Afghanistan is frequently hit by earthquakes, especially in the Hindu Kush mountain range. A quake in the eastern province of Paktika killed more than 1,000 people in June 2022.

Aid agencies said the response was hampered by cuts in foreign funding since the Taliban took power in August 2021.`,

  kivu: `GOMA, Democratic Republic of Congo (AFP) - Fighting between the Congolese army and M23 rebels around the town of Sake has forced more than 135,000 people to flee towards Goma in the past week, the International Organization for Migration said on Friday.

The IOM said most of the new arrivals were women and children who had walked some 25 kilometres along the main road, carrying what they could. Many were sheltering in schools and churches on the western edge of the city.

Doctors Without Borders, known by its French initials MSF, said its teams at Kyeshero hospital had treated 86 wounded people since Sunday, including 21 children hit by shrapnel when shells landed in a crowded market.

"The situation is catastrophic, the camps were already full before this wave," said Bruno Lemarquis, the United Nations humanitarian coordinator in Congo, on a visit to the Bulengo site.

The Congolese government accuses neighbouring Rwanda of backing the M23, a charge Kigali denies. A ceasefire brokered by Angola collapsed last month.

North Kivu province already hosts nearly 2.5 million displaced people, according to UN figures, making it one of the largest displacement crises in the world.

The army said on Thursday it had recaptured two hills overlooking Sake, but residents reported heavy artillery fire through the night.`,

  cyclone: `MAPUTO (Reuters) - Cyclone Freddy killed at least 53 people and injured more than 100 when it made landfall in central Mozambique for a second time, the country's disaster agency INGD said on Monday.

Winds of up to 200 kilometres per hour tore roofs off houses in the port city of Quelimane in Zambezia province, and rivers overflowed as more than 400 millimetres of rain fell in 48 hours.

INGD president Luisa Meque said some 22,000 people were staying in 47 accommodation centres set up in schools and churches, and that about 8,600 houses had been destroyed or flooded.

In neighbouring Malawi, police said the storm had killed 99 people in the southern city of Blantyre and surrounding districts, where mudslides buried homes on the slopes of Soche mountain.

The World Meteorological Organization said Freddy was on course to become the longest-lasting tropical cyclone on record, having formed off northern Australia in early February before crossing the Indian Ocean.

Mozambique's health ministry warned that flooding could worsen a cholera outbreak that has already infected more than 10,000 people since September.

UNICEF said at least 30 health facilities had been damaged in Zambezia and that it was sending emergency teams with water purification tablets and tents.`,

  haiti: `PORT-AU-PRINCE (AFP) - Gang members killed at least 70 people, among them three infants, in an attack on the town of Pont-Sonde in Haiti's Artibonite region on Thursday, the United Nations human rights office said on Friday.

Spokeswoman Ravina Shamdasani told reporters in Geneva that 16 people were seriously injured, two of them with gunshot wounds, and that the attackers set fire to at least 45 houses and 34 vehicles.

The Gran Grif gang, which controls much of the lower Artibonite valley, claimed responsibility in a video posted on social media, saying the attack was retaliation for residents helping a vigilante group.

The International Organization for Migration said more than 6,270 people had fled Pont-Sonde and nearby villages, most of them to the city of Saint-Marc, where many are sleeping in churches and schools.

Prime Minister Garry Conille called the massacre "one of the most horrific crimes" against Haiti's people and said police reinforcements had been sent to the area.

The Kenyan-led Multinational Security Support mission, deployed since June, has struggled to push back the gangs, which control about 80 percent of the capital Port-au-Prince.

More than 700,000 people are displaced across Haiti, according to the IOM, half of them children.`,
}

// Other outlets' own stories about the same events: same day, place and figures, different wording.
const SAME_EVENT: Array<[keyof typeof STORIES, string]> = [
  [
    'floods',
    `Pakistan floods: dozens dead as Indus bursts its banks in Sindh

ISLAMABAD - At least 47 people have died in Sindh after days of monsoon downpours sent the Indus over its banks, Pakistani disaster officials said on Tuesday, with 19 children among the victims.

Most of the children were drowned in the Dadu area when water broke through an embankment during Monday night, the National Disaster Management Authority (NDMA) said in its daily report, which put the number of people displaced at more than 120,000.

Television footage showed boats ferrying residents out of flooded neighbourhoods of Larkana and Jacobabad. Soldiers and volunteers from the Edhi Foundation were helping with the evacuations.

Sindh's chief minister, Murad Ali Shah, said his government was overwhelmed. "The rain keeps coming and the roads are under water," he said at a news conference.

Health workers fear disease will spread. The World Health Organization counts 62 damaged or closed health facilities in Sindh, and said 35,000 people were living in tents in relief camps where cholera and dengue were a growing risk.

The UN has released $5 million in emergency funds. More rain is forecast for the weekend and authorities have told 14 villages in Khairpur to evacuate.`,
  ],
  [
    'haiti',
    `Haiti gang massacre in Artibonite leaves at least 70 dead, UN says

GENEVA, Oct 4 (Reuters) - The United Nations said on Friday that at least 70 people had been killed when gunmen stormed Pont-Sonde, a farming town in central Haiti, in one of the deadliest gang attacks in the country this year.

Three of the dead were babies, UN human rights spokesperson Ravina Shamdasani said. Another 16 people were badly hurt, she added, and the gang burned down 45 homes and 34 cars during Thursday's assault.

Gran Grif, the armed group blamed for the killings, said in a social media video that it had targeted residents who had supported a self-defence brigade.

Thousands have fled. The International Organization for Migration counted more than 6,270 people uprooted from Pont-Sonde and surrounding areas, many of whom had reached Saint-Marc on the coast.

Prime Minister Garry Conille described the killings as among the most horrific crimes committed against the Haitian people and promised more police.

A Kenyan-led security mission has been in Haiti since June but has made little headway against the gangs, which hold about 80 percent of Port-au-Prince. Across the country, the IOM says, over 700,000 people have been forced from their homes.`,
  ],
  [
    'cyclone',
    `QUELIMANE, Mozambique (AP) - Rescuers in central Mozambique searched flattened neighbourhoods on Monday after Cyclone Freddy came ashore again, with the national disaster institute INGD putting the death toll at 53 and the number of injured at over 100.

"We have never seen a storm come back like this," said a fisherman in Quelimane whose house lost its roof. Across Zambezia province about 8,600 houses were destroyed or flooded, INGD chief Luisa Meque told journalists, and 22,000 people had moved into 47 temporary centres, most of them schools and churches.

Malawi was hit even harder. Police there reported 99 deaths in and around Blantyre, many of them caused by mudslides on Soche mountain.

Freddy has been churning across the Indian Ocean since early February and may set a record as the longest-lived tropical cyclone, the World Meteorological Organization said. Close to 400 millimetres of rain fell on parts of Mozambique in two days.

Doctors fear a surge in cholera, which has infected more than 10,000 Mozambicans since September, and UNICEF said at least 30 health facilities in Zambezia were damaged.`,
  ],
]

// A word-level synonym spinner in the style of seed 002: swaps ordinary and event words (including some the
// detector does not fold together), drops apostrophes, writes small numbers as digits, lower-cases some
// name parts and every third sentence start.
const SYNONYMS: Record<string, string> = {
  said: 'stated',
  says: 'states',
  told: 'instructed',
  'according to': 'consistent with',
  'more than': 'greater than',
  people: 'human beings',
  attack: 'assault',
  fire: 'fireplace',
  also: 'additionally',
  reporters: 'journalists',
  forced: 'compelled',
  forcing: 'compelling',
  homes: 'dwellings',
  houses: 'residences',
  wounded: 'injured',
  injured: 'harmed',
  killing: 'slaying',
  dead: 'useless',
  children: 'youngsters',
  flee: 'escape',
  civilians: 'non-combatants',
  rebels: 'insurgents',
  hit: 'struck',
  warned: 'cautioned',
  rain: 'rainfall',
  teams: 'groups',
  used: 'applied',
  help: 'assistance',
  appealed: 'pleaded',
  further: 'similarly',
  expect: 'anticipate',
  ordered: 'ordained',
  powerful: 'effective',
  likely: 'probable',
  rise: 'upward thrust',
  sent: 'dispatched',
  destroyed: 'wrecked',
  frequently: 'regularly',
  especially: 'specifically',
  hampered: 'hindered',
  fighting: 'combating',
  past: 'beyond',
  main: 'principal',
  sheltering: 'protecting',
  known: 'recognised',
  crowded: 'packed',
  situation: 'state of affairs',
  backing: 'assisting',
  collapsed: 'fell apart',
  largest: 'biggest',
  residents: 'citizens',
  tore: 'ripped',
  port: 'harbour',
  record: 'report',
  worsen: 'irritate',
  infected: 'inflamed',
  damaged: 'broken',
  attackers: 'assailants',
  seriously: 'critically',
  posted: 'published',
  nearby: 'close by',
  horrific: 'terrible',
  'push back': 'repel',
  'low-lying': 'low-mendacity',
  families: 'households',
  disappeared: 'vanished',
  release: 'launch',
  officials: 'officers',
  another: 'some other',
  quake: 'tremor',
  followed: 'accompanied',
  strong: 'robust',
  supplies: 'resources',
  agency: 'organisation',
  sleeping: 'drowsing',
  road: 'street',
  city: 'metropolis',
  Foreign: 'foreign',
  Ministry: 'ministry',
  Minister: 'minister',
  Health: 'fitness',
  Agency: 'organisation',
}
const DIGITS: Record<string, string> = { two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7' }

function spin(text: string): string {
  const keys = Object.keys(SYNONYMS).sort((a, b) => b.length - a.length)
  let out = text.replace(new RegExp(`\\b(${keys.join('|')})\\b`, 'g'), (m) => SYNONYMS[m] ?? m)
  out = out.replace(/\b(two|three|four|five|six|seven)\b/g, (m) => DIGITS[m])
  out = out.replace(/(\w)['’]s\b/g, '$1 s')
  let n = 0
  return out.replace(/(^|[.!?]\s+|\n)([A-Z])(?=[a-z])/g, (m, pre: string, c: string) =>
    n++ % 3 === 1 ? pre + c.toLowerCase() : m,
  )
}

const paragraphs = (text: string) => text.split(/\n\s*\n/)

/** What an outlet that runs only the top of a wire story keeps. */
function trim(text: string): string {
  const p = paragraphs(text)
  return p.slice(0, Math.ceil(p.length * 0.55)).join('\n\n')
}

/** The last paragraph moved up, one paragraph near the end dropped. */
function reorder(text: string): string {
  const p = paragraphs(text)
  const last = p.pop() as string
  p.splice(p.length - 2, 1)
  p.splice(1, 0, last)
  return p.join('\n\n')
}

/** Page furniture a scraper lets through, including other stories' headlines with names and numbers. */
function clutter(text: string): string {
  return [
    'Home | World | Middle East | Business | Sport | Opinion | Video',
    'Advertisement',
    'Share on Facebook  Share on X  Email',
    text,
    'Read more: Three killed as storm hits Manila suburbs',
    'Related: Markets slide as oil climbs above $90 on Gulf supply fears',
    'Sign up for our Daily Briefing newsletter',
    '© 2024 The Global Herald. All rights reserved. Terms of Use | Privacy Policy | Contact Us',
  ].join('\n\n')
}

const VARIANTS: Record<string, (text: string) => string> = {
  'synonym rewrite': spin,
  trimmed: trim,
  'reordered and dropped paragraphs': reorder,
  'page clutter': clutter,
  'rewrite + reorder': (t) => reorder(spin(t)),
  'rewrite + trim + clutter': (t) => clutter(trim(spin(t))),
}

// Scores collected across tests and printed at the end, so a person can see the margin.
const linked: Array<[string, number, number]> = []
const unlinked: Array<[string, number, number]> = []
function measure(a: Fingerprint, b: Fingerprint): [number, number] {
  return [overlap(a, b), similarity(a.signature, b.signature)]
}
const sharedBands = (a: Fingerprint, b: Fingerprint) => a.bands.filter((k) => b.bands.includes(k)).length

afterAll(() => {
  const row = ([name, o, j]: [string, number, number]) =>
    `  ${name.padEnd(56)} overlap ${o.toFixed(2)}  jaccard~ ${j.toFixed(2)}`
  const lowest = Math.min(...linked.map((r) => r[1]))
  const highest = Math.max(...unlinked.map((r) => r[1]))
  console.log(
    [
      `near-duplicate scores (threshold ${NEAR_DUPLICATE_THRESHOLD} on overlap)`,
      'linked:',
      ...linked.sort((a, b) => a[1] - b[1]).map(row),
      'not linked:',
      ...unlinked.sort((a, b) => b[1] - a[1]).map(row),
      `margin: lowest linked ${lowest.toFixed(2)} vs highest unlinked ${highest.toFixed(2)}`,
    ].join('\n'),
  )
})

describe('fingerprint', () => {
  it('has a fixed-length signed 32-bit signature and short band keys', () => {
    const fp = fingerprint(STORIES.floods)
    expect(fp.signature).toHaveLength(SIGNATURE_LENGTH)
    for (const v of [...fp.signature, ...fp.sketch]) expect(v).toBe(v | 0)
    expect(fp.bands.length).toBeGreaterThan(0)
    for (const b of fp.bands) expect(b.length).toBeLessThanOrEqual(12)
    expect(fp.sketch).toEqual([...fp.sketch].sort((x, y) => x - y))
  })

  it('is deterministic, and a text is a near-duplicate of itself', () => {
    expect(fingerprint(STORIES.kivu)).toEqual(fingerprint(STORIES.kivu))
    const fp = fingerprint(STORIES.kivu)
    expect(similarity(fp.signature, fp.signature)).toBe(1)
    expect(isNearDuplicate(fp, fp)).toBe(true)
  })

  it('never links texts too short or too empty to judge', () => {
    const empty = fingerprint('')
    expect(empty.bands).toEqual([])
    expect(isNearDuplicate(empty, empty)).toBe(false)
    const short = fingerprint('Three people were killed in Goma on Monday, police said.')
    expect(isNearDuplicate(short, short)).toBe(false)
  })

  it('is symmetric and bounded for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 400 }), (x, y) => {
        const a = fingerprint(x)
        const b = fingerprint(y)
        const s = similarity(a.signature, b.signature)
        expect(s).toBeGreaterThanOrEqual(0)
        expect(s).toBeLessThanOrEqual(1)
        expect(similarity(b.signature, a.signature)).toBe(s)
        expect(isNearDuplicate(b, a)).toBe(isNearDuplicate(a, b))
      }),
      { numRuns: 200 },
    )
  })
})

describe('rewritten, trimmed, reordered and cluttered copies are linked', () => {
  for (const [story, text] of Object.entries(STORIES)) {
    for (const [variant, make] of Object.entries(VARIANTS)) {
      it(`${story}: ${variant}`, () => {
        const a = fingerprint(text)
        const b = fingerprint(make(text))
        linked.push([`${story}: ${variant}`, ...measure(a, b)])
        expect(isNearDuplicate(a, b)).toBe(true)
        expect(isNearDuplicate(b, a)).toBe(true)
      })
    }
  }
})

describe('different stories are not linked', () => {
  for (const [story, other] of SAME_EVENT) {
    it(`${story}: another outlet's own story of the same event`, () => {
      const a = fingerprint(STORIES[story])
      const b = fingerprint(other)
      unlinked.push([`${story}: same event, other story`, ...measure(a, b)])
      expect(isNearDuplicate(a, b)).toBe(false)
      // Rewriting the original does not bring it closer to an independent story.
      const c = fingerprint(spin(STORIES[story]))
      unlinked.push([`${story}: same event, other story vs rewrite`, ...measure(c, b)])
      expect(isNearDuplicate(c, b)).toBe(false)
    })
  }

  it('stories about different crises', () => {
    const names = Object.keys(STORIES)
    for (const [i, x] of names.entries()) {
      for (const y of names.slice(i + 1)) {
        const a = fingerprint(STORIES[x])
        const b = fingerprint(STORIES[y])
        unlinked.push([`${x} vs ${y}`, ...measure(a, b)])
        expect(isNearDuplicate(a, b)).toBe(false)
      }
    }
  })
})

describe.skipIf(!haveSeeds)(`seed articles (read from ${SEEDS_DIR})`, () => {
  const seeds = readSeedTexts().map((s) => ({ id: s.name.slice(0, 3), text: s.text }))

  it('finds the five seeds', () => {
    expect(seeds).toHaveLength(5)
  })

  it('links none of the seeds to another (000 and 002 are two stories of one day sharing quotes)', () => {
    for (const [i, x] of seeds.entries()) {
      for (const y of seeds.slice(i + 1)) {
        const a = fingerprint(x.text)
        const b = fingerprint(y.text)
        unlinked.push([`seed ${x.id} vs seed ${y.id}`, ...measure(a, b)])
        expect(isNearDuplicate(a, b), `seed ${x.id} vs ${y.id}`).toBe(false)
      }
    }
  })

  it('links each seed to its own trimmed, cluttered copy', () => {
    for (const { id, text } of seeds) {
      // Seeds 000, 001 and 003 separate paragraphs with single newlines.
      const copy = clutter(text.split('\n').slice(0, 7).join('\n'))
      const a = fingerprint(text)
      const b = fingerprint(copy)
      linked.push([`seed ${id}: trimmed + clutter`, ...measure(a, b)])
      expect(isNearDuplicate(a, b), `seed ${id}`).toBe(true)
    }
  })
})

describe('long articles, whose sketch holds only a sample of the shingles', () => {
  // A live-blog-sized text: every story, original and rewritten.
  const originals = Object.values(STORIES).concat(SAME_EVENT.map(([, t]) => t))
  const long = originals.concat(originals.map(spin)).join('\n\n')

  it('still links a trimmed copy and keeps an unrelated story apart', () => {
    const full = fingerprint(long)
    expect(full.size).toBeGreaterThan(SKETCH_SIZE)
    const quarter = fingerprint(long.slice(0, Math.floor(long.length / 4)))
    linked.push(['long article: first quarter', ...measure(full, quarter)])
    expect(isNearDuplicate(full, quarter)).toBe(true)
    const other = fingerprint(
      "JUBA (Reuters) - Clashes between rival groups in South Sudan's Jonglei state killed at least 28 people " +
        'and forced about 9,000 to flee their villages, the United Nations Mission in South Sudan said on Sunday. ' +
        'UNMISS said its peacekeepers had sheltered 1,200 civilians at its base in Bor. Local officials in Pibor ' +
        'said 14 women and children had been abducted and that cattle raiders burned 300 homes.',
    )
    unlinked.push(['long article vs unrelated short story', ...measure(full, other)])
    expect(isNearDuplicate(full, other)).toBe(false)
  })
})

describe('candidate retrieval through band keys', () => {
  it('a rewritten or trimmed copy shares at least one band with its original', () => {
    for (const [story, text] of Object.entries(STORIES)) {
      for (const [variant, make] of Object.entries(VARIANTS)) {
        expect(
          sharedBands(fingerprint(text), fingerprint(make(text))),
          `${story}: ${variant}`,
        ).toBeGreaterThan(0)
      }
    }
  })

  it('unrelated texts usually share none', () => {
    const names = Object.keys(STORIES)
    let pairs = 0
    let sharing = 0
    for (const [i, x] of names.entries()) {
      for (const y of names.slice(i + 1)) {
        pairs++
        if (sharedBands(fingerprint(STORIES[x]), fingerprint(STORIES[y])) > 0) sharing++
      }
    }
    expect(sharing).toBeLessThanOrEqual(Math.floor(pairs / 10))
  })
})
