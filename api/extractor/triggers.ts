// The trigger lexicon: words and phrases that say what happened to the people (or buildings) counted.
//
// Roles say where a trigger stands relative to the figure:
//   v  an active verb or relational noun before its victims   "killed 7 soldiers", "the deaths of 5"
//   p  a predicate after the victims' noun phrase             "7 soldiers were killed", "520,000 fleeing"
//   n  a noun that is itself the thing counted, or the        "12 deaths", "the death toll rose to 50"
//      subject whose value the figure gives
//   c  a causative that needs a displacement complement       "caused 400,000 people to flee"
// A trigger marked `b` applies to buildings: with hospitals and schools it gives `facilities`, with houses
// `homes`; its people metric (if any) applies to everyone else.

import { isNominalForm, stemKey } from './grammar/lemma.ts'
import type { Metric } from './types.ts'

export interface TriggerEntry {
  /** Lower-case words of the phrase. */
  words: string[]
  roles: string
  /** Metric when the counted noun is people (or unknown). */
  metric: Metric | null
  /** Whether it can say what happened to hospitals, schools or houses. */
  building: boolean
}

// phrase | roles | metric (or -) | b when it applies to buildings. Variants in braces expand: {a,b}.
const SPEC = `
kill kills killed killing slew slain massacred massacring murdered murdering executed executing | v | killed
neutralized neutralised neutralizing neutralising martyred eliminated eliminating | v | killed
{embraced,embracing,attained,attaining} martyrdom | p | killed
slaughtered slaughtering slaughter butchered butchering lynched lynching | v | killed
{gunned,mowed} down | v | killed
slaughtered butchered lynched | p | killed
killed dead died die dies dying perished perish drowned slain martyred executed murdered massacred | p | killed
lifeless useless beheaded | p | killed
beheaded beheading massacres massacre | v | killed
buried burying | v | killed | b
{were,are,was} among {those,the people} who {died,perished} | p | killed
among those who lost their lives | p | killed
{died,killed} | n | killed
neutralized neutralised electrocuted | p | killed
{lost,lose,losing,misplaced} their lives | p | killed
{lost,lose,losing} {the,his,her,their} life | p | killed
{burned,burnt,buried} alive | p | killed
{registered,registering,applied,applying} for {temporary protection,refugee status,international protection} | p | refugees
{gunned,mowed} down | p | killed
{shot,stabbed,burned,burnt,beaten,crushed,hacked} {dead,to death} | pv | killed
{claimed,claiming,took,taking,cost,costing} the lives of | v | killed
{deaths,death,killing,killings,bodies,remains,murder,murders} of | v | killed
deaths fatalities bodies corpses dead killings lives martyrs | n | killed
death toll | n | killed
toll | n | killed
loss of life | n | killed
{death,deaths} count | n | killed
number of {dead,deaths,bodies,fatalities} | n | killed
wound wounds wounded wounding injure injures injured injuring hurt hurting maimed maiming | v | injured
wounded injured hurt maimed harm harmed hospitalised hospitalized | p | injured
hospitalised hospitalized hospitalising hospitalizing | v | injured
{brought,taken,rushed,admitted,evacuated} to {clinics,hospitals,hospital,clinic,health centres,health centers} | p | injured
{treated,being treated,receiving treatment} for | p | injured
{brought,taken,rushed,admitted,evacuated} to * {clinics,hospitals,hospital,clinic} | p | injured
{brought,taken,rushed,admitted,evacuated} to * * {clinics,hospitals,hospital,clinic} | p | injured
{treated,being treated,cared for} in {hospital,hospitals} | p | injured
{treated,being treated,cared for} in * {hospital,hospitals,clinics} | p | injured
{remain,remains,remained,still} in hospital | p | injured
with {injuries,wounds,burns,gunshot wounds,shrapnel wounds} | p | injured
{sustained,suffered} {injuries,wounds} | p | injured
{sustained,suffered,received} * {injuries,wounds} | p | injured
{receiving,received,undergoing} {treatment,medical treatment,hospital treatment} | p | injured
injuries wounded injured | n | injured
casualties | n | casualties
{killed,dead} {or,and} {wounded,injured,hurt,maimed} | pv | casualties
{killing,kill} {or,and} {wounding,injuring,maiming} | v | casualties
{wounded,injured,hurt} {or,and} {killed,dead} | pv | casualties
{dead,died,killed} or {missing,disappeared} | pv | casualties
{died,dead,killed} or {gone,went} missing | pv | casualties
{wounding,injuring} {or,and} killing | v | casualties
casualty toll | n | casualties
displace displaced displacing displaces uprooted uprooting uproot evacuated evacuating evacuate | v | displaced
relocated relocating | v | displaced
{evacuation,relocation,displacement,uprooting,expulsion} of | v | displaced
{moved,shifted,transferred,taken,evacuated,relocated,brought} to {safety,safer ground,higher ground,shelters,camps} | p | displaced
displaced fled flee flees fleeing uprooted evacuated homeless relocated | p | displaced
{fled,flee,fleeing,flees,left,leave,leaving,abandoned,lost,losing,escape,escaped} {their,his,her} {homes,home,houses,shelters} | p | displaced
on the move | p | displaced
{streamed,poured,flooded,flocked,surged,trekked} into | p | displaced
{left,leave,fled} {damaged,destroyed} {homes,houses} | p | displaced
{living,staying,sleeping,sheltering} {away from their homes,in tents,in the open,in the open air,outdoors,with relatives,with host families,in schools,in makeshift shelters,in their cars} | p | displaced
{taking,taken,took} temporary shelter | p | displaced
{living in,staying in,in,inside} {idp,displacement,evacuation,relief,temporary,makeshift,emergency,reception,collective,transit,public,communal,official,designated} {camps,shelters,centres,centers,sites,settlements} | p | displaced
{in,inside,outside} {ecs,ecs (persons),ecs (families)} | p | displaced
{served,being served,assisted} {inside,outside} | p | displaced
idp {households,hhs,hh,families,individuals,persons,population,arrivals} | n | displaced
remain displaced | p | displaced
{experienced,experiencing,suffered,faced} displacement | p | displaced
{still,remain,remained} out of their homes | p | displaced
{moved,taken,brought} out | p | displaced
{forced,compelled,driven,pushed} {from,out of} {their,his,her} {homes,houses} | p | displaced
{forced,driven,pushed,chased} out of {the,their} {area,areas,city,town,towns,village,villages,camp,camps,district,region,neighbourhood,neighborhood} | p | displaced
{forced,driven,pushed,chased} out of {a,an,the,their,his,her} * {camp,camps,site,sites,settlement,settlements,shelter,shelters} | p | displaced
left the {area,city,town,camp,region,enclave,district,village,villages,province,county,governorate,municipality} | p | displaced
forced to flee | p | displaced
{forced,made,ordered,told,compelled} to {evacuate,leave,relocate} | p | displaced
{ordered,told,forced,driven} out of {their,his,her} {homes,houses,shelters} | p | displaced
evacuations displacements expulsions | n | displaced
{succumbed,succumbing,succumb,succumbs} to {their,his,her,its} {injuries,wounds} | p | killed
succumbed succumbing succumb succumbs | p | killed
{made,left,rendered} homeless | p | displaced
{left,remain,remained} without {shelter,a home,homes,a roof} | p | displaced
without {shelter,a home,a roof} | p | displaced
under {evacuation,mandatory evacuation} {orders,order} | p | displaced
{in,at,to} safe {locations,places} | p | displaced
{sought,seek,seeking,took,taken,taking,found} {refuge,shelter,safety} | p | displaced
sheltering | p | displaced
{is,are,was,were,been,currently,still,now,centres,centers,camps,shelters,sites,schools} {sheltering,hosting,accommodating} | v | displaced
{are,were,is,was,being,been,currently,now} {hosted,accommodated,sheltered} {in,at} | p | displaced
{in,living in,staying in} {temporary,emergency,alternative,collective,transitional} accommodation | p | displaced
{in,living in,staying in} {tents,makeshift tents} | p | displaced
{in,living in} {camps,shelters} | p | displaced
{in,living in} {displacement,temporary,evacuation,relief} {camps,shelters,centres,centers,sites} | p | displaced
internally displaced | pn | displaced
idps idp evacuees displaced | n | displaced
caused causing forced forcing force forces driven drove drives driving prompted prompting | c | displaced
pushed pushing sent sending compelled compelling led pressured ordered ordering | c | displaced
taken took taking placed | c | detained
refugees refugee asylum-seekers | n | refugees
asylum seekers | n | refugees
crossed crossing | p | refugees
crossed the border | p | refugees
refugee {influx,arrivals} | n | refugees
new arrivals | n | refugees
arrivals | n | refugees
{fled,flee,fleeing,flees,escaped} to {neighbouring,neighboring} {countries,states,nations} | p | refugees
{fled,fleeing} {abroad,across} | p | refugees
{fled,flee,fleeing,flees,left,leave,leaving} the country | p | refugees
{sought,seek,seeking,seeks,requested,claimed} asylum | p | refugees
{applied,applying} for asylum | p | refugees
{registered,registering,living,live,lives,settled,hosted,recognised,recognized} as {refugees,refugee,asylum seekers,asylum-seekers} | p | refugees
missing disappeared vanished lacking | p | missing
{listed,registered,reported,recorded} as missing | p | missing
{disappearance,disappearances} of | v | missing
{searching,search,searched,looking} for | v | missing
{buried,trapped} under {the rubble,rubble,debris} | p | missing
{buried,trapped} beneath | p | missing
{buried,trapped} by {the,a} {landslide,landslides,mudslide,mudslides,avalanche,rubble,debris,mud,collapse} | p | missing
{trapped} {under} | p | missing
under the rubble | p | missing
{believed,feared} {to be buried,buried,trapped} | p | missing
unaccounted for | p | missing
went missing | p | missing
arrest arrests arrested arresting detain detains detained detaining abduct abducts abducted abducting | v | detained
kidnap kidnaps kidnapped kidnapping captured capturing capture jailed imprisoned seized | v | detained
{arrest,arrests,detention,abduction,abductions,kidnapping,capture} of | v | detained
holding | v | detained
rounded up | vp | detained
{taken,took,taking,placed} into {custody,detention} | p | detained
{took,taken,taking,held} {hostage,prisoner,captive} | pv | detained
arrested detained abducted kidnapped captured jailed imprisoned seized held | p | detained
being held | p | detained
in {detention,custody} | p | detained
detainees abductees hostages arrests detentions | n | detained
affect affects affected affecting | vp | affected | b
hit hits hitting | vp | affected | b
damaged damage damages damaging destroyed destroy destroys destroying | vp | - | b
struck striking bombed bombing shelled shelling attacked attacking targeted targeting | vp | - | b
closed closing shut shutting looted razed flattened demolished demolishing burned burnt torched impacted broken | vp | - | b
gutted gutting | vp | - | b
buried submerged | p | - | b
{set,setting,sets} fire to | v | - | b
{set,setting} on fire | p | - | b
{closure,burning,destruction} of | v | - | b
{had,have,has} to {close,shut} | p | - | b
{compelled,forced} {to close,to shut,out of service} | p | - | b
{stay,stays,remain,remains} {closed,shut} | p | - | b
levelled leveled collapsed | vp | - | b
{washed,swept} away | p | - | b
out of {service,action,operation} | p | - | b
{non-functional,nonfunctional} | p | - | b
{not,no longer} {functioning,operating,operational,working,functional} | p | - | b
{suspended,suspend,halted,stopped,ceased} {work,operations,services,working,functioning} | p | - | b
forced to {close,shut} | p | - | b
{partially,completely,totally,fully} {destroyed,damaged} | p | - | b
{partially,partly} {or,and} {completely,totally,fully} {destroyed,damaged} | p | - | b
inundated flooded submerged | p | - | b
`

function expand(phrase: string): string[][] {
  // Each space-separated part is either a word or a {a,b,c} alternation of words or multi-word strings.
  let variants: string[][] = [[]]
  for (const part of phrase.split(/\s+(?![^{]*})/).filter(Boolean)) {
    const options = part.startsWith('{') ? part.slice(1, -1).split(',') : [part]
    const next: string[][] = []
    for (const v of variants) for (const o of options) next.push([...v, ...o.split(' ')])
    variants = next
  }
  return variants
}

function build(): Map<string, TriggerEntry[]> {
  const byFirst = new Map<string, TriggerEntry[]>()
  const add = (entry: TriggerEntry) => {
    const list = byFirst.get(entry.words[0]) ?? []
    list.push(entry)
    byFirst.set(entry.words[0], list)
  }
  for (const line of SPEC.split('\n')) {
    if (!line.trim()) continue
    const [phrase, roles, metricField, building] = line.split('|').map((s) => s.trim())
    const metric = metricField === '-' ? null : (metricField as Metric)
    const isBuilding = building === 'b'
    // A line of single words lists separate triggers; a line with braces or several words is one phrase.
    const single = !phrase.includes('{') && phrase.split(/\s+/).length > 1 && !MULTIWORD.has(phrase)
    const phrases = single ? phrase.split(/\s+/).map((w) => [w]) : expand(phrase)
    for (const ws of phrases) add({ words: ws, roles, metric, building: isBuilding })
  }
  // Longest phrases first, so "killed or wounded" wins over "killed".
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)
  return byFirst
}

// Phrases of several words that are real multi-word triggers, not lists of single words.
const MULTIWORD = new Set([
  'death toll',
  'internally displaced',
  'casualty toll',
  'asylum seekers',
  'unaccounted for',
  'went missing',
  'rounded up',
  'forced to flee',
  'crossed the border',
  'loss of life',
  'among those who lost their lives',
  'remain displaced',
  'under the rubble',
  'being held',
  'new arrivals',
  'on the move',
])

const LEXICON = build()

export interface TriggerMatch {
  entry: TriggerEntry
  /** Token index of the first word. */
  from: number
  /** Token index after the last word. */
  to: number
}

// Other forms of the lexicon's single-word verbs, read through their stem (grammar/lemma.ts): a noun of
// the verb ("abductions", "drownings", "hospitalisations") counts what the verb says happened (role n);
// a participle not listed ("hospitalising") keeps the verb's roles. Only people metrics that the noun
// names unambiguously: building triggers and "affected" stay as listed, and "crossings" of a border are
// not read as refugees.
// Triggers whose other forms mean something else: "holds" (a camp holds), "missed", "lacks".
const OTHER_SENSES = new Set(['holding', 'held', 'missing', 'lacking'])
const BY_STEM = new Map<string, TriggerEntry[]>()
for (const list of LEXICON.values()) {
  for (const e of list) {
    if (e.words.length !== 1 || e.building || !e.metric || e.metric === 'affected') continue
    if (OTHER_SENSES.has(e.words[0] ?? '')) continue
    if (!/[vp]/.test(e.roles)) continue
    const key = stemKey(e.words[0] ?? '')
    const at = BY_STEM.get(key) ?? []
    at.push(e)
    BY_STEM.set(key, at)
  }
}
/**
 * The first three letters of a word as one small integer. Every listed trigger word starts with its own,
 * and every derived one with its stem's: the stemmer only changes a word's end and keeps at least three
 * letters (grammar/lemma.ts), the third of them only when a three-letter stem's "iz" becomes "is".
 */
function openingOf(word: string): number {
  return (
    ((word.charCodeAt(0) & 0x3ff) << 20) | ((word.charCodeAt(1) & 0x3ff) << 10) | (word.charCodeAt(2) & 0x3ff)
  )
}
const TRIGGER_OPENINGS = new Set<number>()
for (const key of LEXICON.keys()) if (key.length > 2) TRIGGER_OPENINGS.add(openingOf(key))
for (const key of BY_STEM.keys()) {
  TRIGGER_OPENINGS.add(openingOf(key))
  if (key.length === 3 && key.endsWith('is')) TRIGGER_OPENINGS.add(openingOf(`${key.slice(0, 2)}z`))
}

// What the lexicon says of a word, listed and derived, in one record: one hash look-up per word instead of
// one per table (each word of every text is asked about, most of them in neither).
interface WordTriggers {
  listed: TriggerEntry[] | null
  derived: TriggerEntry[] | null
}
const wordTriggers = new Map<string, WordTriggers>()

const NO_TRIGGERS: WordTriggers = { listed: null, derived: null }

function triggersOf(word: string): WordTriggers {
  // Most words start no trigger, and their first three letters say so without the look-up in the large table.
  if (word.length > 2 && !TRIGGER_OPENINGS.has(openingOf(word))) return NO_TRIGGERS
  let known = wordTriggers.get(word)
  if (known === undefined) {
    known = { listed: LEXICON.get(word) ?? null, derived: derived(word) }
    if (wordTriggers.size < 50_000) wordTriggers.set(word, known)
  }
  return known
}

function derived(word: string): TriggerEntry[] | null {
  let out: TriggerEntry[] | null = null
  const bases = word.length >= 5 ? BY_STEM.get(stemKey(word)) : undefined
  if (bases) {
    const nominal = isNominalForm(word)
    const metric = bases[0]?.metric ?? null
    if (nominal && metric && metric !== 'refugees' && bases.every((b) => b.metric === metric)) {
      out = [{ words: [word], roles: 'n', metric, building: false }]
    } else if (!nominal && (word.endsWith('ed') || word.endsWith('ing'))) {
      out = bases.map((b) => ({ ...b, words: [word] }))
    } else if (!nominal && /[^s]s$/.test(word)) {
      // The present tense of a headline ("Army neutralises 9 insurgents", "Gunmen abducts 30"): a verb
      // before its victims only, since a plural noun of the same stem may stand after them.
      const verbs = bases.filter((b) => b.roles.includes('v'))
      if (verbs.length > 0) out = verbs.map((b) => ({ ...b, words: [word], roles: 'v' }))
    }
  }
  return out
}

/** The longest trigger starting at token i whose roles include `role`. */
export function triggerAt(
  lows: readonly string[],
  i: number,
  limit: number,
  role: string,
): TriggerMatch | null {
  let known: WordTriggers | undefined
  if (lows.length < POSITIONS_FROM || i < 0 || i >= lows.length) known = triggersOf(lows[i] ?? '')
  else {
    if (lows !== positions.lows) {
      positions.lows = lows
      positions.words = new Array(lows.length)
    }
    known = positions.words[i]
    if (known === undefined) {
      known = triggersOf(lows[i])
      positions.words[i] = known
    }
  }
  return (
    (known.listed && matchAt(known.listed, lows, i, limit, role)) ||
    matchAt(known.derived, lows, i, limit, role)
  )
}

// The linker asks about the same token many times (once per role and per frame tried): the lexicon's
// entries at each position of the text being read are kept in arrays, so asking again costs no hashing.
// Keyed on the identity of the text's lower-case words, which are never changed once made.
const POSITIONS_FROM = 16
const positions: {
  lows: readonly string[] | null
  words: (WordTriggers | undefined)[]
} = { lows: null, words: [] }

function matchAt(
  list: TriggerEntry[] | null,
  lows: readonly string[],
  i: number,
  limit: number,
  role: string,
): TriggerMatch | null {
  if (!list) return null
  for (const entry of list) {
    if (!entry.roles.includes(role)) continue
    const n = entry.words.length
    if (i + n > limit) continue
    let ok = true
    for (let k = 1; k < n; k++) {
      if (lows[i + k] !== entry.words[k] && !(entry.words[k] === '*' && isModifierWord(lows[i + k] ?? ''))) {
        ok = false
        break
      }
    }
    if (ok) return { entry, from: i, to: i + n }
  }
  return null
}

// A `*` in a phrase stands for one modifying word ("sustained gunshot wounds", "forced out of a displacement
// site"): any word but a negation or a number, which would change what the phrase says.
function isModifierWord(low: string): boolean {
  return /^[a-z][a-z-]*$/.test(low) && low !== 'no' && low !== 'not'
}

/** Whether any trigger of any role starts with this word (cheap pre-check). */
export function mayStartTrigger(low: string): boolean {
  const known = triggersOf(low)
  return known.listed !== null || known.derived !== null
}

/** Complements that turn a causative into displacement: "caused N to flee", "driven N from their homes". */
const DISPLACEMENT_COMPLEMENTS = expand(
  '{to flee,to leave,fleeing,into exile,into camps,into shelters,into displacement camps,to seek refuge,to seek shelter,to seek safety,to take refuge,to take shelter,to find refuge,to find shelter,to abandon,to evacuate,to relocate,from,out of,toward,towards,into evacuation centres,into evacuation centers,into evacuation sites,into relief camps,into temporary shelters,into makeshift camps,into makeshift shelters,into collective centres,into collective centers}',
)

const DWELLINGS = new Set(
  'homes houses villages village settlements settlement camps camp neighbourhoods neighborhoods towns districts areas'.split(
    ' ',
  ),
)

export function displacementComplementAt(lows: readonly string[], i: number, limit: number): number {
  let best = -1
  for (const words of DISPLACEMENT_COMPLEMENTS) {
    if (i + words.length > limit) continue
    if (words.every((w, k) => lows[i + k] === w)) best = Math.max(best, i + words.length)
  }
  if (best < 0) return -1
  // "from their homes", "to flee their homes": the object belongs to the quote.
  const a = lows[best]
  const b = lows[best + 1]
  if ((a === 'their' || a === 'his' || a === 'her') && (b === 'homes' || b === 'home' || b === 'houses')) {
    if (best + 2 <= limit) return best + 2
  }
  const first = lows[i]
  if ((first === 'from' || first === 'out') && best === i + (first === 'out' ? 2 : 1)) {
    // a bare "from" must be followed by a place-like object: "from their homes", "from Idlib",
    // "from riverside settlements"
    for (let k = best; k < Math.min(limit, best + 3); k++) if (DWELLINGS.has(lows[k])) return k + 1
    return -1
  }
  return best
}
