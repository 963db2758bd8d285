/**
 * The one script a prerendered page loads: after the first paint (the page already
 * reads in full), it starts the app and, in parallel, the code of the page's own
 * route, both named on #root by the prerender, so there is no request waterfall.
 */
const root = document.getElementById('root')
const urls = [root?.dataset.main, ...(root?.dataset.preload ?? '').split(' ')].filter((u): u is string => !!u)
requestAnimationFrame(() => setTimeout(() => urls.forEach((u) => void import(/* @vite-ignore */ u)), 0))
