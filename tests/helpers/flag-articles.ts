// Articles whose figures are flagged (api/series/flags.ts), shared by the API and browser tests.
// A monitor's toll rising about 10 a day, then by 2,000 in two days when hospital records are added;
// and an air strike the same monitor reports three months after it.
export const FLAG_ARTICLES: Array<[string, string]> = [
  [
    '2021-03-11',
    'ADEN: At least 100 civilians have been killed in Marib province since the offensive began on 1 March, the Yemen Rights Monitor said on Thursday.',
  ],
  [
    '2021-03-21',
    'ADEN: At least 200 civilians have been killed in Marib province since the offensive began on 1 March, the Yemen Rights Monitor said on Sunday.',
  ],
  [
    '2021-03-31',
    'ADEN: At least 300 civilians have been killed in Marib province since the offensive began on 1 March, the Yemen Rights Monitor said on Wednesday.',
  ],
  [
    '2021-04-02',
    'ADEN: At least 2,300 civilians have been killed in Marib province since the offensive began on 1 March, the Yemen Rights Monitor said on Friday, after adding deaths recorded by hospitals.',
  ],
  [
    '2021-06-20',
    'ADEN: An air strike on a market in Harib on 2 March 2021 killed 14 civilians, the Yemen Rights Monitor said on Sunday in a report released months after the attack.',
  ],
]
