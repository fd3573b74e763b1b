/**
 * npm run serve — serves dist/ on localhost the way a production host should: clean URLs,
 * the CSP as a header, long-lived caching for hashed files and revalidation for the rest.
 * Options: --port N (default 4173, or PORT), --dir DIR (default dist).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CSP_FILE, CSP_HEADER } from '../src/app/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Hashed names never change content, so they may be cached for a year; everything else revalidates. */
export function cacheControl(path: string): string {
  if (/^\/assets\//.test(path) || /^\/packs\/[a-z]+\.[0-9a-f]{10}\.json$/.test(path) || /^\/packs\/[a-z]+\/slice\.[0-9a-f]{12}\.json$/.test(path))
    return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);
const compressed = new Map<string, { mtime: number; br: Buffer; gzip: Buffer }>();

/** Brotli or gzip, as any CDN would send: the sizes a phone really downloads. Cached per file. */
function encodedBody(file: string, acceptEncoding: string): { body: Buffer; encoding?: string } {
  const raw = readFileSync(file);
  if (!COMPRESSIBLE.has(extname(file))) return { body: raw };
  const mtime = statSync(file).mtimeMs;
  let entry = compressed.get(file);
  if (!entry || entry.mtime !== mtime) {
    entry = {
      mtime,
      br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzip: gzipSync(raw, { level: 9 }),
    };
    compressed.set(file, entry);
  }
  if (/\bbr\b/.test(acceptEncoding)) return { body: entry.br, encoding: 'br' };
  if (/\bgzip\b/.test(acceptEncoding)) return { body: entry.gzip, encoding: 'gzip' };
  return { body: raw };
}

export class BadRequest extends Error {}

/** The file for a URL path inside `dir`, or undefined. Malformed paths are a BadRequest. */
export function resolveFile(dir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new BadRequest(`malformed percent-encoding in ${JSON.stringify(urlPath.slice(0, 80))}`);
  }
  if (decoded.includes('\0')) throw new BadRequest('NUL in path');
  const clean = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  // The HSDS API is static JSON: /hsds/services answers from hsds/services.json.
  const candidates = [join(dir, clean), join(dir, clean, 'index.html'), join(dir, `${clean}.html`), join(dir, clean, 'index.json'), join(dir, `${clean}.json`)];
  return candidates.find((f) => (f === dir || f.startsWith(dir + sep)) && existsSync(f) && statSync(f).isFile());
}

export function startServer(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const root = resolve(dir);
  // The build's policy allows its inline stylesheet by hash; an older dist has none.
  const cspFile = join(root, CSP_FILE);
  const csp = existsSync(cspFile) ? readFileSync(cspFile, 'utf8').trim() : CSP_HEADER;
  const server = createServer((req, res) => {
    try {
      respond(root, csp, req, res);
    } catch (err) {
      // One bad request must never take the server down for everyone else.
      if (res.headersSent) return void res.destroy();
      const bad = err instanceof BadRequest;
      res.writeHead(bad ? 400 : 500, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CSP_HEADER });
      res.end(bad ? 'Bad request' : 'Server error');
      if (!bad) console.error(err);
    }
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

function respond(root: string, csp: string, req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed');
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      throw new BadRequest('malformed URL');
    }
    const file = resolveFile(root, url.pathname);
    const headers: Record<string, string> = {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'geolocation=(), camera=(), microphone=(), interest-cohort=()',
    };
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    headers['Content-Type'] = TYPES[extname(file)] ?? 'application/octet-stream';
    headers['Cache-Control'] = cacheControl(url.pathname);
    // Other directories read the HSDS API from their own pages: it is public data, open to any origin.
    if (url.pathname === '/hsds' || url.pathname.startsWith('/hsds/')) headers['Access-Control-Allow-Origin'] = '*';
    if (url.pathname === '/sw.js') headers['Service-Worker-Allowed'] = '/';
    // A leaflet carries its own stricter policy (nothing but its hashed style and data: fonts);
    // the app's policy would block that style, so only framing is restricted here.
    if (url.pathname.startsWith('/leaflets/')) headers['Content-Security-Policy'] = "frame-ancestors 'none'";
    const { body, encoding } = encodedBody(file, String(req.headers['accept-encoding'] ?? ''));
    if (encoding) headers['Content-Encoding'] = encoding;
    headers['Vary'] = 'Accept-Encoding';
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const port = Number(arg('port') ?? process.env.PORT ?? 4173);
  const dir = arg('dir') ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`Nothing to serve in ${dir}/. Run npm run build first (or npm start to build and serve).`);
    process.exit(1);
  }
  await startServer(dir, port, arg('host') ?? '127.0.0.1');
  console.log(`SafeRoute is being served at http://localhost:${port}/  (Ctrl+C to stop)`);
}
