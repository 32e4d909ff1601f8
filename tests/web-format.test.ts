// The dashboard's pure helpers (web/src/lib, web/src/chart/series-data.ts): formatters, text, routes, CSV.
import { describe, expect, it } from 'vitest'
import { captionLines, QUALIFIER_KEY } from '../web/src/chart/export-png.ts'
import {
  buildPlot,
  cycle,
  disagreementClusters,
  markerValue,
  pointsCsv,
  sortRefs,
  tooltipLines,
  wrap,
} from '../web/src/chart/series-data.ts'
import { csvCell, toCsv } from '../web/src/lib/csv.ts'
import { accepted, articlesFromFile, formatBytes, isPdf, uploadRefusal } from '../web/src/lib/files.ts'
import {
  changeDirection,
  daysBetween,
  describeFigure,
  formatAgo,
  formatChange,
  formatCompact,
  formatConfidence,
  formatDate,
  formatDateTime,
  formatDayMonth,
  formatFigure,
  formatIncrement,
  formatMetric,
  formatNumber,
  formatPercent,
  formatPlace,
  formatQualifier,
  formatRate,
  formatSigned,
  formatStatus,
  unreadLanguage,
} from '../web/src/lib/format.ts'
import { apiQuery, buildHash, idList, parseHash } from '../web/src/lib/route.ts'
import { findNumber, guessFigure, locateQuote, segments, sentenceAround } from '../web/src/lib/text.ts'
import type { SeriesDetail, SeriesPoint } from '../web/src/lib/types.ts'

describe('figures', () => {
  it('shows each qualifier as people write it', () => {
    expect(formatFigure({ low: 860, high: null, qualifier: 'at_least' })).toBe('≥ 860')
    expect(formatFigure({ low: 1200, high: null, qualifier: 'approx' })).toBe('~ 1,200')
    expect(formatFigure({ low: 20, high: 30, qualifier: 'range' })).toBe('20–30')
    expect(formatFigure({ low: 1200, high: 1200, qualifier: 'exact' })).toBe('1,200')
    expect(formatFigure({ low: 30, high: 30, qualifier: 'at_most' })).toBe('≤ 30')
    expect(formatFigure({ low: 24, high: null, qualifier: 'vague' })).toBe('24+')
    expect(formatFigure({ low: 2_000_000, high: null, qualifier: 'vague' })).toBe('2,000,000+')
  })

  it('describes figures in words for screen readers and tooltips', () => {
    expect(describeFigure({ low: 860, high: null, qualifier: 'at_least' })).toBe('at least 860')
    expect(describeFigure({ low: 20, high: 30, qualifier: 'range' })).toBe('between 20 and 30')
    expect(describeFigure({ low: 30, high: 30, qualifier: 'at_most' })).toBe('at most 30')
    expect(formatQualifier('at_least')).toBe('at least')
    expect(formatQualifier('approx')).toBe('about')
  })

  it('formats numbers with grouping, a real minus sign and compact forms', () => {
    expect(formatNumber(1234567)).toBe('1,234,567')
    expect(formatNumber(7.25)).toBe('7.3')
    expect(formatNumber(-120)).toBe('−120')
    expect(formatNumber(null)).toBe('–')
    expect(formatNumber(Number.NaN)).toBe('–')
    expect(formatCompact(520_000)).toBe('520K')
    expect(formatCompact(2_000_000)).toBe('2M')
    expect(formatCompact(1250)).toBe('1.3K')
    expect(formatCompact(860)).toBe('860')
  })
})

describe('changes', () => {
  it('shows the change since the previous figure with its sign and percentage', () => {
    expect(formatChange({ abs: 500, pct: 138.94 })).toBe('+500 (+138.9%)')
    expect(formatChange({ abs: -120, pct: -12 })).toBe('−120 (−12%)')
    expect(formatChange({ abs: 0, pct: 0 })).toBe('no change')
    expect(formatChange(null)).toBe('first figure')
    expect(formatChange({ abs: 40, pct: null })).toBe('+40')
    expect(formatSigned(0)).toBe('0')
    expect(formatPercent(0)).toBe('0%')
  })

  it('gives the rate per day and the direction', () => {
    expect(formatRate({ abs: 500, pct: 138.9, per_day: 7.3529, days: 68 })).toBe('+7.4 a day over 68 days')
    expect(formatRate({ abs: 500, pct: 138.9 })).toBe('')
    expect(changeDirection({ abs: 5, pct: 1 })).toBe('up')
    expect(changeDirection({ abs: -5, pct: -1 })).toBe('down')
    expect(changeDirection({ abs: 0, pct: 0 })).toBe('flat')
    expect(changeDirection(null)).toBe('none')
  })
})

describe('dates', () => {
  it('reads ISO days as calendar days, never shifted by time zone', () => {
    expect(formatDate('2019-08-20')).toBe('20 Aug 2019')
    expect(formatDate('2020-01-01')).toBe('1 Jan 2020')
    expect(formatDate(null)).toBe('no date')
    expect(formatDateTime('2026-11-21T10:05:00.000Z')).toBe('21 Nov 2026, 10:05 UTC')
    // An increment with the period it grew over, not as one day's toll.
    expect(formatIncrement({ delta: 500, from: '2019-06-13', to: '2019-08-20' })).toBe(
      '+500 between 13 Jun and 20 Aug 2019',
    )
    expect(formatIncrement({ delta: -40, from: '2019-12-28', to: '2020-01-03' })).toBe(
      '−40 between 28 Dec 2019 and 3 Jan 2020',
    )
    // In a schedule's own zone, across midnight and daylight saving; an unknown zone falls back to UTC.
    expect(formatDateTime('2026-11-21T23:30:00.000Z', 'Europe/Zurich')).toBe(
      '22 Nov 2026, 00:30 Europe/Zurich',
    )
    expect(formatDateTime('2026-07-01T05:00:00.000Z', 'Europe/Zurich')).toBe(
      '1 Jul 2026, 07:00 Europe/Zurich',
    )
    expect(formatDateTime('2026-07-01T05:00:00.000Z', 'Not/AZone')).toBe('1 Jul 2026, 05:00 UTC')
    expect(daysBetween('2019-06-13', '2019-08-20')).toBe(68)
  })

  it('says how long ago', () => {
    const now = new Date('2026-11-21T12:00:00Z')
    expect(formatAgo('2026-11-21T11:59:30Z', now)).toBe('just now')
    expect(formatAgo('2026-11-21T11:00:00Z', now)).toBe('1 hour ago')
    expect(formatAgo('2026-11-20T12:00:00Z', now)).toBe('yesterday')
    expect(formatAgo('2026-11-11T12:00:00Z', now)).toBe('10 days ago')
    expect(formatAgo('2025-01-02T12:00:00Z', now)).toBe('2 Jan 2025')
  })

  it('names the language of an article Tally does not read, and nothing for one it reads', () => {
    expect(unreadLanguage({ language: 'de' })).toBe('German')
    expect(unreadLanguage({ language: 'fr' })).toBeNull()
    expect(unreadLanguage({ language: 'en' })).toBeNull()
    expect(unreadLanguage({ language: 'en-GB' })).toBeNull()
    expect(unreadLanguage({ language: null })).toBeNull()
    // When the API says which languages it reads, that wins.
    expect(unreadLanguage({ language: 'de', language_supported: true })).toBeNull()
    expect(unreadLanguage({ language: 'ar', language_supported: false })).toBe('Arabic')
  })

  it('names places', () => {
    expect(formatPlace('Idlib', 'SYR')).toBe('Idlib, SYR')
    expect(formatPlace(null, 'SYR')).toBe('SYR')
    expect(formatPlace(null, null)).toBe('no place')
  })
})

describe('words', () => {
  it('names metrics, statuses and confidences as people read them', () => {
    expect(formatMetric('facilities')).toBe('facilities hit')
    expect(formatMetric('killed')).toBe('killed')
    expect(formatStatus('verified')).toBe('Verified')
    expect(formatConfidence(0.914)).toBe('91%')
    expect(formatConfidence(1)).toBe('100%')
  })

  it('writes a day and month, and leaves what is not an ISO day as it is', () => {
    expect(formatDayMonth('2019-08-20')).toBe('20 Aug')
    expect(formatDayMonth(null)).toBe('')
    expect(formatDayMonth('2019-13-01')).toBe('2019-13-01')
    expect(formatDate('2019-00-10')).toBe('2019-00-10')
    expect(formatDate('2020-02-29T23:00:00Z')).toBe('29 Feb 2020')
  })

  it('picks colours and dashes in turn, starting again after the last', () => {
    const list: [string, ...string[]] = ['a', 'b', 'c']
    expect([0, 1, 2, 3, 7].map((i) => cycle(list, i))).toEqual(['a', 'b', 'c', 'a', 'b'])
  })
})

describe('text', () => {
  it('cuts a text into plain and highlighted pieces, clipping and resolving overlaps', () => {
    const text = 'more than 360 civilians, and 3 soldiers'
    const pieces = segments(text, [
      { start: 29, end: 39, value: 'b' },
      { start: 0, end: 23, value: 'a' },
      { start: 20, end: 30, value: 'overlap' },
      { start: 35, end: 100, value: 'clipped' },
    ])
    expect(pieces.map((p) => p.text).join('')).toBe(text)
    expect(pieces.map((p) => [p.text, p.span?.value ?? null])).toEqual([
      ['more than 360 civilians', 'a'],
      [', and 3', 'overlap'],
      [' soldiers', 'b'],
    ])
    expect(segments('abc', [])).toEqual([{ text: 'abc', start: 0, span: null }])
  })

  it('finds a quote by its offsets, else by its words', () => {
    const text = 'One. More than 360 civilians have been killed. Two.'
    expect(locateQuote(text, 'More than 360', 5, 18)).toEqual({ start: 5, end: 18 })
    expect(locateQuote(text, 'More than 360', 0, 3)).toEqual({ start: 5, end: 18 })
    expect(locateQuote(text, 'not there', null, null)).toBeNull()
  })

  it('gives the sentence around a quote', () => {
    const text =
      'First sentence. Since late April, more than 360 civilians have been killed, SOHR said. Last one.'
    const start = text.indexOf('more than 360')
    const s = sentenceAround(text, start, start + 'more than 360 civilians'.length)
    expect(s).toEqual({
      before: 'Since late April, ',
      match: 'more than 360 civilians',
      after: ' have been killed, SOHR said.',
    })
    const para = 'Heading\nThe strikes killed 12 people.\nNext paragraph.'
    const at = para.indexOf('killed 12')
    expect(sentenceAround(para, at, at + 9).before).toBe('The strikes ')
  })

  it('finds the number in a quote and guesses the figure of a passage', () => {
    expect(findNumber('more than 360 civilians')).toMatchObject({ start: 10, end: 13, value: 360 })
    expect(findNumber('more than 370,000 people')?.value).toBe(370000)
    expect(findNumber('Three Turkish soldiers')?.value).toBe(3)
    expect(findNumber('2 million people')?.value).toBe(2_000_000)
    expect(findNumber('no figure here')).toBeNull()
    expect(findNumber('two thousand families')?.value).toBe(2000)
    expect(findNumber('dozens of houses')?.value).toBe(24)
    expect(guessFigure('more than 360 civilians')).toEqual({ low: 360, high: null, qualifier: 'at_least' })
    expect(guessFigure('between 20 and 30 people')).toEqual({ low: 20, high: 30, qualifier: 'range' })
    expect(guessFigure('about 1,200 families')).toEqual({ low: 1200, high: null, qualifier: 'approx' })
    expect(guessFigure('up to 40 people')).toEqual({ low: 40, high: 40, qualifier: 'at_most' })
    expect(guessFigure('killed seven soldiers')).toEqual({ low: 7, high: 7, qualifier: 'exact' })
    expect(guessFigure('nothing')).toBeNull()
  })
})

describe('routes', () => {
  it('parses and builds hashes so one view has one URL', () => {
    expect(parseHash('#/series/3?view=increments&from=2019-05-01&empty=')).toEqual({
      path: ['series', '3'],
      query: { view: 'increments', from: '2019-05-01' },
    })
    expect(parseHash('')).toEqual({ path: [], query: {} })
    expect(parseHash('#/articles/%E2%9C%93')).toEqual({ path: ['articles', '✓'], query: {} })
    expect(buildHash(['series', 3], { view: 'increments', from: '', hide: null, a: 1, b: false })).toBe(
      '#/series/3?a=1&view=increments',
    )
    expect(buildHash([])).toBe('#/')
    const round = buildHash(['review'], { q: 'a&b=c d' })
    expect(parseHash(round).query.q).toBe('a&b=c d')
  })

  it('builds API queries and id lists', () => {
    expect(apiQuery({ metric: 'killed', place: '', limit: 50, cursor: null })).toBe('?metric=killed&limit=50')
    expect(apiQuery({})).toBe('')
    expect(idList('3,4,x,-1,4.5')).toEqual([3, 4])
    expect(idList(undefined)).toEqual([])
  })
})

describe('CSV', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a, "b"')).toBe('"a, ""b"""')
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell(null)).toBe('')
    // The same rules as the API's exports: full-width starts, and ";" for Excel where it separates lists.
    expect(csvCell('\uFF1D1+1')).toBe("'\uFF1D1+1")
    expect(csvCell('x;=1+1')).toBe(`"x;'=1+1"`)
    expect(csvCell('a;b')).toBe('"a;b"')
    expect(toCsv(['a', 'b'], [[1, 'x\ny']])).toBe('a,b\r\n1,"x\ny"\r\n')
  })
})

describe('files to upload', () => {
  it('turns .txt, .html and .jsonl into articles', () => {
    expect(articlesFromFile('idlib_report-june.txt', 'Some text')).toEqual({
      items: [{ text: 'Some text', title: 'idlib report june' }],
      errors: [],
    })
    expect(articlesFromFile('page.html', '<title>T</title><p>x</p>', () => 'T').items).toEqual([
      { html: '<title>T</title><p>x</p>', title: 'T' },
    ])
    const jsonl = [
      JSON.stringify({
        text: 'A',
        title: 'a',
        outlet: { name: 'Arab News' },
        published: '2019-08-20',
        extra: 1,
      }),
      '',
      'not json',
      JSON.stringify({ title: 'no text' }),
      JSON.stringify({ html: '<p>B</p>', url: 'https://example.org/b' }),
    ].join('\n')
    expect(articlesFromFile('batch.jsonl', jsonl)).toEqual({
      items: [
        { text: 'A', title: 'a', outlet: 'Arab News', published: '2019-08-20' },
        { html: '<p>B</p>', url: 'https://example.org/b' },
      ],
      errors: ['line 3: not JSON', 'line 4: needs "text" or "html"'],
    })
    expect(articlesFromFile('empty.txt', '  ').errors).toEqual(['the file is empty'])
    expect(accepted('A.JSONL')).toBe(true)
    expect(accepted('a.pdf')).toBe(true)
    expect(accepted('a.docx')).toBe(false)
    expect([isPdf('Report.PDF'), isPdf('report.pdf.txt')]).toEqual([true, false])
    expect(formatBytes(2048)).toBe('2.0 KB')
  })

  it('says why the server refused a document, without its field and code', () => {
    expect(uploadRefusal('body: encrypted: the PDF is encrypted with a password')).toBe(
      'the PDF is encrypted with a password',
    )
    expect(uploadRefusal('body: bad_content: not a readable PDF: Invalid PDF structure.')).toBe(
      'not a readable PDF: Invalid PDF structure.',
    )
    expect(uploadRefusal('The server cannot be reached.')).toBe('The server cannot be reached.')
  })
})

function point(over: Partial<SeriesPoint>): SeriesPoint {
  return {
    key: 'k',
    source_key: 'sohr',
    source_name: 'Syrian Observatory for Human Rights',
    as_of: '2019-06-13',
    low: 360,
    high: null,
    qualifier: 'at_least',
    repeated_on: [],
    verified: false,
    citations: 1,
    claim_ids: [4],
    change: null,
    denied: false,
    quotes: [
      {
        claim_id: 4,
        quote: 'More than 360 civilians have been killed',
        article_id: 2,
        article_title: 'T',
        outlet: 'France 24',
        url: 'https://example.org/a',
        published: '2019-06-13',
        start: 0,
        end: 10,
      },
    ],
    ...over,
  }
}

function detail(
  id: number,
  since: string,
  points: SeriesPoint[],
  disagreements: SeriesDetail['disagreements'] = [],
): SeriesDetail {
  return {
    series: {
      id,
      topic_id: 1,
      title: `Series ${id}`,
      kind: 'cumulative',
      since_date: since,
      pinned: false,
      metric: 'killed',
      group: { key: 'civilians', label: 'civilians' },
      place: { key: 'unknown', name: null, country: null },
      claim_count: points.length,
      point_count: points.length,
      source_count: 1,
      first_date: null,
      last_date: null,
      latest: null,
      previous_low: null,
      change: null,
      disagreement_count: disagreements.length,
      revision_count: 0,
      updated_at: '2026-11-21T10:00:00Z',
      spark: [],
      estimate_rule: 'latest_reliable',
      estimate: null,
    },
    sources: [],
    points,
    disagreements,
    disagreement_groups: [],
    revisions: [],
    increments: [],
    flags: [],
  }
}

describe('series plot', () => {
  const a = point({ key: 'a' })
  const b = point({
    key: 'b',
    as_of: '2019-08-20',
    low: 860,
    change: { abs: 500, pct: 138.9, per_day: 7.4, days: 68 },
  })
  const un = point({
    key: 'c',
    source_key: 'un',
    source_name: 'United Nations',
    as_of: '2019-08-18',
    low: 20,
    high: 30,
    qualifier: 'range',
    quotes: [],
  })
  const undated = point({ key: 'd', as_of: null, low: 5, qualifier: 'exact', high: 5 })

  it('makes one dataset per source with a colour each, markers at the figure, undated points aside', () => {
    const model = buildPlot([
      detail(
        3,
        '2019-04-21',
        [b, a, un, undated],
        [{ kind: 'range', a: 'b', b: 'c', days_apart: 2, gap: null, dates: [], reason: 'far apart' }],
      ),
    ])
    expect(model.datasets.map((d) => [d.label, d.data.map((p) => p.y)])).toEqual([
      ['Syrian Observatory for Human Rights', [360, 860]],
      ['United Nations', [25]],
    ])
    expect(model.datasets[0].color).not.toBe(model.datasets[1].color)
    expect(model.undated.map((r) => r.point.key)).toEqual(['d'])
    expect(model.disagreements).toEqual([{ a: 2, b: 1, kind: 'range', reason: 'far apart', seriesId: 3 }])
    expect(model.mixedPeriods).toBe(false)
    expect(markerValue({ low: 30, high: 30, qualifier: 'at_most' })).toBe(30)
  })

  it('captions the downloaded chart with its period, sources, marker key and credit', () => {
    const lines = captionLines(
      {
        title: 'Civilians killed in Idlib since 21 April 2019',
        sources: [
          { name: 'Syrian Observatory for Human Rights', color: '#0072B2' },
          { name: 'United Nations', color: '#E69F00' },
        ],
        from: '2019-06-13',
        to: '2019-08-20',
      },
      new Date('2026-12-05T10:00:00Z'),
    )
    expect(lines).toEqual([
      'Reported 13 Jun 2019 – 20 Aug 2019. Sources: Syrian Observatory for Human Rights; United Nations.',
      'Tally, exported 5 Dec 2026',
    ])
    expect(QUALIFIER_KEY).toContain('▲ at least')
    // Notes drawn on the chart are listed under it, numbered as there.
    const noted = captionLines(
      {
        title: 'Civilians killed in Idlib since 21 April 2019',
        sources: [],
        from: '2019-06-13',
        to: '2019-08-20',
        notes: [
          { on: '2019-08-30', note: 'Ceasefire announced' },
          { on: '2019-09-02', note: 'Strikes resume' },
        ],
      },
      new Date('2026-12-05T10:00:00Z'),
    )
    expect(noted[1]).toBe('Notes: 1. 30 Aug 2019, Ceasefire announced; 2. 2 Sep 2019, Strikes resume')
  })

  it('groups disagreeing figures into one cluster per set of linked reports, each figure once', () => {
    const pair = (x: string, y: string) => ({
      kind: 'range' as const,
      a: x,
      b: y,
      gap: null,
      days_apart: 2,
      dates: [],
      reason: `${x} vs ${y}`,
    })
    const model = buildPlot([
      detail(3, '2019-04-21', [a, b, un], [pair('a', 'b'), pair('b', 'c'), pair('a', 'c')]),
    ])
    const clusters = disagreementClusters(model)
    expect(clusters).toHaveLength(1)
    expect(clusters[0]!.pairs).toBe(3)
    expect(clusters[0]!.refs).toHaveLength(3)
    const dates = clusters[0]!.refs.map((r) => model.points[r]!.point.as_of)
    expect(dates).toEqual([...dates].sort())
    expect([clusters[0]!.from, clusters[0]!.to]).toEqual([dates[0], dates.at(-1)])
  })

  it('joins the points of a running toll with a line, never single incidents', () => {
    const toll = detail(3, '2019-04-21', [b, a])
    const incidents = detail(5, '2019-01-01', [point({ key: 'x' }), point({ key: 'y', as_of: '2019-07-01' })])
    incidents.series.kind = 'incident'
    expect(buildPlot([toll]).datasets.map((d) => d.connect)).toEqual([true])
    expect(buildPlot([incidents]).datasets.every((d) => d.connect === false)).toBe(true)
  })

  it('says when series of different reference periods share the chart', () => {
    const model = buildPlot([detail(3, '2019-04-21', [a]), detail(4, '2011-01-01', [point({ key: 'x' })])])
    expect(model.mixedPeriods).toBe(true)
    expect(model.datasets.map((d) => d.label)).toEqual([
      'Syrian Observatory for Human Rights · since 21 Apr 2019',
      'Syrian Observatory for Human Rights · since 1 Jan 2011',
    ])
    expect(model.datasets[0].dash).toEqual([])
    expect(model.datasets[1].dash.length).toBeGreaterThan(0)
  })

  it('writes the hover text: date, source and figure, outlet, quote', () => {
    const model = buildPlot([detail(3, '2019-04-21', [b, a])])
    const t = tooltipLines(model.points[0])
    expect(t.title).toBe('13 Jun 2019')
    expect(t.body[0]).toBe('Syrian Observatory for Human Rights: ≥ 360 (at least)')
    expect(t.body).toContain('In France 24')
    expect(t.body.join(' ')).toContain('“More than 360 civilians have been killed”')
    expect(wrap('a b c d', 3)).toEqual(['a b', 'c d'])
  })

  it('sorts the table and writes the CSV', () => {
    const model = buildPlot([detail(3, '2019-04-21', [a, b, un])])
    expect(sortRefs(model.points, 'figure', 'desc').map((r) => r.point.low)).toEqual([860, 360, 20])
    expect(sortRefs(model.points, 'source', 'asc').map((r) => r.point.source_name)[0]).toBe(
      'Syrian Observatory for Human Rights',
    )
    const csv = pointsCsv(model.points).split('\r\n')
    expect(csv[0]).toBe(
      'series,date,source,figure,qualifier,low,high,change,citations,claim_ids,outlets,quote,urls',
    )
    expect(csv[1]).toBe(
      'Series 3,2019-06-13,Syrian Observatory for Human Rights,≥ 360,at_least,360,,,1,4,France 24,More than 360 civilians have been killed,https://example.org/a',
    )
  })
})
