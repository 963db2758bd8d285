// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { useUrlState } from '../../../../src/lib/hooks/useUrlState'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

interface View {
  q: string
  n: number
}
const parse = (sp: URLSearchParams): View => ({ q: sp.get('q') ?? '', n: Number(sp.get('n') ?? 0) || 0 })
const serialise = (v: View) => {
  const sp = new URLSearchParams()
  if (v.q) sp.set('q', v.q)
  if (v.n) sp.set('n', String(v.n))
  return sp
}

let root: Root | null = null
afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
})

/** Renders a page bound to the URL at `url`; returns the router, the latest view and its setter. */
function mount(url: string) {
  const seen: { view: View | null; set: ((next: View, opts?: { replace?: boolean }) => void) | null; renders: number } =
    { view: null, set: null, renders: 0 }
  function Page() {
    const [view, set] = useUrlState(parse, serialise)
    seen.view = view
    seen.set = set
    seen.renders++
    return <p>{view.q}</p>
  }
  const router = createMemoryRouter(
    [
      { path: '/', element: <Page /> },
      { path: '/other', element: <p>other</p> },
    ],
    { initialEntries: [url] },
  )
  const container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  act(() => root!.render(<RouterProvider router={router} />))
  return { router, seen }
}

/** After the next frame and the task after it, when a choice's history entry is written. */
const afterFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))

describe(useUrlState, () => {
  it('reads the view from the address', () => {
    const { seen } = mount('/?q=cobalt&n=3')
    expect(seen.view).toEqual({ q: 'cobalt', n: 3 })
    expect(document.body.textContent).toBe('cobalt')
  })

  it('shows a choice at once, then pushes a history entry for it after the frame, so Back undoes it', async () => {
    const { router, seen } = mount('/?q=cobalt')
    act(() => seen.set!({ q: 'lithium', n: 0 }))
    expect(seen.view).toEqual({ q: 'lithium', n: 0 })
    expect(document.body.textContent).toBe('lithium')
    expect(router.state.location.search).toBe('?q=cobalt')
    await afterFrame()
    expect(router.state.historyAction).toBe('PUSH')
    expect(router.state.location.search).toBe('?q=lithium')
    expect(seen.view).toEqual({ q: 'lithium', n: 0 })
    await act(() => router.navigate(-1))
    expect(router.state.location.search).toBe('?q=cobalt')
    expect(seen.view).toEqual({ q: 'cobalt', n: 0 })
  })

  it('replaces the entry when asked, so Back skips the intermediate views', async () => {
    const { router, seen } = mount('/')
    act(() => seen.set!({ q: 'x', n: 0 }))
    await afterFrame()
    act(() => seen.set!({ q: 'x', n: 2 }, { replace: true }))
    act(() => seen.set!({ q: 'x', n: 5 }, { replace: true }))
    expect(router.state.historyAction).toBe('REPLACE')
    expect(router.state.location.search).toBe('?q=x&n=5')
    await act(() => router.navigate(-1))
    expect(router.state.location.search).toBe('')
  })

  it('makes one history entry for choices made within one frame, and keeps it when a replacement follows at once', async () => {
    const { router, seen } = mount('/')
    act(() => seen.set!({ q: 'a', n: 0 }))
    act(() => seen.set!({ q: 'b', n: 0 }))
    act(() => seen.set!({ q: 'b', n: 4 }, { replace: true }))
    await afterFrame()
    expect(router.state.location.search).toBe('?q=b&n=4')
    expect(router.state.historyAction).toBe('PUSH')
    await act(() => router.navigate(-1))
    expect(router.state.location.search).toBe('')
  })

  it('writes no entry for a choice that Back overtook before it was written', async () => {
    const { router, seen } = mount('/?q=a')
    act(() => seen.set!({ q: 'b', n: 0 }))
    await afterFrame()
    act(() => seen.set!({ q: 'c', n: 0 }))
    await act(() => router.navigate(-1))
    await afterFrame()
    expect(router.state.location.search).toBe('?q=a')
    expect(seen.view).toEqual({ q: 'a', n: 0 })
  })

  it('writes no entry for a choice on a page the reader left before it was written', async () => {
    const { router, seen } = mount('/?q=a')
    act(() => seen.set!({ q: 'b', n: 0 }))
    await act(() => router.navigate('/other'))
    await afterFrame()
    expect(router.state.location.pathname).toBe('/other')
    expect(router.state.location.search).toBe('')
  })

  it('does not navigate when the view serialises to the address it already has', () => {
    const { router, seen } = mount('/?q=cobalt')
    const key = router.state.location.key
    act(() => seen.set!({ q: 'cobalt', n: 0 }))
    expect(router.state.location.key).toBe(key)
    expect(router.state.historyAction).toBe('POP')
  })

  it('drops defaults from the address: the default view is the bare path', async () => {
    const { router, seen } = mount('/?q=cobalt&n=2')
    act(() => seen.set!({ q: '', n: 0 }))
    await afterFrame()
    expect(router.state.location.search).toBe('')
  })
})
