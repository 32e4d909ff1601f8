// How sure the extractor is of a claim, by the frame that linked it: the review queue shows the least sure
// first. One table, so that the frames can be compared and tuned in one place. Values are not
// probabilities measured on a set; they order the frames from the tightest syntax to the loosest.

export const CONFIDENCE = {
  /** "7 soldiers were killed": victims, then the predicate (less a little per word between them). */
  victimsThenPredicate: 0.95,
  /** "killed 20 people": the verb, then its victims (less a little per word between them). */
  verbThenVictims: 0.95,
  /** "caused 3,000 to flee", "hacked 25 villagers to death": a causative or a manner of death. */
  causative: 0.9,
  /** "53 health facilities": a counted trigger noun ("deaths", "IDPs"). */
  countedNoun: 0.9,
  /** "have left Venezuela", "treated 64 for wounds", "another 4,000 arrived": predicates read through context. */
  predicateInContext: 0.85,
  /** "the death toll rose to 41". */
  toll: 0.85,
  /** "the number of homes destroyed at 41,000", "2,000 (deaths)": a toll whose noun comes after. */
  tollNounAfter: 0.8,
  /** "Killed: 45", "IDPs 1.2M": a key-figure item. */
  keyFigure: 0.8,
  /** A table cell or a tile: its label is the only link. */
  tableCell: 0.75,
  /** "including six children", "Of those killed, 10 were women". */
  subCount: 0.8,
  /** "of whom 12 were children" after a sentence about the figure. */
  subCountAcross: 0.75,
  /** "killed 352 civilians since ..., including 14 children": a sub-count past a period or attribution. */
  subCountDistant: 0.85,
  /** "two soldiers were killed and five others injured". */
  coordinated: 0.8,
  /** A coordination whose subject takes a short complement. */
  coordinatedComplement: 0.85,
  /** "9 people this morning were killed": figure and predicate linked through part-of-speech tags. */
  grammar: 0.8,
  /** A trigger a few words away with nothing better: the loosest link. */
  window: 0.5,
  // Deductions.
  perSkippedWordAfter: 0.02,
  perSkippedWordBefore: 0.03,
  unknownNoun: 0.15,
  fuzzyNumberWord: 0.2,
  article: 0.1,
  vague: 0.05,
  /** Never below this: a claim is kept for review, however loose. */
  floor: 0.05,
} as const
