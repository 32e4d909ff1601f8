// The tight frames that tie a figure to its trigger: a predicate after the victims, a verb before them, a
// causative with its complement, a counted trigger noun, a toll and its value, a fact-box label.

export { crossesBorder } from './border.ts'
export { cause } from './cause.ts'
export { caseOf, noun } from './noun.ts'
export { post } from './post.ts'
export { pre } from './pre.ts'
export { AUX, completesVerb, MODALS, npEnd, resolveMetric } from './shared.ts'
export { movedTo } from './shelter.ts'
export { toll } from './toll.ts'
