import { describe, expect, it } from 'vitest'
import { loadConfig } from '../api/config.ts'

describe('configuration', () => {
  it('has defaults that run Tally on the embedded database', () => {
    const c = loadConfig({})
    expect(c).toMatchObject({ PORT: 8080, DATA_DIR: './data', SAMPLE_DATA: 'on' })
    expect(c.DATABASE_URL).toBeUndefined()
  })

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/)
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/)
    expect(() => loadConfig({ SAMPLE_DATA: 'maybe' })).toThrow(/SAMPLE_DATA/)
    expect(() => loadConfig({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/)
  })

  it('treats empty values as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined()
  })
})
