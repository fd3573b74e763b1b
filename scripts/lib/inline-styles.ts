/**
 * The app's stylesheet, ready to sit inline in every page's <head>: on 2G each request is a
 * round trip of about 800 ms, and the first paint should not wait for one. The CSP allows this
 * one <style> by its SHA-256, never 'unsafe-inline'.
 */
import { cspWith, styleHash } from '../../src/app/csp';

/** A stylesheet cannot end the element it sits in; refuse rather than break every page. */
export function assertInlineable(css: string): void {
  if (/<\/style/i.test(css)) throw new Error('The stylesheet contains "</style": it cannot be put inline.');
}

export async function inlineStyles(css: string): Promise<{ css: string; csp: string; hash: string }> {
  assertInlineable(css);
  const hash = await styleHash(css);
  return { css, csp: cspWith([hash]).meta, hash };
}
