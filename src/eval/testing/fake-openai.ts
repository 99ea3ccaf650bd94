/**
 * A small OpenAI-compatible server and a fault-injecting HTTP proxy, both on 127.0.0.1, for the
 * evaluation tests and `npm run bench:eval`. Not a model: the caller decides each reply.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The parts of a completion request the reply function sees. */
export interface FakeRequest {
  route: 'chat' | 'completion';
  /** The user message (chat) or the prompt (completion). */
  prompt: string;
  seed: number | null;
  temperature: number | null;
  maxTokens: number | null;
  body: Record<string, unknown>;
}

/** A reply: content plus optional reasoning, finish reason and token counts. */
export interface FakeReply {
  content: string;
  reasoning?: string;
  finishReason?: string;
  completionTokens?: number;
  promptTokens?: number;
  /** Delay before answering, ms. */
  delayMs?: number;
  /** Answer with this HTTP status and an OpenAI-style error body instead (e.g. 400). */
  status?: number;
  /** When the request streams: pause this long after the first content chunk (a stall). */
  streamStallMs?: number;
}

/** A running server or proxy. */
export interface RunningServer {
  url: string;
  /** Requests received (completions only for the server; all for the proxy). */
  requests(): number;
  close(): Promise<void>;
}

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

function closeServer(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((r) => server.close(() => r()));
}

/** Start a fake OpenAI-compatible server answering with `reply(request)`. */
export async function startFakeOpenAI(reply: (r: FakeRequest) => FakeReply, opts: { model?: string } = {}): Promise<RunningServer> {
  let count = 0;
  const model = opts.model ?? 'fake-model';
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '';
      if (req.method === 'GET' && url.endsWith('/models')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ object: 'list', data: [{ id: model, object: 'model' }] }));
        return;
      }
      const route = url.endsWith('/chat/completions') ? 'chat' : url.endsWith('/completions') ? 'completion' : null;
      if (req.method !== 'POST' || route === null) {
        res.writeHead(404).end();
        return;
      }
      count++;
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        res.writeHead(400).end('bad json');
        return;
      }
      const messages = body.messages as Array<{ content: string }> | undefined;
      const prompt = route === 'chat' ? (messages?.[messages.length - 1]?.content ?? '') : String(body.prompt ?? '');
      const r = reply({
        route,
        prompt,
        seed: typeof body.seed === 'number' ? body.seed : null,
        temperature: typeof body.temperature === 'number' ? body.temperature : null,
        maxTokens: typeof body.max_tokens === 'number' ? body.max_tokens : null,
        body,
      });
      const usage = { prompt_tokens: r.promptTokens ?? 10, completion_tokens: r.completionTokens ?? 5, total_tokens: (r.promptTokens ?? 10) + (r.completionTokens ?? 5) };
      const choice =
        route === 'chat'
          ? { index: 0, message: { role: 'assistant', content: r.content, ...(r.reasoning !== undefined ? { reasoning_content: r.reasoning } : {}) }, finish_reason: r.finishReason ?? 'stop' }
          : { index: 0, text: r.content, finish_reason: r.finishReason ?? 'stop' };
      const out = JSON.stringify({ id: `cmpl-${count}`, object: route === 'chat' ? 'chat.completion' : 'text_completion', model, choices: [choice], usage });
      const send = () => {
        if (res.destroyed) return;
        if (r.status !== undefined && r.status !== 200) {
          res.writeHead(r.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: r.content, type: 'invalid_request_error' } }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(out);
      };
      const sendStream = () => {
        if (res.destroyed) return;
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        const ev = (o: unknown) => res.write(`data: ${JSON.stringify(o)}\n\n`);
        const piece = (text: string) =>
          route === 'chat' ? { choices: [{ index: 0, delta: { content: text }, finish_reason: null }] } : { choices: [{ index: 0, text, finish_reason: null }] };
        if (route === 'chat') ev({ choices: [{ index: 0, delta: { role: 'assistant' }, finish_reason: null }] });
        if (r.reasoning !== undefined && route === 'chat') ev({ choices: [{ index: 0, delta: { reasoning_content: r.reasoning }, finish_reason: null }] });
        const cut = Math.ceil(r.content.length / 2);
        ev(piece(r.content.slice(0, cut)));
        const rest = () => {
          if (res.destroyed) return;
          ev(piece(r.content.slice(cut)));
          ev(route === 'chat' ? { choices: [{ index: 0, delta: {}, finish_reason: r.finishReason ?? 'stop' }] } : { choices: [{ index: 0, text: '', finish_reason: r.finishReason ?? 'stop' }] });
          ev({ choices: [], usage });
          res.end('data: [DONE]\n\n');
        };
        if (r.streamStallMs) setTimeout(rest, r.streamStallMs);
        else rest();
      };
      const go = body.stream === true && !(r.status !== undefined && r.status !== 200) ? sendStream : send;
      if (r.delayMs) setTimeout(go, r.delayMs);
      else go();
    });
  });
  const url = await listen(server);
  return { url, requests: () => count, close: () => closeServer(server) };
}

/** What the proxy does with one request. */
export type Fault = 'ok' | 'http500' | 'reset' | 'stall';

/**
 * Start a proxy to `target` that applies `plan(i)` to its i-th request (0-based, every route):
 * `ok` forwards, `http500` answers 500, `reset` destroys the connection, `stall` holds it without a
 * reply until the client gives up (or `stallMs`, then destroys it).
 */
export async function startFaultProxy(target: string, plan: (i: number, route: string) => Fault, opts: { stallMs?: number } = {}): Promise<RunningServer> {
  let count = 0;
  const t = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const i = count++;
    const fault = plan(i, req.url ?? '');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (fault === 'http500') {
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"injected"}');
        return;
      }
      if (fault === 'reset') {
        req.socket.destroy();
        return;
      }
      if (fault === 'stall') {
        const timer = setTimeout(() => req.socket.destroy(), opts.stallMs ?? 30_000);
        req.socket.on('close', () => clearTimeout(timer));
        return;
      }
      const up = http.request(
        { host: t.hostname, port: t.port, path: req.url, method: req.method, headers: req.headers, agent },
        (ur) => {
          res.writeHead(ur.statusCode ?? 502, ur.headers);
          ur.pipe(res);
        },
      );
      up.on('error', () => res.destroy());
      up.end(Buffer.concat(chunks));
    });
  });
  const url = await listen(server);
  return {
    url,
    requests: () => count,
    close: async () => {
      agent.destroy();
      await closeServer(server);
    },
  };
}
