import { describe, expect, it } from 'vitest'
import { aboutModel } from '../../../../src/pages/about/aboutModel'
import { route } from '../../../../src/pages/about/route'
import { rootData } from '../../../../src/app/buildData'
import { makeFixture } from '../../../fixtures/dataset'
import { fixtureContext, pageIndex } from '../routeContext'

const ctx = fixtureContext()
const root = rootData(ctx.ix)

describe('aboutModel', () => {
  it('links the seed article from the page data alone, and states the dates of the data', () => {
    const d = route.data(ctx, {})!
    const m = aboutModel(pageIndex(ctx, d.slice), root)
    const seed = ctx.ix.sources.get(ctx.ix.data.meta.seed)!
    expect(m.seed).toEqual({ publisher: seed.publisher, title: seed.title, url: seed.url })
    expect(m.conflicts).toBe(ctx.ix.data.conflicts.length)
    expect(m.sourcesCheckedThrough).toBe(ctx.ix.data.meta.sourcesCheckedThrough)
  })

  it('carries the seed source and no other record', () => {
    expect(route.data(ctx, {})!.slice).toEqual({ sources: [ctx.ix.sources.get(ctx.ix.data.meta.seed)] })
  })

  it('names no seed when the data holds no source record for it', () => {
    const data = makeFixture()
    const other = fixtureContext({ ...data, meta: { ...data.meta, seed: 'not-a-source' } })
    expect(aboutModel(other.ix, rootData(other.ix)).seed).toBeNull()
  })
})
