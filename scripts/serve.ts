// A tiny static server for dist/ (tests, benchmark and screenshots), loopback only.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.csv': 'text/csv; charset=utf-8', '.json': 'application/json', '.woff2': 'font/woff2',
  '.woff': 'font/woff', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml',
};

const cache = new Map<string, Buffer>();
function compressed(file: string, body: Buffer, encoding: 'br' | 'gzip'): Buffer {
  const key = `${encoding}:${file}:${body.length}`;
  if (!cache.has(key)) cache.set(key, encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 }));
  return cache.get(key)!;
}

/** Serves a folder on 127.0.0.1 at the given port (0: any free port); resolves with the server and its origin. */
export async function serveDist(root: string, port = 0): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      /* falls through to 404 below */
    }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Compress text as a static host would (brotli, else gzip), so timings reflect what readers get.
      const accept = String(req.headers['accept-encoding'] ?? '');
      const text = /^(text\/|application\/(json|xml)|image\/svg)/.test(type);
      if (text && /\bbr\b/.test(accept)) {
        res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'br', Vary: 'Accept-Encoding' });
        res.end(compressed(file, body, 'br'));
      } else if (text && /\bgzip\b/.test(accept)) {
        res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        res.end(compressed(file, body, 'gzip'));
      } else {
        res.writeHead(200, { 'Content-Type': type });
        res.end(body);
      }
    } catch {
      const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { server, origin: `http://127.0.0.1:${actual}` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { origin } = await serveDist(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4321));
  console.log(`serving on ${origin}`);
}
