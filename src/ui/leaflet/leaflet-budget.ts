/**
 * How big a leaflet may be (DESIGN §5): it is forwarded over chat apps and Bluetooth on
 * prepaid data, font included. The build enforces it; the phone uses it to decide whether a
 * whole script font fits.
 */
export const LEAFLET_BUDGET = { gzip: 60_000, raw: 150_000 } as const;
