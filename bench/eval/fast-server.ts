/**
 * A fast OpenAI-compatible server for `npm run bench:eval`: answers every request at once with a short
 * boxed answer (after argv[2] ms, default 0). Prints its URL on stdout; exits when stdin closes (so it
 * never outlives the bench).
 */
import { startFakeOpenAI } from '../../src/eval/testing/fake-openai.js';

const delayMs = Number(process.argv[2] ?? 0);
const s = await startFakeOpenAI((r) => ({
  delayMs,
  content: `<think>short</think> The answer is \\boxed{${r.seed !== null && r.seed % 2 ? '204' : '7'}}.`,
  completionTokens: 12,
}));
process.stdout.write(`${s.url}\n`);
process.stdin.resume();
process.stdin.on('end', () => void s.close().then(() => process.exit(0)));
process.stdin.on('close', () => void s.close().then(() => process.exit(0)));
