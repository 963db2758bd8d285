/** Starting the prerender's worker threads and collecting what each reports. */
import { Worker } from 'node:worker_threads'
import { SERVER_BUILD } from './server'
import type { WorkerInput, WorkerReport } from './worker'

/**
 * Each worker loads the server build with Node's own loader, then the prerender's
 * TypeScript through tsx's, registered for that code alone: through tsx, the server build
 * (the whole dataset inlined, megabytes at scale) would be transformed again, for nothing.
 */
const boot = () => `
  const { parentPort, workerData } = require('node:worker_threads')
  import(${JSON.stringify(SERVER_BUILD())}).then(async (server) => {
    const tsx = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    const worker = ${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}
    const { run } = await tsx.register({ namespace: 'prerender' }).import(worker, worker)
    parentPort.postMessage(await run(server, workerData))
  })`

/** Starts one worker per input; resolves with their reports, rejects on the first that fails. */
export function runWorkers(inputs: readonly WorkerInput[]): Promise<WorkerReport[]> {
  return Promise.all(
    inputs.map(
      (input) =>
        new Promise<WorkerReport>((resolve, reject) => {
          let report: WorkerReport | null = null
          new Worker(boot(), { eval: true, workerData: input })
            .on('message', (m: WorkerReport) => (report = m))
            .on('error', reject)
            .on('exit', (code) =>
              report ? resolve(report) : reject(new Error(`a prerender thread stopped (exit code ${code})`)),
            )
        }),
    ),
  )
}
