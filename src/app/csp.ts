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

export const CSP_META = CSP_DIRECTIVES.join('; ');
export const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
