import Fastify from 'fastify';

/** The S1 baseline: bare Fastify answering a small JSON object. */
const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
