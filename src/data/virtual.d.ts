declare module 'virtual:atlas-data' {
  /** The dataset, parsed and checked by `loadDataset` when the bundle was built. */
  const dataset: import('./schema').Dataset
  export default dataset
}
