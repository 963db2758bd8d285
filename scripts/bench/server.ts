/**
 * A static server over a built site (scripts/serve.mjs: Brotli or gzip, .html resolution,
 * 404.html), on a port of its own. `encodings` limits what it may send (`['gzip']`).
 */
import { spawn, type ChildProcess } from 'node:child_process'

export interface Served {
  base: string
  stop: () => void
}

export async function serve(root: string, port: number, encodings = ['br', 'gzip']): Promise<Served> {
  const argv = ['scripts/serve.mjs', '--port', String(port), '--root', root, '--encodings', encodings.join(',')]
  const child: ChildProcess = spawn('node', argv, {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  // A benchmark that fails half-way still stops its servers.
  process.once('exit', () => child.kill())
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve())
    child.once('exit', (code) => reject(new Error(`the server for ${root} exited (${code})`)))
  })
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill() }
}
