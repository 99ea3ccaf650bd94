import cliProgress from 'cli-progress';

/** A progress reporter; a no-op when not attached to a TTY or when quiet. */
export interface Progress {
  /** Advance to `value` (absolute) and update the named fields shown after the bar. */
  update(value: number, fields?: Record<string, string | number>): void;
  /** Change the total (e.g. when resuming). */
  setTotal(total: number): void;
  stop(): void;
}

export interface ProgressOptions {
  /** Label shown before the bar. */
  label: string;
  total: number;
  /** Force off (the `--quiet` flag). */
  quiet?: boolean;
  /** Names of extra fields to show, in order, as `name=value`. */
  fields?: string[];
  /** Stream to draw on; defaults to stderr so stdout stays machine-readable. */
  stream?: NodeJS.WriteStream;
}

/**
 * Progress bar with ETA on stderr (cli-progress). Off when `quiet` or when the stream is not a TTY,
 * so CI logs and pipes stay clean.
 */
export function createProgress(opts: ProgressOptions): Progress {
  const stream = opts.stream ?? process.stderr;
  if (opts.quiet || !stream.isTTY) {
    return { update() {}, setTotal() {}, stop() {} };
  }
  const extra = (opts.fields ?? []).map((f) => `${f}={${f}}`).join(' ');
  const bar = new cliProgress.SingleBar(
    {
      format: `${opts.label} [{bar}] {percentage}% {value}/{total} ETA {eta_formatted} ${extra}`,
      stream,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const empty: Record<string, string> = {};
  for (const f of opts.fields ?? []) empty[f] = '-';
  bar.start(opts.total, 0, empty);
  return {
    update: (v, fields) => bar.update(v, fields ?? {}),
    setTotal: (t) => bar.setTotal(t),
    stop: () => bar.stop(),
  };
}
