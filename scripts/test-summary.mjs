// Adds up the unit (vitest) and browser (Playwright) results written by `npm test`
// and prints one line: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
if (existsSync('test-results/unit.json')) {
  const u = JSON.parse(readFileSync('test-results/unit.json', 'utf8'))
  passed += u.numPassedTests ?? 0
  failed += u.numFailedTests ?? 0
}
if (existsSync('test-results/e2e.json')) {
  const e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'))
  passed += e.stats?.expected ?? 0
  failed += (e.stats?.unexpected ?? 0) + (e.stats?.flaky ?? 0)
}
console.log(`${passed} passed, ${failed} failed`)
