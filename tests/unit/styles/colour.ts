/**
 * Colour science for the palette tests: sRGB hex to OKLab (Björn Ottosson, 2020),
 * and the colour-vision-deficiency simulation of Machado, Oliveira and Fernandes
 * (2009), severity 1, applied to linear RGB.
 */
type RGB = [number, number, number]

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)

export function hexToLinear(hex: string): RGB {
  const n = parseInt(hex.replace('#', ''), 16)
  return [toLinear(((n >> 16) & 255) / 255), toLinear(((n >> 8) & 255) / 255), toLinear((n & 255) / 255)]
}

export function oklab([r, g, b]: RGB): RGB {
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b)
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b)
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b)
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ]
}

const MACHADO: Record<'protan' | 'deutan' | 'tritan', number[][]> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

export type Vision = 'normal' | keyof typeof MACHADO
export const VISIONS: readonly Vision[] = ['normal', 'protan', 'deutan', 'tritan']

export function simulate(rgb: RGB, vision: Vision): RGB {
  if (vision === 'normal') return rgb
  const m = MACHADO[vision]
  const clamp = (v: number) => Math.min(1, Math.max(0, v))
  return m.map((row) => clamp(row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2])) as RGB
}

/** Perceptual difference (Euclidean distance in OKLab) of two colours as a viewer with `vision` sees them. */
export function deltaE(a: string, b: string, vision: Vision = 'normal'): number {
  const [x, y] = [oklab(simulate(hexToLinear(a), vision)), oklab(simulate(hexToLinear(b), vision))]
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2])
}

/** OKLab lightness, 0 (black) to 1 (white). */
export const lightness = (hex: string): number => oklab(hexToLinear(hex))[0]
