/** A whole, non-negative count: whatever is in the store, only numbers leave it. */
export const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);
