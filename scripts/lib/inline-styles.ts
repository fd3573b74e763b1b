/**
 * The app's stylesheet, ready to sit inline in every page's <head>: on 2G each request is a
 * round trip of about 800 ms, and the first paint should not wait for one. The CSP allows this
 * one <style> by its SHA-256, never 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import { cspWith } from '../../src/app/csp';

export function inlineStyles(css: string): { css: string; csp: string; hash: string } {
  // A stylesheet cannot end the element it sits in; refuse rather than break every page.
  if (/<\/style/i.test(css)) throw new Error('The stylesheet contains "</style": it cannot be put inline.');
  const hash = `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
  return { css, csp: cspWith([hash]).meta, hash };
}
