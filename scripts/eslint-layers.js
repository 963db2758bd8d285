/**
 * The direction of imports, enforced: the app shell (src/app, the entries and the
 * route table) → pages → features (map, timeline, search, components, og) → data
 * and lib. No React in src/data; lib's React hooks live in src/lib/hooks. Build
 * scripts import no .tsx module (they use the server build for rendering).
 */
import { existsSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'

const ROOT = process.cwd()
const FEATURES = ['map', 'timeline', 'search', 'components', 'og']

/** The layer of a file, from its path under the project. */
function layerOf(file) {
  const rel = relative(ROOT, file).replace(/\\/g, '/')
  if (rel.startsWith('scripts/')) return 'scripts'
  if (!rel.startsWith('src/')) return null
  const [, top = ''] = rel.split('/')
  if (top === 'pages') return 'pages'
  if (FEATURES.includes(top)) return 'features'
  if (top === 'data') return 'data'
  if (top === 'lib') return rel.startsWith('src/lib/hooks/') ? 'hooks' : 'lib'
  if (top === 'generated') return 'data'
  return 'app'
}

/** What each layer may import. */
const ALLOWED = {
  app: ['app', 'pages', 'features', 'data', 'lib', 'hooks'],
  pages: ['pages', 'features', 'data', 'lib', 'hooks'],
  features: ['features', 'data', 'lib', 'hooks'],
  hooks: ['hooks', 'data', 'lib'],
  lib: ['lib', 'data'],
  data: ['data', 'lib'],
}
const REACT = /^(react|react-dom|react-router)(\/|$)/

const rule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = context.filename
    const from = layerOf(file)
    if (!from) return {}
    const check = (node, spec) => {
      if (typeof spec !== 'string') return
      if ((from === 'data' || from === 'lib') && REACT.test(spec)) {
        context.report({ node, message: `src/${from} holds no React: move this to a feature or src/lib/hooks` })
        return
      }
      if (!spec.startsWith('.')) return
      const target = resolve(dirname(file), spec)
      if (from === 'scripts') {
        if (existsSync(`${target}.tsx`) || spec.endsWith('.tsx'))
          context.report({
            node,
            message: 'a build script imports no .tsx module: use a pure .ts module or the server build',
          })
        return
      }
      const to = layerOf(target)
      if (to && !ALLOWED[from].includes(to))
        context.report({
          node,
          message: `${from} must not import from ${to} (imports flow app → pages → features → data and lib)`,
        })
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
    }
  },
}

export default { rules: { layers: rule } }
