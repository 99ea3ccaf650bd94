/**
 * `dissect serve`: an OpenAI-compatible HTTP server over a {@link Generator} on node:http (chosen by
 * measurement over fastify, docs/decisions.md). Routes: `GET /v1/models`,
 * `POST /v1/chat/completions`, `POST /v1/completions`, `GET /health`.
 *
 * Robustness: bodies over `maxBodyBytes` get 413 and the socket is not read further; malformed JSON
 * and invalid fields get 400 with the OpenAI error shape; unknown routes 404; a failing request never
 * takes the server down (every handler is wrapped and errors become 500 responses).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomInt } from 'node:crypto';
import { type Generator, GenerateError } from './generator.js';
import { ApiError, type ApiLimits, chatResponse, completionResponse, parseChatRequest, parseCompletionRequest } from './openai.js';

/** Options of {@link createApiServer}. */
export interface ApiServerOptions {
  /** Model id reported by `/v1/models` and echoed in responses. Requests may name any model. Default `dissect`. */
  modelName?: string;
  /** Largest request body in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Limits; `maxTokens` defaults to the generator's context length. */
  limits?: Partial<ApiLimits>;
}

/** A running server. */
export interface ApiServer {
  /** Base URL ending in `/v1`, e.g. `http://127.0.0.1:8000/v1`. */
  readonly url: string;
  readonly port: number;
  /** Stop accepting, finish open requests, close. */
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new ApiError(413, `request body of ${declared} bytes exceeds the limit of ${limit}`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (c: Buffer) => {
      if (failed) return;
      size += c.length;
      if (size > limit) {
        failed = true;
        reject(new ApiError(413, `request body exceeds the limit of ${limit} bytes`));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (e) => {
      if (!failed) reject(e);
    });
  });
}

/** Start serving `generator` on host:port (port 0 = any free port). */
export async function createApiServer(generator: Generator, host = '127.0.0.1', port = 0, options: ApiServerOptions = {}): Promise<ApiServer> {
  const modelName = options.modelName ?? 'dissect';
  const maxBody = options.maxBodyBytes ?? 1 << 20;
  const limits: ApiLimits = { maxTokens: generator.contextLength, maxN: 128, maxPrompts: 64, ...options.limits };
  const created = Math.floor(Date.now() / 1000);
  const seed = () => randomInt(0, 2 ** 31);

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = (req.url ?? '/').split('?')[0].replace(/\/+$/, '') || '/';
    if (req.method === 'GET' && (url === '/v1/models' || url === '/models')) {
      send(res, 200, { object: 'list', data: [{ id: modelName, object: 'model', created, owned_by: 'dissect' }] });
      return;
    }
    if (req.method === 'GET' && url.startsWith('/v1/models/')) {
      const id = decodeURIComponent(url.slice('/v1/models/'.length));
      if (id !== modelName) throw new ApiError(404, `model '${id}' does not exist`, 'model', 'invalid_request_error', 'model_not_found');
      send(res, 200, { id: modelName, object: 'model', created, owned_by: 'dissect' });
      return;
    }
    if (req.method === 'GET' && url === '/health') {
      send(res, 200, { status: 'ok' });
      return;
    }
    const chat = url === '/v1/chat/completions' || url === '/chat/completions';
    const completions = url === '/v1/completions' || url === '/completions';
    if (!chat && !completions) throw new ApiError(404, `no route ${req.method ?? ''} ${url}`);
    if (req.method !== 'POST') throw new ApiError(405, `${url} accepts POST only`);
    const text = await readBody(req, maxBody);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (e) {
      throw new ApiError(400, `request body is not valid JSON: ${(e as Error).message}`);
    }
    const parsed = chat ? parseChatRequest(body, limits, seed) : parseCompletionRequest(body, limits, seed);
    parsed.model = modelName;
    const results = await Promise.all(parsed.requests.map((r) => generator.generate(r)));
    const id = `${chat ? 'chatcmpl' : 'cmpl'}-${randomBytes(12).toString('hex')}`;
    const now = Math.floor(Date.now() / 1000);
    send(res, 200, chat ? chatResponse(id, now, parsed, results) : completionResponse(id, now, parsed, results));
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      let err: ApiError;
      if (e instanceof ApiError) err = e;
      else if (e instanceof GenerateError) err = new ApiError(400, e.message, e.param);
      else err = new ApiError(500, `internal error: ${(e as Error)?.message ?? String(e)}`);
      if (err.status === 413) res.setHeader('connection', 'close');
      send(res, err.status, err.body());
      if (err.status === 413) req.destroy();
    });
  });
  server.requestTimeout = 10 * 60_000;
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shownHost}:${addr.port}/v1`,
    port: addr.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
