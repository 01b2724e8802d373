import http from 'node:http';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

/** One request a link target server received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  userAgent: string;
  /** When it arrived, in milliseconds (performance.now()). */
  at: number;
}

/** A local web server standing in for the sites content links to, and what it was asked. */
export interface LinkTargetServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 that answers by path: `/ok` 200, `/moved` 301 to `/ok`, `/moved-gone` 301
 * to `/gone`, `/temporary` 302 to `/ok`, `/gone` 404, `/error` 500, `/head-refused` 405 to HEAD and 200 to
 * GET, `/loop` redirects to itself, and `/hang` accepts the request and never answers. Anything else is 200;
 * a query string does not change the answer.
 */
export async function startLinkTargetServer(): Promise<LinkTargetServer> {
  const received: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    received.push({
      method: request.method ?? '',
      path,
      userAgent: request.headers['user-agent'] ?? '',
      at: performance.now(),
    });
    const route = path.split('?')[0];
    const redirect = (status: number, location: string) => response.writeHead(status, { location }).end();
    if (route === '/hang') return;
    if (route === '/moved') return redirect(301, '/ok');
    if (route === '/moved-gone') return redirect(301, '/gone');
    if (route === '/temporary') return redirect(302, '/ok');
    if (route === '/loop') return redirect(308, '/loop');
    if (route === '/gone') return response.writeHead(404).end('not here');
    if (route === '/error') return response.writeHead(500).end('broken');
    if (route === '/head-refused' && request.method === 'HEAD') return response.writeHead(405).end();
    response.writeHead(200, { 'content-type': 'text/html' }).end('<p>fine</p>');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        // The hanging requests would keep the server open for ever.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
