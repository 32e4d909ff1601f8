// What an attribution is: shared by the finder (sources.ts), the resolver (coreference.ts) and credits.ts,
// kept apart so that none of them imports another for the type alone.

export interface Attribution {
  /** The source NP as written (before resolution). */
  text: string
  /** Token index of the attribution marker (the verb or the preposition). */
  at: number
  /** 'count': the subject of a counting act ("MSF teams treated 64"), used only when nothing else in the sentence credits the figure. */
  kind: 'prep' | 'verb' | 'count'
  /** Resolved source name, or null when it cannot be a source. */
  name: string | null
  person: boolean
  /**
   * 'credit': a sentence that credits figures told before it ("The figures were given by X", "That is
   * according to X"); 'footer': a "Source: X" line, crediting every figure above it.
   */
  scope?: 'credit' | 'footer'
}
