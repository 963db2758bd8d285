/**
 * `npm run build` step by step: the steps package.json chains with `&&`, each run and
 * timed on its own, so the build's figure at scale says where its time goes.
 */
import { execSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'

/** The steps of a script that chains commands with `&&`. */
export const buildSteps = (script: string): string[] =>
  script
    .split('&&')
    .map((s) => s.trim())
    .filter(Boolean)

/** Runs the build of the project in `cwd` (with `env`) and times each step, in seconds. */
export function timeBuild(cwd: string, env: NodeJS.ProcessEnv): Array<{ step: string; seconds: number }> {
  const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { scripts: { build: string } }
  // As npm runs a script: the project's own tools first on the PATH.
  const PATH = [join(cwd, 'node_modules', '.bin'), env.PATH ?? ''].join(delimiter)
  return buildSteps(pkg.scripts.build).map((step) => {
    const t0 = performance.now()
    execSync(step, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, PATH } })
    return { step, seconds: (performance.now() - t0) / 1000 }
  })
}
