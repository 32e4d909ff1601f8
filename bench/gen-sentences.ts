// Sentences of a generated article, written from templates: figure sentences with their planted claims,
// traps (numbers that are not claims), quotes and filler. bench/gen.ts strings them into articles.
import type { Claim, Metric, Qualifier, Unit } from '../api/extractor/types.ts'
import {
  type Crisis,
  FILLER,
  FIRST_NAMES,
  LAST_NAMES,
  MONTHS,
  type Place,
  ROLES,
  WEEKDAYS,
} from './gen-world.ts'

export type Rng = () => number

/** What the generator knows about a figure it wrote; quote and offsets are added when assembled. */
export type Planted = Omit<Claim, 'quote' | 'start' | 'end'>

/** Plain text, or the exact words of one claim. A sentence is a list of pieces. */
export type Piece = string | { text: string; claim: Planted }
type Sentence = Piece[]

const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const words = (s: Sentence) =>
  s.reduce((n, p) => n + (typeof p === 'string' ? p : p.text).split(/\s+/).filter(Boolean).length, 0)
/** The organisation as the claim names it: "the UN" is "UN". */
const sourceName = (s: string) => s.replace(/^the /i, '')

/** FNV-1a to [0, 1): the same toll and source always get the same bias. */
function hash01(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return (h >>> 0) / 4294967296
}

const NUMBER_WORDS = 'zero one two three four five six seven eight nine ten eleven twelve'.split(' ')
const round2 = (n: number) => {
  const p = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1)
  return Math.round(n / p) * p
}
function numeral(n: number, allowWords: boolean): string {
  if (allowWords && n <= 12) return NUMBER_WORDS[n]
  if (n >= 1_000_000 && n % 100_000 === 0) return `${n / 1_000_000} million`
  return n.toLocaleString('en-US')
}

interface Quantity {
  text: string
  low: number
  high: number | null
  qualifier: Qualifier
}

/** A figure as a reporter writes it, with what it means under the labelling conventions. */
function quantity(random: Rng, n: number, incident: boolean): Quantity {
  const r = random()
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]
  if (incident && r < 0.08 && n >= 24 && n < 100)
    return { text: 'dozens of', low: 24, high: null, qualifier: 'vague' }
  if (incident && r < 0.08 && n >= 200 && n < 1000)
    return { text: 'hundreds of', low: 200, high: null, qualifier: 'vague' }
  if (r < (incident ? 0.65 : 0.25)) return { text: numeral(n, incident), low: n, high: n, qualifier: 'exact' }
  if (r < 0.85) {
    const word = pick(['at least', 'more than', 'over'])
    return { text: `${word} ${numeral(n, false)}`, low: n, high: null, qualifier: 'at_least' }
  }
  if (r < 0.93 || n < 20) {
    const m = round2(n)
    const word = pick(['about', 'some', 'nearly', 'around', 'an estimated'])
    return { text: `${word} ${numeral(m, false)}`, low: m, high: null, qualifier: 'approx' }
  }
  if (r < 0.97) {
    const a = round2(n * 0.9)
    const b = Math.max(a + 1, round2(n * 1.1))
    return {
      text: `between ${numeral(a, false)} and ${numeral(b, false)}`,
      low: a,
      high: b,
      qualifier: 'range',
    }
  }
  return { text: `up to ${numeral(n, false)}`, low: n, high: n, qualifier: 'at_most' }
}

// How big each kind of toll is relative to the crisis' scale.
const METRIC_SHARE: Record<Metric, number> = {
  killed: 1,
  injured: 1.8,
  casualties: 2.5,
  displaced: 60,
  refugees: 15,
  missing: 0.1,
  affected: 80,
  detained: 0.3,
  facilities: 0.01,
  homes: 3,
}
const GROUP_SHARE: Record<string, number> = {
  children: 0.3,
  women: 0.2,
  'aid workers': 0.01,
  journalists: 0.01,
}

interface Toll {
  metric: Metric
  unit: Unit
  who: string
  place: string
  sinceDate: string
  key: string
}

/** A running toll: what is counted, where, and since when. */
function chooseToll(random: Rng, c: Crisis, published: string): Toll {
  const metric = c.metrics[Math.floor(random() ** 1.5 * c.metrics.length)]
  const grouped = metric === 'killed' || metric === 'injured' || metric === 'detained' || metric === 'missing'
  const unit: Unit = metric === 'facilities' ? 'facilities' : metric === 'homes' ? 'homes' : 'people'
  const who =
    metric === 'facilities'
      ? 'health facilities'
      : metric === 'homes'
        ? 'homes'
        : grouped
          ? c.groups[Math.floor(random() * c.groups.length)]
          : 'people'
  const divisions = [...new Set(c.places.map((p) => p.division))]
  const place = random() < 0.4 ? c.countryName : divisions[Math.floor(random() * divisions.length)]
  // Each place's offensive starts on its own day; a period that would start after the article is the war's.
  let start = Date.parse(c.from) + Math.floor(hash01(place) * 400) * DAY
  if (start > Date.parse(published) - 20 * DAY) start = Date.parse(c.from)
  const d = new Date(start)
  // Reporters round a period's start to "April", "late April" or a day.
  const day = d.getUTCDate() < 11 ? 1 : Math.min(d.getUTCDate(), 21)
  const sinceDate = iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), day))
  return { metric, unit, who, place, sinceDate, key: `${c.country}|${metric}|${who}|${place}|${sinceDate}` }
}

/** "late April", "April 2019", "12 March": the period's start as written, for that publication date. */
function sincePhrase(sinceDate: string, published: string): string {
  const [y, m, d] = sinceDate.split('-').map(Number)
  const month = MONTHS[m - 1]
  const base = d === 1 ? month : d === 21 ? `late ${month}` : `${d} ${month}`
  return y === Number(published.slice(0, 4)) ? base : `${base} ${y}`
}

/** A source's figure for a toll on a day: grows with time, each source biased its own way. */
function tollValue(c: Crisis, t: Toll, source: string, published: string, random: Rng): number {
  const years = Math.max(0.03, (Date.parse(published) - Date.parse(t.sinceDate)) / (365 * DAY))
  const placeShare = t.place === c.countryName ? 1 : 0.35
  const base = c.scale * METRIC_SHARE[t.metric] * (GROUP_SHARE[t.who] ?? 1) * placeShare * years ** 0.9
  const bias = 0.7 + 0.6 * hash01(`${t.key}|${source}`)
  return Math.max(2, Math.round(base * bias * (0.98 + 0.04 * random())))
}

// The words that say what happened, for a running toll (after the figure and the group).
const TOLL_VERBS: Record<Metric, string[]> = {
  killed: ['have been killed', 'have died', 'have lost their lives'],
  injured: ['have been wounded', 'have been injured'],
  casualties: ['have been killed or wounded'],
  displaced: ['have been displaced', 'have fled their homes', 'have been forced from their homes'],
  refugees: ['have fled across the border', 'have crossed into neighbouring countries'],
  missing: ['remain missing', 'are still missing'],
  detained: ['have been detained', 'have been arrested'],
  affected: ['have been affected'],
  facilities: ['have been damaged', 'have been hit'],
  homes: ['have been destroyed or damaged'],
}

export class ArticleWriter {
  private pick = <T>(xs: readonly T[]): T => xs[Math.floor(this.random() * xs.length)]
  constructor(
    private random: Rng,
    private c: Crisis,
    private published: string,
  ) {}

  private claim(text: string, fields: Partial<Planted> & Pick<Planted, 'metric' | 'low'>): Piece {
    return {
      text,
      claim: {
        unit: 'people',
        high: null,
        qualifier: 'exact',
        who: 'people',
        source: null,
        since: null,
        since_date: null,
        as_of: this.published,
        location: null,
        country: this.c.country,
        denied: false,
        projected: false,
        ...fields,
      },
    }
  }

  /** A running toll as one source gives it. */
  toll(t: Toll, source: string | null): Sentence {
    const value = tollValue(this.c, t, source ?? 'none', this.published, this.random)
    const q = quantity(this.random, value, false)
    const since = sincePhrase(t.sinceDate, this.published)
    const fields = {
      metric: t.metric,
      unit: t.unit,
      low: q.low,
      high: q.high,
      qualifier: q.qualifier,
      who: t.who.toLowerCase(),
      source: source && sourceName(source),
      since,
      since_date: t.sinceDate,
      location: t.place,
    }
    const said = `${q.text} ${t.who} ${this.pick(TOLL_VERBS[t.metric])}`
    if (!source) return [this.claim(cap(said), fields), ` in ${t.place} since ${since}.`]
    switch (Math.floor(this.random() * 3)) {
      case 0:
        return [`${cap(source)} said `, this.claim(said, fields), ` in ${t.place} since ${since}.`]
      case 1:
        return [`Since ${since}, `, this.claim(said, fields), ` in ${t.place}, according to ${source}.`]
      default:
        return [
          this.claim(cap(said), fields),
          ` in ${t.place} since ${since}, ${source} said in its latest update.`,
        ]
    }
  }

  /** One attack, on a day of the last week (or a date), with its dead and sometimes its wounded. */
  incident(): Sentence {
    const town = this.pick(this.c.places.filter((p: Place) => p.name !== p.division)).name
    const source = this.pick(this.c.sources)
    const back = Math.floor(this.random() * 7)
    const day = new Date(Date.parse(this.published) - back * DAY)
    const when =
      this.random() < 0.8 ? WEEKDAYS[day.getUTCDay()] : `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]}`
    const who = this.pick(this.c.groups)
    const n = 1 + Math.floor(this.random() ** 2 * Math.min(120, this.c.scale / 40))
    const q = quantity(this.random, Math.max(2, n), true)
    const base = {
      low: q.low,
      high: q.high,
      qualifier: q.qualifier,
      who: who.toLowerCase(),
      as_of: iso(day.getTime()),
      location: town,
    }
    const attacker = this.pick(this.c.attackers)
    const target = this.pick([
      'a market',
      'a school',
      'a bakery',
      'a residential block',
      'a hospital',
      'a bus',
    ])
    switch (Math.floor(this.random() * 5)) {
      case 0:
        return [
          `${cap(attacker)} `,
          this.claim(`killed ${q.text} ${who}`, { ...base, metric: 'killed', source: sourceName(source) }),
          ` in ${town} on ${when}, ${source} said.`,
        ]
      case 1:
        return [
          this.claim(cap(`${q.text} ${who} were killed`), {
            ...base,
            metric: 'killed',
            source: sourceName(source),
          }),
          ` when ${attacker} hit ${target} in ${town} on ${when}, according to ${source}.`,
        ]
      case 2: {
        const hurt = 2 + Math.floor(this.random() * 3 * q.low)
        return [
          `An attack on ${target} in ${town} on ${when} `,
          this.claim(`killed ${q.text} ${who}`, { ...base, metric: 'killed', source: sourceName(source) }),
          ' and ',
          this.claim(`wounded ${numeral(hurt, true)} others`, {
            ...base,
            metric: 'injured',
            low: hurt,
            high: hurt,
            qualifier: 'exact',
            source: sourceName(source),
          }),
          `, ${source} said.`,
        ]
      }
      case 3:
        return [
          this.claim(cap(`${q.text} ${who} were wounded`), { ...base, metric: 'injured' }),
          ` in shelling on ${town} on ${when}.`,
        ]
      default: {
        const denier = this.pick(this.c.deniers)
        return [
          `${cap(denier)} denied that `,
          this.claim(`${q.text} ${who} were killed`, {
            ...base,
            metric: 'killed',
            as_of: this.published,
            denied: true,
          }),
          ` in ${town}, calling the reports fabricated.`,
        ]
      }
    }
  }

  /** A forecast: kept as a claim, but marked projected. */
  projection(): Sentence {
    const source = this.pick(this.c.sources)
    const place = this.pick(this.c.places).division
    const n = round2(this.c.scale * (5 + this.random() * 50))
    const q = quantity(this.random, n, false)
    return [
      `${cap(source)} warned that renewed fighting `,
      this.claim(`could force ${q.text} more people to flee`, {
        metric: 'displaced',
        low: q.low,
        high: q.high,
        qualifier: q.qualifier,
        source: sourceName(source),
        location: place,
        projected: true,
      }),
      ` ${place} in the coming weeks.`,
    ]
  }

  /** Numbers that are not claims: populations, money, counts of strikes, dates, shares, people in need. */
  trap(): Sentence {
    const town = this.pick(this.c.places)
    const r = Math.floor(this.random() * 8)
    const n = (lo: number, hi: number) => lo + Math.floor(this.random() * (hi - lo))
    const text = [
      () =>
        `${town.name}, home to some ${numeral(n(20, 900) * 1000, false)} people before the war, now lies largely empty.`,
      () =>
        `${cap(this.pick(this.c.sources))} has appealed for $${n(12, 900)} million to fund its response this year.`,
      () => `${cap(this.pick(this.c.attackers))} carried out ${n(5, 80)} air strikes on the area overnight.`,
      () =>
        `The last ceasefire, agreed on ${n(1, 28)} ${this.pick(MONTHS)} ${this.published.slice(0, 4)}, lasted less than a week.`,
      () => `Around ${n(20, 70)} percent of the hospitals in ${town.division} are no longer working.`,
      () =>
        `Some ${n(2, 18)} million people in ${this.c.countryName} need humanitarian assistance, aid agencies estimate.`,
      () =>
        `A convoy of ${n(8, 60)} trucks carrying flour reached ${town.name} at ${n(6, 11)}:${n(10, 59)} on ${this.pick(WEEKDAYS)}.`,
      () =>
        `Some ${numeral(n(2, 40) * 100, false)} troops were sent to reinforce positions near ${town.name}.`,
    ][r]()
    return [text]
  }

  quote(): Sentence {
    const line = this.pick([
      'We left with nothing but the clothes we were wearing',
      'Every night we hear the planes and pray they pass over us',
      'There is no bread, no water and no medicine left here',
      'My children ask me every day when we can go home',
      'We buried our neighbours in the garden because the cemetery was too dangerous',
    ])
    const who = `${this.pick(FIRST_NAMES)} ${this.pick(LAST_NAMES)}`
    const age = this.random() < 0.5 ? `, ${20 + Math.floor(this.random() * 50)}` : ''
    return [`"${line}," said ${who}${age}, ${this.pick(ROLES)} in ${this.pick(this.c.places).name}.`]
  }

  filler(): Sentence {
    const f = FILLER
    const r = this.random()
    if (r < 0.45) {
      const tail = this.random() < 0.5 ? ` ${this.pick(f.tails)}` : ''
      return [`${this.pick(f.openers)} ${this.pick(f.verbs)} ${this.pick(f.claims)}${tail}.`]
    }
    if (r < 0.8) return [`${this.pick(f.scenes)} in ${this.pick(this.c.places).name} ${this.pick(f.tails)}.`]
    return [this.pick(f.background)]
  }

  title(t: Toll): string {
    const town = this.pick(this.c.places).name
    return this.pick([
      `Toll climbs in ${t.place} as ${this.pick(this.c.attackers)} press on`,
      `Families flee ${town} as fighting intensifies`,
      `Aid groups warn of catastrophe in ${t.place}`,
      `${this.c.adjective} civilians caught in crossfire near ${town}`,
      `Talks stall as violence spreads across ${this.c.countryName}`,
      `${town}: a week of strikes, and no way out`,
    ])
  }
}

export const sentences = {
  /** An article of about `target` words on one crisis, led by a figure. */
  article(random: Rng, c: Crisis, published: string, target: number) {
    const w = new ArticleWriter(random, c, published)
    const main = chooseToll(random, c, published)
    const pickSource = () => c.sources[Math.floor(random() * c.sources.length)]
    const lead = random() < 0.5 ? w.toll(main, pickSource()) : w.incident()
    const paragraphs: Sentence[][] = [[lead, w.filler()]]
    let count = words(lead) + words(paragraphs[0][1])
    while (count < target) {
      const r = random()
      let p: Sentence[]
      if (r < 0.3) {
        // Often the same toll from another source: that is how disagreements reach the series.
        const figure =
          random() < 0.4
            ? w.toll(main, random() < 0.9 ? pickSource() : null)
            : random() < 0.5
              ? w.toll(chooseToll(random, c, published), pickSource())
              : random() < 0.9
                ? w.incident()
                : w.projection()
        p = [figure, ...Array.from({ length: Math.floor(random() * 3) }, () => w.filler())]
      } else if (r < 0.5) p = [w.trap(), w.filler()]
      else if (r < 0.62) p = [w.quote(), w.filler()]
      else p = Array.from({ length: 2 + Math.floor(random() * 3) }, () => w.filler())
      paragraphs.push(p)
      count += p.reduce((n, s) => n + words(s), 0)
    }
    return { title: w.title(main), paragraphs }
  },
}
