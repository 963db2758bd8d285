/** Sets the page's title and description; React 19 hoists these into <head>. */
export function PageMeta({ title, description }: { title: string; description: string }) {
  const full = title === 'Mineral Peace Atlas' ? title : `${title} · Mineral Peace Atlas`
  return (
    <>
      <title>{full}</title>
      <meta name="description" content={description} />
    </>
  )
}
