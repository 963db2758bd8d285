/** Starting the prerender's worker threads and collecting what each reports. */
import { Worker } from 'node:worker_threads'
import type { WorkerInput, WorkerReport } from './worker'

// The worker is TypeScript, like the rest of the build scripts: it starts by registering tsx's loader,
// which a worker does not inherit from the main thread.
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}) })`

/** Starts `n` workers on the same input; resolves with their reports, rejects on the first that fails. */
export function runWorkers(n: number, input: WorkerInput): Promise<WorkerReport[]> {
  return Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<WorkerReport>((resolve, reject) => {
          let report: WorkerReport | null = null
          new Worker(BOOT, { eval: true, workerData: input })
            .on('message', (m: WorkerReport) => (report = m))
            .on('error', reject)
            .on('exit', (code) =>
              report ? resolve(report) : reject(new Error(`a prerender thread stopped (exit code ${code})`)),
            )
        }),
    ),
  )
}
