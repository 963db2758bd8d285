/**
 * React DOM's client, started as its own chunk is read. React DOM is CommonJS: the
 * bundle wraps it in a function that runs the first time a module asks for it, which
 * was the app's entry, so React DOM's start-up and the app's made one long task.
 * This module lives in the react-dom chunk (vite.config.ts) and asks for it there:
 * boot.ts reads that chunk in a task of its own, before the app's.
 */
export { createRoot, hydrateRoot } from 'react-dom/client'
