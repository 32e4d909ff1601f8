import { describe, expect, it } from 'vitest'
import articles from '../api/sample-data/articles.json' with { type: 'json' }
import { fingerprint, isNearDuplicate, overlap } from '../api/text/near-duplicate.ts'
import { haveSeeds, readSeedTexts, SEEDS_DIR } from './helpers/seeds.ts'

interface SampleArticle {
  title: string
  url: string
  outlet: { name: string; domain: string }
  published: string
  text: string
}
const samples: SampleArticle[] = articles

// The seeds' figures each sample must carry, with the source the same sentence must name (null when the
// seed states the figure without one).
const FIGURES: Array<{ published: string; domain: string; figures: Array<[string, string | null]> }> = [
  {
    published: '2019-06-13',
    domain: 'arabnews.com',
    figures: [
      ['wounding three Turkish soldiers', "Turkey's Defense Ministry"],
      ['Hundreds of thousands of people have fled', null],
    ],
  },
  {
    published: '2019-06-13',
    domain: 'france24.com',
    figures: [
      ['Three Turkish soldiers were injured', 'Cavusoglu'],
      ['More than 360 civilians have been killed since late April', 'Syrian Observatory for Human Rights'],
      ['killed more than 370,000 people', null],
      ['displaced millions', null],
    ],
  },
  {
    published: '2019-08-20',
    domain: 'arabnews.com',
    figures: [
      ['More than 860 civilians have been killed', 'Syrian Observatory for Human Rights'],
      ['hit dozens of health facilities', 'United Nations'],
      ['driven more than 400,000 people from their homes', 'United Nations'],
      ['killed more than 370,000 people', null],
    ],
  },
  {
    published: '2020-02-06',
    domain: 'apnews.com',
    figures: [
      ['killed seven Turkish soldiers', null],
      ['13 Syrian soldiers', null],
      ['a Turkish civilian who worked for the military', null],
      ['More than 520,000 people have fled their homes', 'U.N.'],
      ['At least 53 health facilities', 'World Health Organization'],
    ],
  },
  {
    published: '2020-02-21',
    domain: 'rasanews.ir',
    figures: [
      ['Four Syrian soldiers were injured', 'Russian Reconciliation Center'],
      ['killed two Turkish soldiers', "Turkey's Defense Ministry"],
      ['injured five others', "Turkey's Defense Ministry"],
    ],
  },
]

/** Sentences, without splitting after abbreviations such as "U.N.". */
const sentencesOf = (text: string) => text.split(/(?<=[a-z0-9"”)][.!?])\s+(?=[A-Z"“])/)
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/(\d),(\d)/g, '$1$2')
    .match(/[\p{L}\p{N}]+/gu) ?? []

describe('sample articles', () => {
  it('are five, with the expected shape', () => {
    expect(samples).toHaveLength(5)
    for (const a of samples) {
      expect(a.title.length).toBeGreaterThan(10)
      expect(a.outlet.name.length).toBeGreaterThan(0)
      expect(a.outlet.domain).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/)
      const url = new URL(a.url)
      expect(url.protocol).toBe('https:')
      expect(url.hostname === a.outlet.domain || url.hostname.endsWith(`.${a.outlet.domain}`)).toBe(true)
      const words = wordsOf(a.text).length
      expect(words, a.title).toBeGreaterThanOrEqual(150)
      expect(words, a.title).toBeLessThanOrEqual(350)
    }
  })

  it("carry the seeds' dates and outlets", () => {
    expect(samples.map((a) => [a.published, a.outlet.domain])).toEqual(
      FIGURES.map((f) => [f.published, f.domain]),
    )
  })

  it('state every figure with its source in the same sentence', () => {
    for (const [i, { figures }] of FIGURES.entries()) {
      const sentences = sentencesOf(samples[i].text)
      for (const [figure, source] of figures) {
        const sentence = sentences.find((s) => s.includes(figure))
        expect(sentence, `"${figure}" in sample ${i}`).toBeDefined()
        if (source) expect(sentence, `source of "${figure}"`).toContain(source)
      }
    }
  })

  it('are not near-duplicates of each other', () => {
    const prints = samples.map((a) => fingerprint(a.text))
    for (const [i, a] of prints.entries()) {
      for (const [j, b] of prints.entries()) {
        if (j > i) expect(isNearDuplicate(a, b), `samples ${i} and ${j}`).toBe(false)
      }
    }
  })
})

describe.skipIf(!haveSeeds)(`sample articles against the seeds (${SEEDS_DIR})`, () => {
  const seeds = readSeedTexts()
  const RUN = 8

  it(`share no run of ${RUN} consecutive words with any seed (nothing was copied)`, () => {
    const seedRuns = new Map<string, string>()
    for (const seed of seeds) {
      const w = wordsOf(seed.text)
      for (let i = 0; i + RUN <= w.length; i++) seedRuns.set(w.slice(i, i + RUN).join(' '), seed.name)
    }
    const copied: string[] = []
    for (const a of samples) {
      const w = wordsOf(`${a.title}\n${a.text}`)
      for (let i = 0; i + RUN <= w.length; i++) {
        const run = w.slice(i, i + RUN).join(' ')
        if (seedRuns.has(run))
          copied.push(`"${run}" (${a.published} ${a.outlet.domain} / ${seedRuns.get(run)})`)
      }
    }
    expect(copied).toEqual([])
  })

  it('are not near-duplicates of the seeds they retell', () => {
    for (const a of samples) {
      for (const seed of seeds) {
        const x = fingerprint(a.text)
        const y = fingerprint(seed.text)
        expect(
          isNearDuplicate(x, y),
          `${a.published} ${a.outlet.domain} vs ${seed.name}: ${overlap(x, y)}`,
        ).toBe(false)
      }
    }
  })
})
