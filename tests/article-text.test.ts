import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contentHash, findPublishedDate, htmlToText, normaliseForHash } from '../api/text/article-text.ts'
import { eachMapsTo } from './helpers/cases.ts'
import { haveSeeds, seedFile } from './helpers/seeds.ts'

describe('normaliseForHash and contentHash', () => {
  it('folds case, curly quotes, punctuation and whitespace', () => {
    const a = '“Syria’s war”  has KILLED\n more than 370,000 people…  '
    const b = '"Syria\'s war" has killed more than 370000 people.'
    expect(normaliseForHash(a)).toBe('syrias war has killed more than 370000 people')
    expect(normaliseForHash(b)).toBe(normaliseForHash(a))
    expect(contentHash(a)).toBe(contentHash(b))
  })

  it('tells different texts apart and returns a sha256 hex digest', () => {
    expect(contentHash('three soldiers wounded')).toMatch(/^[0-9a-f]{64}$/)
    expect(contentHash('three soldiers wounded')).not.toBe(contentHash('two soldiers wounded'))
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = normaliseForHash(s)
        expect(normaliseForHash(once)).toBe(once)
      }),
    )
  })
})

describe('findPublishedDate', () => {
  eachMapsTo(
    findPublishedDate,
    [
      [' date 2020-02-06 BEIRUT -- Turkey sent more reinforcements', '2020-02-06'],
      ['date 2019-08-20\nBEIRUT: Russia has military servicemen', '2019-08-20'],
      ['BEIRUT, June 13, 2019 (AP) — Turkey said on Thursday', '2019-06-13'],
      ['GENEVA, 13 June 2019 (Reuters) - The UN said', '2019-06-13'],
      [
        'Turkey says ceasefire not secured\nPublished: 2019-06-13\nANKARA (AFP) - Turkish foreign minister',
        '2019-06-13',
      ],
      ['Idlib offensive\nUpdated 14:02 GMT, 13 Jun 2019\nBody text follows.', '2019-06-13'],
      ['Headline here\nBy Jane Doe | Sept. 3rd, 2019\nBody.', '2019-09-03'],
      ['Headline\nPosted on 20 August 2019 at 10:15\nBody.', '2019-08-20'],
    ],
    'reads %j',
  )

  it('ignores dates in body prose and deep in the text', () => {
    expect(
      findPublishedDate('ANKARA: The war, which began on March 15, 2011, has killed more than 370,000.'),
    ).toBeNull()
    expect(findPublishedDate('The war began on March 15, 2011.')).toBeNull()
    const deep = `${'A paragraph about the fighting.\n'.repeat(8)}Published: 2019-06-13`
    expect(findPublishedDate(deep)).toBeNull()
  })

  it('returns null without a date, for dates without a year, and for impossible dates', () => {
    expect(findPublishedDate('Turkey said on Thursday that three soldiers were wounded.')).toBeNull()
    expect(findPublishedDate('BEIRUT, June 13 (AP) - Turkey said')).toBeNull()
    expect(findPublishedDate('Updated Feb 30, 2019')).toBeNull()
    expect(findPublishedDate('')).toBeNull()
  })

  const seed = seedFile('004_5382dab4b1826ea1.txt')
  it.skipIf(!haveSeeds)(`reads seed 004's leading date line (${seed})`, () => {
    expect(findPublishedDate(readFileSync(seed, 'utf8'))).toBe('2020-02-06')
  })
})

describe('htmlToText', () => {
  const page = `<!doctype html><html><head>
    <title>Turkey says 3 soldiers wounded &amp; more | Arab News</title>
    <style>p { color: red }</style><script>var s = "<p>not text</p>"</script></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <header><h1>Turkey says <em>three</em> soldiers wounded</h1><p>By Staff | June 13, 2019</p></header>
    <article>
      <p>ANKARA: Turkey's Defense Ministry said <a href="https://example.com/x">three soldiers</a> were wounded.</p>
      <img src="https://cdn.example.com/a.jpg" alt="A photo">
      <p>Second   paragraph
         spread over lines.</p>
      <table><tr><th>Province</th><th>Killed</th></tr><tr><td>Idlib</td><td>360</td></tr></table>
    </article>
    <aside>Related stories</aside><footer>© 2019 Arab News</footer></body></html>`

  it('keeps the article, one paragraph per block, separated by blank lines', () => {
    const { text } = htmlToText(page)
    expect(text).toBe(
      [
        'Turkey says three soldiers wounded',
        'By Staff | June 13, 2019',
        "ANKARA: Turkey's Defense Ministry said three soldiers were wounded.",
        'Second paragraph spread over lines.',
        'Province  Killed\nIdlib     360',
      ].join('\n\n'),
    )
  })

  it('drops scripts, styles, navigation, footers, link URLs and images', () => {
    const { text } = htmlToText(page)
    for (const absent of [
      'not text',
      'color',
      'Home',
      '©',
      'https://',
      'cdn.example',
      'A photo',
      '[',
      'Related',
    ]) {
      expect(text).not.toContain(absent)
    }
  })

  it('takes the title from <title>, else from the first <h1>', () => {
    expect(htmlToText(page).title).toBe('Turkey says 3 soldiers wounded & more | Arab News')
    expect(htmlToText('<h1>Only a <b>heading</b></h1><p>Body.</p>')).toEqual({
      title: 'Only a heading',
      text: 'Only a heading\n\nBody.',
    })
    expect(htmlToText('<p>No title at all.</p>').title).toBeNull()
  })

  it('feeds findPublishedDate with the byline date', () => {
    expect(findPublishedDate(htmlToText(page).text)).toBe('2019-06-13')
  })
})
