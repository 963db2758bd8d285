/**
 * The design tokens' light-theme values, read from the tokens stylesheet, and
 * their substitution into an SVG that names them (`fill="var(--sea)"`): a PNG
 * renderer knows no CSS variables. Pure.
 */
export type Tokens = ReadonlyMap<string, string>

/** The custom properties of the stylesheet's first `:root` block (the light theme). */
export function lightTokens(css: string): Tokens {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? ''
  const out = new Map<string, string>()
  for (const m of root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) out.set(m[1]!, m[2]!.trim())
  return out
}

/** Every `var(--x)` replaced by its value; an unknown token is an error, not a black shape. */
export function resolveTokens(svg: string, tokens: Tokens): string {
  return svg.replace(/var\((--[\w-]+)\)/g, (_, name: string) => {
    const v = tokens.get(name)
    if (v === undefined) throw new Error(`social card: no design token ${name}`)
    return v
  })
}
