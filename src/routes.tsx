/** The whole route table. */
import type { RouteObject } from 'react-router'
import { Layout } from './components/Layout'
import { AboutPage } from './pages/AboutPage'
import { ConflictPage } from './pages/ConflictPage'
import { DataPage } from './pages/DataPage'
import { DealPage } from './pages/DealPage'
import { MapPage } from './pages/MapPage'
import { MineralPage } from './pages/MineralPage'
import { MineralsPage } from './pages/MineralsPage'
import { NotFoundPage } from './pages/NotFoundPage'
import { TimelinePage } from './pages/TimelinePage'
import { ConflictsPage } from './pages/ConflictsPage'
import { SearchPage } from './pages/SearchPage'

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <MapPage /> },
      { path: 'conflicts', element: <ConflictsPage /> },
      { path: 'conflicts/:conflictId', element: <ConflictPage /> },
      { path: 'deals/:dealId', element: <DealPage /> },
      { path: 'timeline', element: <TimelinePage /> },
      { path: 'minerals', element: <MineralsPage /> },
      { path: 'minerals/:mineralId', element: <MineralPage /> },
      { path: 'data', element: <DataPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'about', element: <AboutPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
