/**
 * Stylesheet rules. Type comes from the scale in src/styles/tokens.css: every size and
 * weight a page shows is a font instance the browser loads before its first layout, so
 * a stray `0.93rem` costs a reader time as well as consistency.
 */
export default {
  rules: {
    'declaration-property-value-allowed-list': [
      {
        'font-size': [/^var\(--text-[a-z0-9-]+\)$/, 'inherit'],
        'font-weight': ['400', '600', '700', 'normal', 'bold', 'inherit'],
        // The shorthand: a size from the scale (with an optional line height), or inherit.
        font: [/^var\(--text-[a-z0-9-]+\)(\s*\/\s*[\d.]+)?\s/, 'inherit'],
      },
      {
        message: (property, value) =>
          `${property}: ${value} is not on the type scale: use a --text-* step from src/styles/tokens.css (weights 400, 600 or 700)`,
      },
    ],
  },
}
