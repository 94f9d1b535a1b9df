// The collab server process: for now it answers health checks on COLLAB_PORT; the Yjs rooms,
// guard and persistence plug into this server (see DESIGN.md, "The guard").
import http from 'node:http';

const port = Number(process.env.COLLAB_PORT ?? 1234);

const server = http.createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/health') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
    return;
  }
  response
    .writeHead(404, { 'content-type': 'application/json' })
    .end(JSON.stringify({ error: { code: 'not_found', message: 'The collaboration server only answers /health here.' } }));
});

server.on('upgrade', (_request, socket) => {
  socket.end('HTTP/1.1 503 Service Unavailable\r\n\r\n');
});

server.listen(port, () => console.log(`collab server listening on ws://localhost:${port}`));

function stop() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
