import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../scripts/serve';

let server: Server;
let port: number;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-'));
  mkdirSync(join(dir, 'en'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>root</title>');
  writeFileSync(join(dir, 'en', 'index.html'), '<!doctype html><title>en</title>');
  server = await startServer(dir, 0);
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

/** A raw request line, sent as written: no client library fixes it up first. */
function raw(line: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let out = '';
    socket.setTimeout(3000, () => socket.destroy());
    socket.on('data', (d) => (out += d.toString()));
    socket.on('close', () => resolve(out));
    socket.on('error', () => resolve(out));
  });
}

const status = (reply: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0);

function get(path: string): Promise<number> {
  return new Promise((resolve) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', () => resolve(0))
      .end();
  });
}

describe('the preview server under bad requests', () => {
  it('answers a malformed percent-encoding with 400 and keeps serving', async () => {
    expect(status(await raw('GET /%E0%A4%A HTTP/1.1'))).toBe(400);
    expect(await get('/en/')).toBe(200);
  });

  it('survives a bounded fuzz set of paths, methods and headers, answering each with a 4xx or 200', async () => {
    const lines = [
      'GET /%E0%A4%A HTTP/1.1',
      'GET /%ZZ HTTP/1.1',
      'GET /%00 HTTP/1.1',
      'GET /..%2F..%2Fetc%2Fpasswd HTTP/1.1',
      'GET /../../etc/passwd HTTP/1.1',
      'GET //en/ HTTP/1.1',
      'GET /en/%C0%AE%C0%AE/ HTTP/1.1',
      `GET /${'a'.repeat(5000)} HTTP/1.1`,
      'DELETE /en/ HTTP/1.1',
      'BREW /en/ HTTP/1.1',
      'GET http://evil.example/ HTTP/1.1',
      'GET /\u0000 HTTP/1.1',
      'GARBAGE',
    ];
    for (const line of lines) {
      const code = status(await raw(line));
      expect([200, 400, 404, 405], line.slice(0, 40)).toContain(code);
    }
    expect(status(await raw('GET /../../etc/passwd HTTP/1.1'))).not.toBe(200);
    expect(await get('/en/')).toBe(200);
  });
});
