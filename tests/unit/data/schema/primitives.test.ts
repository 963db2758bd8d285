import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { IdSchema, Text, labelledStep, sourcedFact, statusStep } from '../../../../src/data/schema/primitives'

const Step = statusStep(z.enum(['open', 'shut']), { label: Text })
const step = { date: '2025-06', status: 'open', label: 'Opened', sources: ['src-a'], verification: 'verified' }

describe('statusStep', () => {
  it('statusStep(status, fields) takes the date, the status, the own fields and the sources, in that order', () => {
    expect(Object.keys(Step.shape)).toEqual(['date', 'status', 'label', 'sources', 'verification'])
    expect(Step.parse(step)).toEqual(step)
  })

  it('statusStep(status, fields) refuses an unknown field, a status of another vocabulary and a step with no source', () => {
    const issues = (v: unknown) => Step.safeParse(v).error?.issues.map((i) => `${i.path.join('.')}: ${i.code}`)
    expect(issues({ ...step, note: 'x' })).toEqual([': unrecognized_keys'])
    expect(issues({ ...step, status: 'signed' })).toEqual(['status: invalid_value'])
    expect(issues({ ...step, sources: [] })).toEqual(['sources: too_small'])
  })
})

describe('sourcedFact', () => {
  it('sourcedFact(fields) puts the sources and their verification after the own fields, and takes no other field', () => {
    const Fact = sourcedFact({ name: Text })
    expect(Object.keys(Fact.shape)).toEqual(['name', 'sources', 'verification'])
    expect(Fact.safeParse({ name: 'A', sources: ['src-a'], verification: 'secondary' }).success).toBe(true)
    expect(Fact.safeParse({ name: 'A', sources: ['src-a'] }).success).toBe(false)
    expect(Fact.safeParse({ name: 'A', sources: ['src-a'], verification: 'verified', url: 'x' }).success).toBe(false)
  })
})

describe('labelledStep', () => {
  it('labelledStep(status, fields) is a status step with a label, an optional note, then its own fields', () => {
    const Step = labelledStep(z.enum(['open']), { agreement: IdSchema.optional() })
    expect(Object.keys(Step.shape)).toEqual(['date', 'status', 'label', 'note', 'agreement', 'sources', 'verification'])
    expect(Object.keys(labelledStep(z.enum(['open'])).shape)).toEqual(['date', 'status', 'label', 'note', 'sources', 'verification'])
    expect(Step.safeParse({ ...step, label: ' ' }).success).toBe(false)
  })
})
