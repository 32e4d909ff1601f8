import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  checkFolder,
  checkPattern,
  insideExportDir,
  localParts,
  renderFileName,
  writeAtomically,
} from '../../api/exports/files.ts'
import { tempDir } from './helpers.ts'

let dir: string
beforeAll(async () => {
  dir = await tempDir()
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('writing a file', () => {
  it('goes through a temporary name in the same folder and is renamed when complete', async () => {
    const final = join(dir, 'a', 'b', 'out.csv')
    const seen: string[][] = []
    const { bytes } = await writeAtomically(final, '7-1', async (out) => {
      out.write('half,')
      // Mid-write: a reader finds no out.csv, only the hidden temporary file.
      seen.push(readdirSync(join(dir, 'a', 'b')))
      expect(existsSync(final)).toBe(false)
      await new Promise<void>((resolve) => out.end('done\r\n', resolve))
    })
    expect(seen).toEqual([['.out.csv.7-1.tmp']])
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['out.csv'])
    expect(readFileSync(final, 'utf8')).toBe('half,done\r\n')
    expect(bytes).toBe(11)
  })

  it('leaves neither the file nor the temporary file when writing fails', async () => {
    const final = join(dir, 'failed', 'out.csv')
    await expect(
      writeAtomically(final, '8-1', async (out) => {
        out.write('partial')
        throw new Error('database went away')
      }),
    ).rejects.toThrow('database went away')
    expect(readdirSync(join(dir, 'failed'))).toEqual([])
  })

  it('replaces an older file of the same name in one step', async () => {
    const final = join(dir, 'same.csv')
    await writeAtomically(final, '1', async (out) => new Promise<void>((r) => out.end('old', r)))
    await writeAtomically(final, '2', async (out) => new Promise<void>((r) => out.end('new', r)))
    expect(readFileSync(final, 'utf8')).toBe('new')
  })
})

describe('names', () => {
  it('keep folders inside EXPORT_DIR', () => {
    expect(checkFolder('')).toBe('')
    expect(checkFolder('ngo/daily/')).toBe('ngo/daily')
    for (const bad of ['..', '../x', 'a/../../b', '/etc', 'a//b', '.hidden', 'a/.', 'a\\b', 'x y']) {
      expect(checkFolder(bad), bad).toBeNull()
    }
    expect(() => insideExportDir(dir, '../elsewhere')).toThrow(/outside/)
    expect(insideExportDir(dir, 'ngo/x.csv')).toBe(join(dir, 'ngo', 'x.csv'))
  })

  it('fill the pattern with the slot in the schedule’s time zone', () => {
    expect(checkPattern('{name}-{date}')).toBeNull()
    expect(checkPattern('../{date}')).toMatch(/slash/)
    expect(checkPattern('{nope}')).toMatch(/not one of/)
    expect(checkPattern('{date')).toMatch(/brace/)
    const slot = new Date('2025-03-30T23:30:00Z')
    // 23:30 UTC is already the 31st in Kolkata, still the 30th in London (BST, 00:30 on the 31st).
    expect(localParts(slot, 'Asia/Kolkata')).toEqual({ date: '2025-03-31', time: '0500' })
    expect(localParts(slot, 'Europe/London')).toEqual({ date: '2025-03-31', time: '0030' })
    expect(localParts(slot, 'America/New_York')).toEqual({ date: '2025-03-30', time: '1930' })
    expect(
      renderFileName('{name}-{datetime}-{tables}', {
        name: 'Daily: Idlib / Syria!',
        slot,
        timeZone: 'UTC',
        format: 'xlsx',
        tables: ['summary', 'claims'],
      }),
    ).toBe('daily-idlib-syria-2025-03-30T2330-summary+claims.xlsx')
    expect(
      renderFileName('latest.csv', { name: 'x', slot, timeZone: 'UTC', format: 'csv', tables: ['claims'] }),
    ).toBe('latest.csv')
  })
})
