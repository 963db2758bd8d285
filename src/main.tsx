import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { RouterProvider, createBrowserRouter } from 'react-router'
import { routes } from './routes'
import './styles.css'

const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' })
const container = document.getElementById('root')
if (!container) throw new Error('#root is missing from index.html')
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
)
// Prerendered pages arrive with markup in #root: hydrate it rather than render anew.
if (container.firstElementChild) hydrateRoot(container, app)
else createRoot(container).render(app)
