import { useCallback, useMemo } from 'react'
import { useLocation, useNavigate, useParams } from 'react-router'
import { useViewSearch } from '../../lib/hooks/useViewSearch'
import { layerOf, mapLocation } from '../../map/mapLocation'
import { parseMapParams, type MapView, type MapVocabulary } from '../../map/mapParams'

/**
 * The home map's view: the layer from the path, the rest from the query. Setting
 * it navigates to the view's address; a discrete choice pushes a history entry,
 * continuous input (zoom) replaces it.
 */
export function useMapView(vocab: MapVocabulary): [MapView, (next: MapView, opts?: { replace?: boolean }) => void] {
  const params = useParams()
  const search = useViewSearch()
  const { pathname } = useLocation()
  const navigate = useNavigate()
  const view = useMemo(() => {
    const v = parseMapParams(new URLSearchParams(search), vocab)
    return { ...v, ...layerOf(params, v) }
  }, [search, vocab, params])
  const set = useCallback(
    (next: MapView, opts?: { replace?: boolean }) => {
      const to = mapLocation(next)
      const current = mapLocation(view)
      if (to.pathname === current.pathname && to.search === current.search && to.pathname === pathname) return
      const replace = opts?.replace ?? false
      navigate(to, { replace, preventScrollReset: true, flushSync: !replace && to.pathname === pathname })
    },
    [view, pathname, navigate],
  )
  return [view, set]
}
