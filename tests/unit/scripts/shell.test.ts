import { describe, expect, it } from 'vitest'
import { makeShell, type Manifest } from '../../../scripts/shell'

const INDEX = `<!doctype html><html lang="en"><head><meta charset="UTF-8" />
<!--atlas-head-->
<link rel="stylesheet" crossorigin href="/assets/index-a.css"><link rel="modulepreload" href="/assets/x.js">
<script type="module" crossorigin src="/assets/index-a.js"></script></head>
<body><div id="root"><!--atlas-root--></div></body></html>`

const MANIFEST: Manifest = {
  'index.html': { file: 'assets/index-a.js', isEntry: true, css: ['assets/index-a.css'], imports: ['_shared.js'] },
  'src/boot.ts': { file: 'assets/boot-b.js', isEntry: true },
  '_shared.js': { file: 'assets/shared-c.js' },
  'src/pages/deal/DealPage.tsx': {
    file: 'assets/DealPage-d.js',
    css: ['assets/DealPage-d.css'],
    imports: ['_shared.js', '_chips.js'],
  },
  '_chips.js': { file: 'assets/chips-e.js', css: ['assets/chips-e.css'] },
}
const CSS: Record<string, string> = {
  'assets/index-a.css': 'body{margin:0}',
  'assets/DealPage-d.css': '.deal{}',
  'assets/chips-e.css': '.chip{}</style>',
}

describe('makeShell', () => {
  const shell = makeShell(INDEX, MANIFEST, '/atlas/', (f) => CSS[f] ?? '')
  const html = shell.page({
    head: '<title>T</title>',
    html: '<h1>Deal</h1>',
    data: '{"a":1}',
    dataId: 'route-data',
    module: 'src/pages/deal/DealPage.tsx',
  })

  it('inlines every stylesheet of the app and of the page’s chunks, naming each by a disabled link only', () => {
    expect(html).toContain('<style>body{margin:0}</style>')
    expect(html).toContain('<style>.deal{}</style>')
    expect(html).toContain('<style>.chip{}<\\/style></style>')
    expect(html.match(/<link rel="stylesheet"[^>]*>/g)).toEqual([
      '<link rel="stylesheet" href="/atlas/assets/index-a.css" disabled />',
      '<link rel="stylesheet" href="/atlas/assets/chips-e.css" disabled />',
      '<link rel="stylesheet" href="/atlas/assets/DealPage-d.css" disabled />',
    ])
  })

  it('loads boot.js alone, naming the app and every chunk the page starts with, dependencies first', () => {
    expect(html.match(/<script type="module"[^>]*>/g)).toEqual(['<script type="module" src="/atlas/assets/boot-b.js">'])
    expect(html).not.toContain('modulepreload')
    expect(html).toContain('data-main="/atlas/assets/index-a.js"')
    expect(html).toContain(
      'data-preload="/atlas/assets/shared-c.js /atlas/assets/chips-e.js /atlas/assets/DealPage-d.js"',
    )
  })

  it('puts the head, the markup and the data block in their places', () => {
    expect(html).toMatch(/<head>[\s\S]*<title>T<\/title>[\s\S]*<\/head>/)
    expect(html).toContain('><h1>Deal</h1></div>')
    expect(html).toContain('<script type="application/json" id="route-data">{"a":1}</script>')
  })

  it('refuses a template without its markers', () => {
    expect(() => makeShell('<html><body><div id="root"></div></body></html>', MANIFEST, '/', () => '')).toThrow(
      /marker/,
    )
  })
})
