// English news attribution and recall (session 16, dev set fresh-n): who vouches for a figure "citing"
// someone, a body's officials or spokesman speaking for the body named before, "think tank" and relief
// bodies as epithets and names, an adjective of the document before a source's name, hospital treatment as
// injury, a running total after a figure, and the list after "Among them were".

import { describe } from 'vitest'
import { readsOf } from '../helpers/claims.ts'

const lead = 'Fighting and floods were reported across the region this week. '
const sources = readsOf(['metric', 'low', 'source'], { lead })

describe('citing', () => {
  sources('a body citing nobody in particular, or its own material, keeps the figure', [
    [
      'Shelling killed 14 people in Kadugli, the Nuba Relief Committee said, citing local medics.',
      [['killed', 14, 'Nuba Relief Committee']],
    ],
    [
      'Air strikes killed 37 people, the Norwegian Refugee Council said, citing figures from clinics in the area.',
      [['killed', 37, 'Norwegian Refugee Council']],
    ],
  ])
  sources('a newsroom passes the figure on; a named body cited speaks', [
    [
      'At least 22 people were killed, the Dhaka Tribune reported, citing hospital staff.',
      [['killed', 22, 'hospital staff']],
    ],
    [
      'At least 90 people were killed, the World Health Organization said, citing the Sudanese health ministry.',
      [['killed', 90, 'Sudanese health ministry']],
    ],
  ])
})

sources('the voice of a body named before speaks for it', [
  [
    'The Lebanese health ministry said 31 people were killed. Ministry officials said 88 others were wounded.',
    [
      ['killed', 31, 'Lebanese health ministry'],
      ['injured', 88, 'Lebanese health ministry'],
    ],
  ],
  [
    'The Lebanese health ministry said 31 people were killed. A ministry spokeswoman said 88 were wounded.',
    [
      ['killed', 31, 'Lebanese health ministry'],
      ['injured', 88, 'Lebanese health ministry'],
    ],
  ],
  [
    'The public health ministry said 31 people were killed. An interior ministry official said 88 were wounded.',
    [
      ['killed', 31, 'public health ministry'],
      ['injured', 88, 'interior ministry official'],
    ],
  ],
])

sources('epithets and names of bodies', [
  [
    'A total of 61 activists were killed last year, according to the Andean Peace Institute. The think tank said 12 others disappeared.',
    [
      ['killed', 61, 'Andean Peace Institute'],
      ['missing', 12, 'Andean Peace Institute'],
    ],
  ],
  [
    'Shelling killed 9 people, the Khartoum North Emergency Response Room said. Another 30 were wounded, the volunteer group said.',
    [
      ['killed', 9, 'Khartoum North Emergency Response Room'],
      ['injured', 30, 'Khartoum North Emergency Response Room'],
    ],
  ],
  [
    'At least 140 civilians were killed in the province, according to an internal WHO assessment.',
    [['killed', 140, 'WHO']],
  ],
  [
    'At least 140 pilgrims died in the heat, two Arab diplomats said.',
    [['killed', 140, 'two Arab diplomats']],
  ],
])

const reads = readsOf(['metric', 'low', 'who'], { lead })

reads('treatment in hospital is injury; the dead brought in are killed', [
  [
    'The blast killed 12 people. More than 70 were being treated in local hospitals, officials said.',
    [
      ['killed', 12, 'people'],
      ['injured', 70, 'people'],
    ],
  ],
  ['Thirty-one people were taken to the regional hospital with burns.', [['injured', 31, 'people']]],
  ['Medics said 23 bodies had been taken to the main hospital.', [['killed', 23, 'people']]],
  ['Of the injured, nine remain in hospital.', [['injured', 9, 'people']]],
])

reads('a running total after a figure takes its harm', [
  [
    'The ministry said 40 people were killed over the weekend, bringing the total since March 2024 to 3,215.',
    [
      ['killed', 40, 'people'],
      ['killed', 3215, 'people'],
    ],
  ],
  [
    'The ministry said 40 people were killed in the previous 24 hours, bringing the number of tourists to 3,215.',
    [['killed', 40, 'people']],
  ],
])

reads('the list after "Among them were"', [
  [
    'Twenty people drowned when the ferry sank. Among them were 11 women, six children and three crew members.',
    [
      ['killed', 20, 'people'],
      ['killed', 11, 'women'],
      ['killed', 6, 'children'],
      ['killed', 3, 'crew members'],
    ],
  ],
])

reads('two figures after one "of" share the verb', [
  [
    'The agency said the bodies of 31 men and 12 women had been recovered.',
    [
      ['killed', 31, 'men'],
      ['killed', 12, 'women'],
    ],
  ],
])

sources('a live blog heading credits an office, read as the person below it', [
  [
    'Live: floods in the north\n10.40am - Governor: four dead\nGovernor Maria Okafor said four people drowned in the river overnight.',
    [
      ['killed', 4, 'Maria Okafor'],
      ['killed', 4, 'Maria Okafor'],
    ],
  ],
])
