// Closed word classes the chunker leans on: they end noun phrases, mark clause edges, or may stand between
// a figure and the word that says what happened.

/** A set of the words of `s`, split on white space. */
export const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean))

/** Words that can never be part of the noun phrase after a figure. */
export const NOT_IN_NOUN_PHRASE = words(`
  a an the this that these those which who whom whose what when where while whereas why how
  and or but nor yet so as than then if because since until unless though although
  of in on at to from by with without within into onto over under above below between among amongst
  across through throughout during after before around about near against along beside besides beyond
  toward towards upon via per amid amidst despite including according like unlike
  is are was were be been being am have has had having do does did done will would shall should can
  could may might must ought
  it its he she they them their his her we us our you your i me my him itself themselves
  also all both each either neither every some any no not only just even still already yet again ever
  never now today yesterday tonight tomorrow earlier later recently reportedly allegedly apparently
  respectively overnight meanwhile mostly mainly nearly almost about roughly more most less least
  monday tuesday wednesday thursday friday saturday sunday
  said says say told tells reports added adds stated announced claimed noted
  more others' there here remain remains remained stay stays stayed continue continues continued
  nonetheless nevertheless
`)

/** Words allowed between a victim's noun phrase and the participle after it: "were reportedly killed". */
export const PREDICATE_FILLERS = words(`
  was were is are be been being have has had got get gets reportedly also all now already later since
  subsequently believed thought feared reported said known confirmed to still allegedly apparently
  officially who that which either both so far in total since then initially eventually likely
  probably presumably definitely tragically seriously severely critically badly lightly slightly
  mortally fatally instantly immediately continue continues continued remain remains remained stay stays stayed
  nonetheless nevertheless currently estimated understood declared pronounced newly recently temporarily
`)

/** Reporting verbs, including the synonyms a machine rewrite swaps in ("stated", "instructed"). */
export const REPORTING_VERBS = words(`
  said says say saying told tells telling reported reports report reporting announced announces announcing
  stated states stating added adds adding confirmed confirms confirming claimed claims estimated estimates
  noted notes wrote writes tweeted posted showed shows documented documents recorded records counted
  tallied mentioned revealed reveals disclosed indicated indicates explained declared acknowledged
  admitted warned insisted alleged instructed informed verified puts put updated registered delivered
  estimate estimated warn warns fears fear believes believe show suggest suggests suggested found finds
  projects anticipates expects confirm indicate reveal record registers claiming insisting noting
`)

/** Verbs whose subject counted the people it acts on: "MSF teams treated 64 wounded", "rescuers recovered 20 bodies". */
export const COUNTING_VERBS = words(`
  treated treats recovered retrieved listed lists logged identified tracked assessed
`)

/** Adverbs and time words that may sit between a subject and its reporting verb. */
export const SUBJECT_VERB_FILLERS = words(`
  also additionally earlier later separately previously had has have on in late early last this
  monday tuesday wednesday thursday friday saturday sunday yesterday today morning evening afternoon
  night then further meanwhile again now initially subsequently first so far already repeatedly since
  there here themselves
`)

/** Clause edges: figures do not link to triggers across them. */
/** Marks that part the items of a list run along one line: bars, bullets, semicolons, slashes. */
// Places people stay in only when they have lost their homes ("70,772 are in public shelters", "living in
// relief sites"), unlike schools or churches, which hold people for other reasons too.
export const SHELTER_SITES = words('camps camp shelters sites tents tent')

export const ITEM_MARKS: ReadonlySet<string> = new Set(['|', ';', '\u00b7', '\u2022', '/'])

export const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '[', ']', '—', '–', '"', '“', '”'])

/** Pronouns and generic heads that stand for a source named earlier. */
export const PRONOUNS = words('he she it they him her its their his')

/** Month names in full, in order. */
export const MONTH_NAMES =
  'january february march april may june july august september october november december'.split(' ')

/** Month names and their abbreviations, to the month's number. */
export const MONTHS: Record<string, number> = {
  ...Object.fromEntries(MONTH_NAMES.map((m, i) => [m, i + 1])),
  ...Object.fromEntries(
    'jan feb mar apr jun jul aug sep oct nov dec'
      .split(' ')
      .map((m) => [m, MONTH_NAMES.findIndex((n) => n.startsWith(m)) + 1]),
  ),
  sept: 9,
}

// Numbered as Date.getUTCDay() numbers them, Sunday 0.
export const WEEKDAYS: Record<string, number> = Object.fromEntries(
  'sunday monday tuesday wednesday thursday friday saturday'.split(' ').map((day, i) => [day, i]),
)

// The same tables as maps, for the hot paths: indexing a plain object with a word read from the text
// makes V8 look the word up in its global string table first, which a Map does not.
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries(MONTHS))
export const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries(WEEKDAYS))

/** Honorifics and ranks written before a name ("Dr.", "Gov.", "Sen.", "SP"): never part of the name. */
export const HONORIFICS = words(`
  mr mrs ms dr prof sir dame gov sen rep gen lt col maj capt sgt brig adm cmdr rev hon eng insp supt
  sp asp dsp ssp igp dig dg
`)

/** Offices a person is named with ("Governor Ruben Rocha", "the sheriff"): the name after them is the person. */
export const PERSON_TITLES = words(`
  minister spokesman spokeswoman spokesperson governor mayor commissioner chief director president
  commander coordinator representative envoy official secretary-general ambassador head administrator
  general colonel lieutenant major sergeant captain sheriff prosecutor adviser advisor director-general
  superintendent inspector senator judge chairman chairperson chairwoman premier chancellor
`)
