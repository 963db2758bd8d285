// Runs npm scripts side by side and reports each one's output, and how long it took, when it ends:
// `node scripts/parallel.mjs typecheck lint`. Exits non-zero if any failed.
import { spawn } from 'node:child_process'

const names = process.argv.slice(2)
const results = await Promise.all(
  names.map(
    (name) =>
      new Promise((resolve) => {
        const start = Date.now()
        const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] })
        let out = ''
        child.stdout.on('data', (d) => (out += d))
        child.stderr.on('data', (d) => (out += d))
        child.on('close', (code) => {
          const took = `${Math.round((Date.now() - start) / 1000)} s`
          process.stdout.write(`\n> ${name}: ${code === 0 ? 'ok' : `failed (${code})`} in ${took}\n${out}`)
          resolve(code === 0)
        })
      }),
  ),
)
process.exit(results.every(Boolean) ? 0 : 1)
