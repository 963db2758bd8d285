import { csvParseRows } from 'd3-dsv'
import { describe, expect, it } from 'vitest'
import { toCsv } from '../../../src/lib/csv'

describe(toCsv, () => {
  it('toCsv(...) writes quotes, commas, newlines, spaces and empty cells so that d3-dsv reads them back unchanged', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quotes"', 'multi\nline', null, 3.5, true],
      [' leading space', '', 'é ü ğ', 'x', 'y', 0, false],
    ]
    const back = csvParseRows(toCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g'], rows))
    expect(back[0]).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
    expect(back.slice(1)).toEqual(rows.map((r) => r.map((c) => (c === null ? '' : String(c)))))
  })

  it('toCsv(...) ends every line, the last included, with CRLF and quotes only fields that need it', () => {
    expect(toCsv(['a', 'b'], [['x', 'y, z']])).toBe('a,b\r\nx,"y, z"\r\n')
  })
})
