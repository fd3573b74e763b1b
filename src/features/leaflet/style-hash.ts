/** The CSP source for an inline <style>: its SHA-256, so the leaflet needs no 'unsafe-inline'. */
export async function styleHashSource(css: string): Promise<string> {
  // Web Crypto exists in the page (a secure context) and in Node, so both make the same file.
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}
