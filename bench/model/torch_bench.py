"""PyTorch baseline for `npm run bench:model`: the identical GPT (pre-LN, learned positions,
tanh-GELU MLP, causal attention, head tied to wte; parameter names as dissect's safetensors), timed on
the same workloads as `dissect bench model`: a training step (forward, per-token log-probs, backward,
grad-norm clipping, AdamW) on a [B, T] batch, KV-cached batched sampling of `prompts` x `new_tokens`,
and one no-grad log-prob pass. Prints one JSON object.

With --check DIR it instead loads a dissect checkpoint (model.safetensors + config.json) and prints the
per-token log-probs of the token rows given with --tokens, so tests can compare the two engines.
"""
import argparse
import json
import math
import struct
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, d, nh, dmlp):
        super().__init__()
        self.nh = nh
        self.ln_1 = nn.LayerNorm(d)
        self.attn = nn.Module()
        self.attn.c_attn = nn.Linear(d, 3 * d)
        self.attn.c_proj = nn.Linear(d, d)
        self.ln_2 = nn.LayerNorm(d)
        self.mlp = nn.Module()
        self.mlp.c_fc = nn.Linear(d, dmlp)
        self.mlp.c_proj = nn.Linear(dmlp, d)

    def attend(self, x, cache=None, pos=None):
        B, T, C = x.shape
        q, k, v = self.attn.c_attn(x).split(C, dim=2)
        hs = C // self.nh
        q = q.view(B, T, self.nh, hs).transpose(1, 2)  # (B, nh, T, hs)
        k = k.view(B, T, self.nh, hs).transpose(1, 2)
        v = v.view(B, T, self.nh, hs).transpose(1, 2)
        if cache is not None:  # T new tokens at positions pos..pos+T-1; cache (2, B, nh, maxT, hs)
            cache[0][:, :, pos : pos + T] = k
            cache[1][:, :, pos : pos + T] = v
            k = cache[0][:, :, : pos + T]
            v = cache[1][:, :, : pos + T]
            att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(hs))
            if T > 1:
                mask = torch.ones(T, pos + T, dtype=torch.bool).tril(diagonal=pos)
                att = att.masked_fill(~mask, float("-inf"))
        else:
            att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(hs))
            mask = torch.ones(T, T, dtype=torch.bool).tril()
            att = att.masked_fill(~mask, float("-inf"))
        att = F.softmax(att, dim=-1)
        y = (att @ v).transpose(1, 2).contiguous().view(B, T, C)
        return self.attn.c_proj(y)

    def forward(self, x, cache=None, pos=None):
        x = x + self.attend(self.ln_1(x), cache, pos)
        x = x + self.mlp.c_proj(F.gelu(self.mlp.c_fc(self.ln_2(x)), approximate="tanh"))
        return x


class GPT(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        d = cfg["dModel"]
        self.wte = nn.Embedding(cfg["vocabSize"], d)
        self.wpe = nn.Embedding(cfg["contextLength"], d)
        self.h = nn.ModuleList([Block(d, cfg["nHeads"], cfg["dMlp"]) for _ in range(cfg["nLayers"])])
        self.ln_f = nn.LayerNorm(d)
        for name, p in self.named_parameters():
            if name.endswith("bias"):
                nn.init.zeros_(p)
            elif "ln_" in name:
                nn.init.ones_(p)
            else:
                std = 0.02 / math.sqrt(2 * cfg["nLayers"]) if name.endswith("c_proj.weight") else 0.02
                nn.init.normal_(p, 0.0, std)

    def forward(self, idx, caches=None, pos=0):
        B, T = idx.shape
        x = self.wte(idx) + self.wpe(torch.arange(pos, pos + T))
        for i, blk in enumerate(self.h):
            x = blk(x, caches[i] if caches is not None else None, pos)
        return self.ln_f(x) @ self.wte.weight.t()  # tied head, (B, T, V)


def token_logp(model, idx, temperature=1.0):
    logits = model(idx)[:, :-1] / temperature
    return torch.log_softmax(logits, dim=-1).gather(-1, idx[:, 1:, None]).squeeze(-1)


@torch.no_grad()
def sample(model, prompts, new_tokens):
    cfg = model.cfg
    B, P = prompts.shape
    d, nh = cfg["dModel"], cfg["nHeads"]
    maxT = P + new_tokens
    caches = [torch.zeros(2, B, nh, maxT, d // nh) for _ in range(cfg["nLayers"])]
    out = []
    logits = model(prompts, caches, 0)  # prefill the whole prompt in one call, as dissect does
    for t in range(P, maxT):
        probs = torch.softmax(logits[:, -1], dim=-1)
        nxt = torch.multinomial(probs, 1)
        out.append(nxt)
        if t + 1 < maxT:
            logits = model(nxt, caches, t)
    return torch.cat(out, dim=1)


def load_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, e in header.items():
        if name == "__metadata__":
            continue
        s, t = e["data_offsets"]
        out[name] = torch.frombuffer(bytearray(data[s:t]), dtype=torch.float32).reshape(e["shape"])
    return out


def blas_library():
    """The libblas.so.3 that Debian's alternatives point at (torch 1.13 from Debian uses the system BLAS)."""
    import glob
    import os

    for p in glob.glob("/usr/lib/*/libblas.so.3"):
        return os.path.realpath(p)
    return "unknown"


def median(xs):
    xs = sorted(xs)
    m = len(xs) // 2
    return xs[m] if len(xs) % 2 else (xs[m - 1] + xs[m]) / 2


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vocab", type=int, default=64)
    ap.add_argument("--ctx", type=int, default=256)
    ap.add_argument("--d-model", type=int, default=128)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--prompts", type=int, default=64)
    ap.add_argument("--prompt-length", type=int, default=16)
    ap.add_argument("--new-tokens", type=int, default=240)
    ap.add_argument("--train-steps", type=int, default=3)
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--check", help="dissect checkpoint dir: print log-probs of --tokens rows and exit")
    ap.add_argument("--tokens", help="JSON list of equal-length token rows (with --check)")
    ap.add_argument("--temperature", type=float, default=1.0)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)

    if a.check:
        cfg = json.load(open(f"{a.check}/config.json"))
        model = GPT(cfg)
        missing, unexpected = model.load_state_dict(load_safetensors(f"{a.check}/model.safetensors"), strict=True), None
        idx = torch.tensor(json.loads(a.tokens), dtype=torch.long)
        with torch.no_grad():
            lp = token_logp(model, idx, a.temperature)
        print(json.dumps({"logp": lp.tolist()}))
        return

    cfg = {"vocabSize": a.vocab, "contextLength": a.ctx, "dModel": a.d_model, "nLayers": a.layers, "nHeads": a.heads, "dMlp": 4 * a.d_model}
    model = GPT(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-4, weight_decay=0.01)
    idx = torch.randint(0, a.vocab, (a.batch, a.ctx))

    def step():
        loss = -token_logp(model, idx).mean()
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()

    step()
    steps, lps, tps, cpu_steps, cpu_tps = [], [], [], [], []
    prompts = torch.randint(0, a.vocab, (a.prompts, a.prompt_length))
    for _ in range(a.repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(a.train_steps):
            step()
        steps.append((time.perf_counter() - t0) / a.train_steps)
        cpu_steps.append((time.process_time() - c0) / a.train_steps)
        t0 = time.perf_counter()
        with torch.no_grad():
            token_logp(model, idx)
        lps.append(time.perf_counter() - t0)
        t0, c0 = time.perf_counter(), time.process_time()
        out = sample(model, prompts, a.new_tokens)
        tps.append(out.numel() / (time.perf_counter() - t0))
        cpu_tps.append(out.numel() / (time.process_time() - c0))
    s = median(steps)
    print(json.dumps({
        "engine": "pytorch",
        "engine_detail": f"torch {torch.__version__}, {torch.get_num_threads()} threads, BLAS: {blas_library()}",
        "threads": torch.get_num_threads(),
        "parameters": sum(p.numel() for p in model.parameters()),
        "train_tokens_per_s": a.batch * a.ctx / s,
        "train_step_ms": 1000 * s,
        "train_step_cpu_ms": 1000 * median(cpu_steps),
        "sample_tokens_per_s": median(tps),
        "sample_tokens_per_cpu_s": median(cpu_tps),
        "logprob_ms": 1000 * median(lps),
    }))


if __name__ == "__main__":
    sys.exit(main())
