/**
 * The one script a prerendered page loads: after the first paint (the page already
 * reads in full), it starts the app and the code of the page's own route, both named
 * on #root by the prerender. Every file is fetched at once (no request waterfall),
 * but each module graph runs in a task of its own, the page's chunks first and the
 * app last, so no single task holds a phone's main thread for all of them.
 */
const root = document.getElementById('root')
const page = (root?.dataset.preload ?? '').split(' ').filter((u) => u !== '')
const urls = [...page, root?.dataset.main].filter((u): u is string => !!u)
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))
// Each request is asked for in a task of its own: the browser takes one to several
// milliseconds of main thread to issue one, and a dozen in a row made one long task.
void (async () => {
  for (const href of urls) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.href = href
    document.head.append(link)
    await nextTask()
  }
})()
requestAnimationFrame(() =>
  setTimeout(async () => {
    for (const u of urls) {
      await import(/* @vite-ignore */ u)
      await nextTask()
    }
  }, 0),
)
