import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildSteps } from '../../../../scripts/bench/buildSteps'

describe('the build, step by step', () => {
  it("splits the project's own build script into the commands it chains", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { build: string } }
    const steps = buildSteps(pkg.scripts.build)
    expect(steps[0]).toBe('npm run check:data')
    expect(steps).toContain('tsx scripts/prerender.ts')
    expect(steps.join(' && ')).toBe(pkg.scripts.build)
  })

  it('ignores blanks around and between the commands', () => {
    expect(buildSteps('  a --x &&b&&  && c ')).toEqual(['a --x', 'b', 'c'])
  })
})
