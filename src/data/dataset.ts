/** The atlas's dataset, validated at build time (see scripts/vite-plugin-atlas-data.ts), and its index. */
import dataset from 'virtual:atlas-data'
import { makeIndex } from './selectors'

export const DATA = dataset
export const INDEX = makeIndex(dataset)
