import { createServer, type Server } from 'node:http';

/** A server on another origin (another loopback port) that serves whatever page a test sets. */
export async function hostServer(): Promise<{ origin: string; setPage: (path: string, html: string) => void; close: () => Promise<void> }> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // The browser asks any host for its icon; a host page's icon is not ours to test.
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const html = pages.get(path);
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    setPage: (path, html) => pages.set(path, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
