/** A static server over a built site (scripts/serve.mjs: gzip, .html resolution, 404.html), on a port of its own. */
import { spawn, type ChildProcess } from 'node:child_process'

export interface Served {
  base: string
  stop: () => void
}

export async function serve(root: string, port: number): Promise<Served> {
  const child: ChildProcess = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--root', root], {
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
