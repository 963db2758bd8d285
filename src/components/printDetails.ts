/**
 * Opens every collapsed section for printing and closes again afterwards the ones it
 * opened. Listens to `beforeprint`/`afterprint` and to the print media query (which
 * also changes under print emulation). Returns the function that stops listening.
 */
export function openDetailsForPrint(root: Document = document): () => void {
  let opened: HTMLDetailsElement[] = []
  const open = () => {
    opened = [...root.querySelectorAll<HTMLDetailsElement>('main details:not([open])')]
    for (const d of opened) d.open = true
  }
  const close = () => {
    for (const d of opened) d.open = false
    opened = []
  }
  const view = root.defaultView
  if (!view) return () => undefined
  const print = view.matchMedia('print')
  const onMedia = (e: MediaQueryListEvent) => (e.matches ? open() : close())
  view.addEventListener('beforeprint', open)
  view.addEventListener('afterprint', close)
  print.addEventListener('change', onMedia)
  return () => {
    view.removeEventListener('beforeprint', open)
    view.removeEventListener('afterprint', close)
    print.removeEventListener('change', onMedia)
  }
}
