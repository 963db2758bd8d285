import { useCallback, useMemo } from 'react'
import { useLocation, useNavigate, useParams } from 'react-router'
import { useRepaintFirst, WRITE_CHOICE } from '../../lib/hooks/useRepaintFirst'
import { layerOf, mapLocation } from '../../map/mapLocation'
import { parseMapParams, type MapView, type MapVocabulary } from '../../map/mapParams'

/**
 * The home map's view: the layer from the path, the rest from the query. Setting
 * it navigates to the view's address; a discrete choice pushes a history entry,
 * continuous input (zoom) replaces it. A choice on the same page (a filter, a
 * region) repaints first and writes the URL right after the frame (useRepaintFirst);
 * a new layer is a page of its own, with its data.
 */
export function useMapView(vocab: MapVocabulary): [MapView, (next: MapView, opts?: { replace?: boolean }) => void] {
  const params = useParams()
  const { shown, choose, takePending } = useRepaintFirst()
  const { pathname } = useLocation()
  const navigate = useNavigate()
  const view = useMemo(() => {
    const v = parseMapParams(new URLSearchParams(shown), vocab)
    return { ...v, ...layerOf(params, v) }
  }, [shown, vocab, params])
  const set = useCallback(
    (next: MapView, opts?: { replace?: boolean }) => {
      const to = mapLocation(next)
      const current = mapLocation(view)
      if (to.pathname === current.pathname && to.search === current.search && to.pathname === pathname) return
      if (to.pathname !== pathname) {
        navigate(to, { replace: opts?.replace ?? false, preventScrollReset: true })
        return
      }
      if (opts?.replace) {
        // A choice not written yet gets this view as its entry: it keeps its own step in history.
        navigate(to, { replace: !takePending(), preventScrollReset: true })
        return
      }
      choose(to.search.slice(1), () => navigate(to, WRITE_CHOICE))
    },
    [view, pathname, navigate, choose, takePending],
  )
  return [view, set]
}
