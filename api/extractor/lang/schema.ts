// The shape of one language's lexicon (fr.json, es.json, ar.json). Everything the multilingual reader
// knows about a language is data in that file; a fourth language is a new file of this shape plus a
// development set. Words are matched on their key (lower case; Arabic without diacritics, with one alef,
// and without the clitics و ف ب ل ك and the article ال). A word ending in "*" matches any word it begins.

import { type Static, Type } from 'typebox'

const Metric = Type.Union([
  Type.Literal('killed'),
  Type.Literal('injured'),
  Type.Literal('casualties'),
  Type.Literal('displaced'),
  Type.Literal('refugees'),
  Type.Literal('missing'),
  Type.Literal('detained'),
  Type.Literal('affected'),
])

const Qualifier = Type.Union([Type.Literal('at_least'), Type.Literal('approx'), Type.Literal('at_most')])

const Trigger = Type.Object({
  /** One or more words, as written; "*" at the end of a word matches its inflections, "~er" those of a class. */
  words: Type.String(),
  /**
   * What happened: a metric, or "damage" (homes or facilities hit: the counted noun decides which), or
   * "affect" (people affected, or homes/facilities damaged, by the counted noun).
   */
  metric: Type.Union([Metric, Type.Literal('damage'), Type.Literal('affect')]),
  /** A noun naming the victims ("morts", "قتلى"): the group is "people" unless another noun says more. */
  victims: Type.Optional(Type.Boolean()),
  /** Fleeing that is a crossing when a country follows ("trouvé refuge au Cameroun"): refugees. */
  border: Type.Optional(Type.Boolean()),
})

export const LexiconSchema = Type.Object({
  language: Type.String({ pattern: '^[a-z]{2}$' }),
  /** Right-to-left script: Arabic keys are normalised and clitics stripped. */
  arabic: Type.Boolean(),
  numbers: Type.Object({
    /** Decimal mark: "," reads "6,9 millions" as 6.9 million; dots then group thousands ("2.000"). */
    decimal: Type.Union([Type.Literal(','), Type.Literal('.')]),
    /** Number words and their values ("vingt-trois" is read from its parts). */
    words: Type.Record(Type.String(), Type.Number()),
    /** Words that multiply what stands before them ("mille", "millions", "ألفا"). */
    scales: Type.Record(Type.String(), Type.Number()),
    /** Words joining the parts of one number ("et", "y", "و"). */
    joiners: Type.Array(Type.String()),
    /** "y medio", "et demi": half of the scale before. */
    half: Type.Array(Type.String()),
    /** "une trentaine", "una decena": approx values (the article is part of the phrase). */
    approx: Type.Record(Type.String(), Type.Number()),
    /** Vague amounts and the smallest number each implies (claims-format.md). */
    vague: Type.Record(Type.String(), Type.Number()),
    /** Words after a number that make it not a count of people: ages, percentages, money, months. */
    notCounts: Type.Array(Type.String()),
    /** Words before a four-digit number that make it a year ("en 2021", "عام 2010"). */
    yearMarkers: Type.Array(Type.String()),
  }),
  qualifiers: Type.Record(Type.String(), Qualifier),
  /** "entre … et …", "ما بين … و…": the range words. */
  range: Type.Object({ open: Type.Array(Type.String()), join: Type.Array(Type.String()) }),
  /** "a dépassé", "superó", "تجاوز": a tally that passed a figure is at least that figure. */
  exceeded: Type.Array(Type.String()),
  /**
   * Inflection endings by class: a trigger word written "stem~class" ("ferm~er", "desplaz~ar") matches the
   * stem with any ending of the class, so one entry stands for a verb's participles and tenses.
   */
  inflections: Type.Optional(Type.Record(Type.String(), Type.Array(Type.String()))),
  triggers: Type.Array(Trigger),
  /**
   * Triggers read only right before their figure: the verb "عبر 1700 شخص" (crossed), never the preposition
   * "عبر البحر" (across) that the same word is elsewhere.
   */
  leadingTriggers: Type.Optional(Type.Array(Trigger)),
  /** "huyeron de Sudán": the words before the country fled from, which a border trigger does not cross. */
  fledFrom: Type.Optional(Type.Array(Type.String())),
  /** Nouns whose count is a unit other than people. */
  units: Type.Object({
    households: Type.Array(Type.String()),
    homes: Type.Array(Type.String()),
    facilities: Type.Array(Type.String()),
  }),
  /** Nouns of people, used to read sub-counts ("dont quatre enfants") and bare articles ("un homme"). */
  people: Type.Array(Type.String()),
  /**
   * Nouns that are a count by themselves right after the verb that says what happened: Arabic singulars
   * and duals ("قتل رجل" is one man killed, "قتل طفلان" two children).
   */
  counted: Type.Record(Type.String(), Type.Number()),
  /** "autres", "más", "آخرون": the group of the figure before. */
  others: Type.Array(Type.String()),
  /** "dont", "entre ellos", "بينهم": a sub-count of the figure before follows. */
  including: Type.Array(Type.String()),
  /** "soit", "es decir": an aside between commas, stepped over between a group and its verb. */
  asides: Type.Optional(Type.Array(Type.String())),
  /** Tally nouns ("bilan", "cifra", "عدد"): "le nombre de déplacés a dépassé 2 millions". */
  tallies: Type.Array(Type.String()),
  /**
   * Verbs that give a tally its figure ("s'élève à", "asciende a", "ارتفع إلى"): a tally noun may stand far
   * before them, its complement between ("la cifra de fallecidos por los incendios … asciende a 122").
   */
  tallyVerbs: Type.Optional(Type.Array(Type.String())),
  /** Words a group may not contain: auxiliaries, verbs, prepositions. The group ends before them. */
  groupStops: Type.Array(Type.String()),
  /** Function words allowed inside a group or a source name ("de", "des", "pour les"). */
  nameLinks: Type.Array(Type.String()),
  /** Leading words dropped from a group or source ("le", "la", "l'", "des"). */
  articles: Type.Array(Type.String()),
  attribution: Type.Object({
    /** Before the source: "selon", "d'après", "según", "حسب", "بحسب". */
    before: Type.Array(Type.String()),
    /** Speech verbs: "a indiqué la police", "informó la ONU", "قال الجيش", "La police a affirmé". */
    verbs: Type.Array(Type.String()),
    /** Words that may stand between a speech verb and its source: "a affirmé lundi l'état-major". */
    between: Type.Array(Type.String()),
    /**
     * Lower-case words a name holds between two capitalised ones: "Refugiados y Migrantes", "Atención
     * Integral a Personas", "Naciones Unidas en Haití".
     */
    inner: Type.Optional(Type.Array(Type.String())),
    /** An authority's own acts: "detuvo a" makes its subject the source (lang/actor-source.ts). */
    actors: Type.Optional(Type.Array(Type.String())),
    /** Documents that stand for their author: "selon le dernier bulletin de l'OCHA" is the OCHA. */
    documents: Type.Array(Type.String()),
    /** Participles between a document and its issuer: "un bilan communiqué par", "حصيلة أعلنتها الوزارة". */
    issued: Type.Array(Type.String()),
    /** The word that may follow such a participle before the issuer: "par", "por", "عن". */
    agents: Type.Array(Type.String()),
    /**
     * Whom or through whom the source spoke, never the source: "a indiqué à l'AFP un élu", "joint par RFI",
     * "dijo a EFE el alcalde", "قال مسؤول لوكالة الأناضول". A name read across one ends at it.
     */
    relays: Type.Array(Type.String()),
    /**
     * Words opening what a source said after its name ("قال الجيش إن", "أفادت المفوضية بأن"): such an
     * attribution covers the figures after it, not those before it in the sentence.
     */
    complements: Type.Optional(Type.Array(Type.String())),
    /** Verbs of an outlet citing the source after the agent word: "نقلت الوكالة عن مصدر عسكري". */
    citing: Type.Optional(Type.Array(Type.String())),
    /** After an outlet's name and a comma, the word citing its source: "rapporte Radio Okapi, citant des sources". */
    citingAfter: Type.Optional(Type.Array(Type.String())),
    /** First-person owners: "Nos équipes ont recensé" inside a quotation is the quoted speaker's. */
    firstPerson: Type.Optional(Type.Array(Type.String())),
    /** Auxiliaries of the compound speech verbs, so "a pour sa part reconnu" reads as "a reconnu". */
    auxiliaries: Type.Array(Type.String()),
    /** Infinitives after a speech verb that open what was said: "dit avoir soigné", "dijo haber detenido". */
    infinitives: Type.Array(Type.String()),
    /** A speech verb with its subject pronoun glued on: "a-t-il" ends in "-t-il", "précise-t-elle". */
    pronounEndings: Type.Array(Type.String()),
    /** Words that make a source's name point back to the last one named: "la même source", "المصدر ذاته". */
    carry: Type.Array(Type.String()),
    /** Names that alone point back to the last source: pronouns, "le texte", "المصدر". */
    carryAlone: Type.Array(Type.String()),
    /** "في" after a body or an official: the place it sits in is part of its name ("وزارة الصحة في غزة"). */
    placeLinks: Type.Array(Type.String()),
    /** Bodies and officials a place link may follow: "وزارة", "مكتب", "مسؤول". */
    bodies: Type.Array(Type.String()),
    /**
     * Generic nouns that alone, after an article, stand for a name given earlier (lang/anaphora.ts):
     * `bodies` any earlier body ("l'organisation", "el organismo"), `heads` an earlier name on the same noun
     * ("le ministère", "المكتب"), `roles` the person or official named earlier with that title ("le ministre",
     * "الوزير"), `officials` the last official whatever the title ("la mandataria", "el funcionario"),
     * `owners` possessives whose noun belongs to the last body ("sus equipos", "nuestros voluntarios").
     */
    anaphors: Type.Optional(
      Type.Object({
        bodies: Type.Array(Type.String()),
        heads: Type.Array(Type.String()),
        roles: Type.Array(Type.String()),
        /**
         * Words after which a name is a body a later anaphor may mean, though it does not speak there: "l'ONG
         * Alima", "les équipes de", "مركز تابع للأونروا".
         */
        introducers: Type.Optional(Type.Array(Type.String())),
        /** Titles that stand for the last official named, whatever the title ("la mandataria", "المسؤول"). */
        officials: Type.Optional(Type.Array(Type.String())),
        /** Possessives before a body's staff, who speak for the body named last ("sus equipos"). */
        owners: Type.Optional(Type.Array(Type.String())),
      }),
    ),
  }),
  /** Illnesses: "المصابين بالكوليرا", "cas de choléra" are patients, not people injured. */
  illnesses: Type.Array(Type.String()),
  /** How a report credits its figures (lang/report-credit.ts), lower case. */
  credits: Type.Object({
    /** Words opening a credit line before a colon and the body: "source", "fuente", "المصدر". */
    leads: Type.Array(Type.String()),
    /** Words signing a report before the body, without a colon: "élaboré par", "elaborado por", "أعدّه". */
    signed: Type.Array(Type.String()),
    /** Names of report kinds a title's issuer stands by: "rapport de situation", "actualización". */
    reports: Type.Array(Type.String()),
    /** A table's column headers that hold who gave the row's figures: "source", "fuente", "المصدر". */
    columns: Type.Array(Type.String()),
    /** Words after the signing body that name its helpers, not a second issuer: "avec l'appui de", "con el apoyo de". */
    partners: Type.Optional(Type.Array(Type.String())),
    /** Words a body's name opens on, for a letterhead line that is only the name: "ministère", "cruz roja", "منظمة". */
    bodies: Type.Optional(Type.Array(Type.String())),
    /**
     * Words tying a report's name to the body it is of: "du", "de la", "del", "de"; "" where the language
     * needs none (Arabic's construct: "نشرة المركز").
     */
    of: Type.Optional(Type.Array(Type.String())),
  }),
  /** "a démenti", "negó", "نفى": a party denies the figure that follows (kept, marked denied). */
  denials: Type.Array(Type.String()),
  /** "could", "pourraient", "podrían": a forecast, kept but marked projected. */
  projected: Type.Array(Type.String()),
  since: Type.Object({
    /** "depuis", "desde", "منذ". */
    markers: Type.Array(Type.String()),
    /** Words a period may be made of ("fin", "avril", "l'année", "أواخر", "نيسان"). */
    words: Type.Array(Type.String()),
    /** The English for the words of a period ("fin" -> "late", "نيسان" -> "April"), read by dates.ts. */
    english: Type.Record(Type.String(), Type.String()),
  }),
})

export type Lexicon = Static<typeof LexiconSchema>
