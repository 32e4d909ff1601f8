// Attribution forms seen in new wordings of English news (issue #19): who a figure is credited to when the
// source is described before it is named, referred back to by an epithet, or qualified by a participle.

import { describe } from 'vitest'
import { eachReads } from '../helpers/claims.ts'

describe('a source introduced by "per" and a lower-case description', () => {
  eachReads('source', [
    ['At least 27 people were killed in the clashes, per local rights group Kivu Watch.', ['Kivu Watch']],
    ['Some 4,000 residents have fled the district, per health officials.', ['health officials']],
    ['Prices rose 12 per cent as 300 families fled.', [null]],
    [
      'At least 15 civilians died in the raids, per monitoring group Sahelwatch. The group said 40 more were wounded.',
      ['Sahelwatch', 'Sahelwatch'],
    ],
  ])
})

describe('a body qualified by a participle keeps its own head', () => {
  eachReads('source', [
    [
      'In Sanaa, the health ministry run by Ansar Allah said 52 people had been killed. It said 140 were wounded.',
      ['health ministry run by Ansar Allah', 'health ministry run by Ansar Allah'],
    ],
  ])
})

describe('descriptors around a proper name', () => {
  eachReads('source', [
    [
      'Troops killed 14 villagers, the independent Karen Human Rights Group monitoring organisation said.',
      ['Karen Human Rights Group'],
    ],
    [
      'The exiled Mon Relief Network charity said 2,300 people had fled the fighting.',
      ['Mon Relief Network'],
    ],
  ])
})

describe('an epithet refers back to the named body, not to whoever spoke last', () => {
  eachReads('source', [
    [
      'Mercy Corps is sending water engineers to Sylhet, where 50,000 people were left homeless, according to the district administration. The charity said at least 9,000 children had been displaced.',
      ['district administration', 'Mercy Corps'],
    ],
    [
      'The Sahel Rights Observatory (SRO) keeps a list of every arrest. The group says 412 people are currently detained.',
      ['Sahel Rights Observatory'],
    ],
  ])
})

describe('a nameless body is not another nameless body', () => {
  eachReads('source', [
    [
      'The Karen Peace Support Network said 85 people had been detained. Local media gave a higher toll. The group said 12 more people were detained on Monday.',
      ['Karen Peace Support Network', 'Karen Peace Support Network'],
    ],
    [
      '14:20 - Civil defence: 20 killed near school\nRescuers say 20 people were killed in the strike.\n15:05 - Health ministry\nThe ministry says 4,100 people have been killed since March.',
      ['Civil defence', 'Rescuers', 'Health ministry'],
    ],
    [
      '10:05 - Army statement\nThe military says troops fired warning shots at suspects.\n10:40 - Health ministry toll\nThe ministry says 31 people have been killed in the city.',
      ['Health ministry'],
    ],
  ])
})

describe("an outlet's own tally of other bodies' figures", () => {
  eachReads('source', [
    [
      'At least 210 people have died, according to a Reuters tally of figures from provincial authorities.',
      ['Reuters'],
    ],
  ])
})

describe('a monitor described first and named in the next sentence', () => {
  eachReads('source', [
    [
      'Shelling killed 23 civilians in the town on Sunday, a war monitor said. The Britain-based Syrian Observatory for Human Rights said 11 of them were children.',
      ['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights'],
    ],
    [
      'A rights group said 20 people had died. Amnesty International said 40 were killed.',
      ['rights group', 'Amnesty International'],
    ],
    [
      'The Mon Relief Network said 14 people were killed near the border. The group said a further 22 were wounded.',
      ['Mon Relief Network', 'Mon Relief Network'],
    ],
  ])
})

describe('a local body with a common head', () => {
  eachReads('source', [
    [
      "Burjassot's town hall confirmed on Tuesday that 9 residents had died in the floods.",
      ["Burjassot's town hall"],
    ],
  ])
})

describe("a body's teams somewhere speak for the body", () => {
  eachReads('source', [
    [
      'Medecins du Monde (MdM) teams in Gaziantep have treated more than 300 wounded patients since Monday.',
      ['Medecins du Monde'],
    ],
  ])
})
