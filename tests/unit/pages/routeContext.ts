/** A build context over the fixture, as the server entry makes one over the real data. */
import type { BuildContext } from '../../../src/pages/routeTypes'
import type { Dataset } from '../../../src/data/schema'
import { makeIndex } from '../../../src/data/selectors'
import { indexSlice, type Slice } from '../../../src/data/slice'
import { makeFixture } from '../../fixtures/dataset'

export function fixtureContext(d: Dataset = makeFixture()): BuildContext {
  return { ix: makeIndex(d), region: () => null }
}

/** The index a page builds in the browser from its route data. */
export const pageIndex = (ctx: BuildContext, slice: Slice) => indexSlice(ctx.ix.data.meta, slice)
