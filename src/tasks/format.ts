/**
 * The chat format of the embedded model. A prompt is the user turn followed by the assistant marker;
 * the model then writes `<think>...</think>` and the final answer in `\boxed{}`, and ends with EOS:
 *
 *   <|user|>Compute 3+4*2-5 mod 10.<|assistant|><think>3+4*2-5=3+8-5=1-5=6
 *   </think>\boxed{6}<|endoftext|>
 *
 * Every special marker is a single token (src/tasks/tokenizer.ts).
 */
import { ASSISTANT, EOS, USER } from './tokenizer.js';

/** The model prompt for a problem: `<|user|>{problem}<|assistant|>`. */
export function formatPrompt(problem: string): string {
  return `${USER}${problem}${ASSISTANT}`;
}

/** One chat message (OpenAI shape, text content only). */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/**
 * Render a conversation with the same template: system and user turns as `<|user|>{content}`,
 * assistant turns as `<|assistant|>{content}<|endoftext|>`, then `<|assistant|>` for the reply.
 * A single user message gives exactly {@link formatPrompt} of its content.
 */
export function formatChat(messages: readonly ChatMessage[]): string {
  let s = '';
  for (const m of messages) {
    if (m.role === 'assistant') s += `${ASSISTANT}${m.content}${EOS}`;
    else s += `${USER}${m.content}`;
  }
  return `${s}${ASSISTANT}`;
}
