/**
 * The Content Security Policy: our own origin only, no inline script, no eval. The quick-exit
 * form may submit to its neutral destination. Sent as a header by the server and as a <meta>
 * in every page (where frame-ancestors is ignored, hence the header too).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self' https://www.google.com",
];

/**
 * The policy for pages whose critical CSS is inline: the one <style> whose hash is given, and
 * nothing else inline (no 'unsafe-inline').
 */
export function cspWith(styleHashes: string[] = []): { meta: string; header: string } {
  const directives = CSP_DIRECTIVES.map((d) => (d.startsWith('style-src ') && styleHashes.length ? `${d} ${styleHashes.map((h) => `'${h}'`).join(' ')}` : d));
  return { meta: directives.join('; '), header: [...directives, "frame-ancestors 'none'"].join('; ') };
}

export const CSP_META = cspWith().meta;
export const CSP_HEADER = cspWith().header;

/** Where the build records the policy its pages need, for the server to send as a header. */
export const CSP_FILE = 'csp-header.txt';

/**
 * The CSP source value for an inline <style>: "sha256-…" of its UTF-8 bytes. Web Crypto, not
 * node:crypto, because the phone makes leaflets too and must produce the same hash as the build.
 */
export async function styleHash(css: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}
