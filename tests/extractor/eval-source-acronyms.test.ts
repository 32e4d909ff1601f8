// The eval's lenient source comparison: an acronym and the full name the text defines for it are one source.

import { describe, expect, it } from 'vitest'
import { definedAlike, sourcesAgree } from '../../api/extractor/eval/score.ts'

const TEXT =
  'UNRWA: 77,000 displaced\nGAZA, 21 May - The United Nations Relief and Works Agency for Palestine Refugees (UNRWA) said 66,000 people were sheltering.'

describe('acronyms defined in the text', () => {
  it('takes the acronym and its defined full name as the same source, either way round', () => {
    expect(sourcesAgree('UNRWA', 'United Nations Relief and Works Agency for Palestine Refugees')).toBe(false)
    expect(definedAlike('UNRWA', 'United Nations Relief and Works Agency for Palestine Refugees', TEXT)).toBe(
      true,
    )
    expect(definedAlike('UN Relief and Works Agency for Palestine Refugees', 'UNRWA', TEXT)).toBe(true)
  })
  it('does not join an acronym to another body or to part of its name', () => {
    expect(definedAlike('UNRWA', 'Palestine', TEXT)).toBe(false)
    expect(definedAlike('UNRWA', 'UNICEF', TEXT)).toBe(false)
    expect(definedAlike('OCHA', 'United Nations Relief and Works Agency for Palestine Refugees', TEXT)).toBe(
      false,
    )
  })
})
