import { chromium } from '@playwright/test'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] })
for (const p of process.argv.slice(2)) {
  const page = await b.newPage()
  await page.goto('http://127.0.0.1:4199' + p, { waitUntil: 'networkidle' })
  const r = await page.evaluate(() => [performance.getEntriesByType('navigation')[0].encodedBodySize, ...performance.getEntriesByType('resource').map(x => [x.name.replace(location.origin,''), x.encodedBodySize])])
  console.log(p, 'html', r[0]); for (const x of r.slice(1).sort((a,b)=>b[1]-a[1]).slice(0,22)) console.log('   ', x[1], x[0])
  await page.close()
}
await b.close()
