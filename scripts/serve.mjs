// Serves the built site (dist/) the way a plain static host does: `/a/b` from
// a/b.html (or a/b/index.html, or the file itself), anything else — including a path
// that is not valid percent-encoding — as 404.html with status 404. Text is sent
// compressed as static hosts and CDNs send it: Brotli (at its best quality, compressed
// once per file and kept) when the client accepts it, else gzip.
// `node scripts/serve.mjs [--port 4173] [--host 127.0.0.1]`.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const PORT = Number(arg('port', process.env.PORT ?? 4173))
const HOST = arg('host', '127.0.0.1')
const ROOT = arg('root', 'dist')
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv', '.xml', '.txt'])
const compressed = new Map()
const ENCODERS = {
  br: (body) =>
    brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_LGWIN]: 22,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzipSync(body, { level: 9 }),
}
/** The encoding to send: Brotli if accepted, else gzip, else none (`--encodings gzip` limits the choice). */
const ALLOWED = arg('encodings', 'br,gzip').split(',')
const pickEncoding = (accept = '') =>
  ALLOWED.find((e) => e in ENCODERS && new RegExp(`\\b${e}\\b`).test(accept)) ?? null

if (!existsSync(join(ROOT, 'index.html'))) {
  console.error(`No build in ${ROOT}/: run "npm run build" first.`)
  process.exit(1)
}

function resolve(urlPath) {
  let path
  try {
    path = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (path.includes('\0')) return null
  const rel = normalize(path)
    .replace(/^(\.\.[/\\])+/, '')
    .replace(/^[/\\]+/, '')
  const candidates = rel === '' ? ['index.html'] : [rel, `${rel.replace(/\/$/, '')}.html`, join(rel, 'index.html')]
  for (const c of candidates) {
    const full = join(ROOT, c)
    if (!full.startsWith(normalize(ROOT))) continue
    if (existsSync(full) && statSync(full).isFile()) return full
  }
  return null
}

const server = createServer((req, res) => {
  const url = (req.url ?? '/').split('?')[0].split('#')[0]
  const found = resolve(url)
  const file = found ?? join(ROOT, '404.html')
  const status = found ? 200 : 404
  const ext = extname(file)
  const headers = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  }
  // Only the embeds may be framed by other sites (see README, "Embedding"); every other page refuses.
  if (ext === '.html') {
    const embed = /^\/embed(\/|$)/.test(url)
    headers['content-security-policy'] = embed ? 'frame-ancestors *' : "frame-ancestors 'none'"
    if (!embed) headers['x-frame-options'] = 'DENY'
  }
  let body = readFileSync(file)
  const encoding = COMPRESSIBLE.has(ext) ? pickEncoding(req.headers['accept-encoding']) : null
  if (encoding) {
    const key = `${encoding}:${file}`
    if (!compressed.has(key)) compressed.set(key, ENCODERS[encoding](body))
    body = compressed.get(key)
    headers['content-encoding'] = encoding
    headers.vary = 'Accept-Encoding'
  }
  res.writeHead(status, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
})
server.listen(PORT, HOST, () => console.log(`Mineral Peace Atlas: http://${HOST}:${PORT}/`))
