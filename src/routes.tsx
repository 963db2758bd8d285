/** The whole route table. Pages other than the map load on demand, so the home page ships only what it needs. */
import type { RouteObject } from 'react-router'
import { Layout } from './components/Layout'
import { MapPage } from './pages/MapPage'
import { NotFoundPage } from './pages/NotFoundPage'

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <MapPage /> },
      { path: 'conflicts', lazy: async () => ({ Component: (await import('./pages/ConflictsPage')).ConflictsPage }) },
      {
        path: 'conflicts/:conflictId',
        lazy: async () => ({ Component: (await import('./pages/ConflictPage')).ConflictPage }),
      },
      { path: 'deals/:dealId', lazy: async () => ({ Component: (await import('./pages/DealPage')).DealPage }) },
      { path: 'timeline', lazy: async () => ({ Component: (await import('./pages/TimelinePage')).TimelinePage }) },
      { path: 'minerals', lazy: async () => ({ Component: (await import('./pages/MineralsPage')).MineralsPage }) },
      {
        path: 'minerals/:mineralId',
        lazy: async () => ({ Component: (await import('./pages/MineralPage')).MineralPage }),
      },
      { path: 'data', lazy: async () => ({ Component: (await import('./pages/DataPage')).DataPage }) },
      { path: 'search', lazy: async () => ({ Component: (await import('./pages/SearchPage')).SearchPage }) },
      { path: 'about', lazy: async () => ({ Component: (await import('./pages/AboutPage')).AboutPage }) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
