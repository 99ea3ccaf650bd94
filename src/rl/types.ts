/**
 * Shared shapes of the RL core. Per-token arrays are row-major [B,T] (`B` rows of `T` tokens) with
 * index `b*T + t`; per-sample arrays have length B. Inputs may be Float32Array (what the model returns)
 * or Float64Array; every computation and every output is float64.
 */

/** A per-token array of B*T numbers, row-major [B,T]. */
export type TokenArray = Float32Array | Float64Array | ArrayLike<number>;

/** Metric name -> value; names follow verl (`actor/pg_loss`, `critic/kl`) or the paper (`zero_adv/*`). */
export type Metrics = Record<string, number>;

/**
 * A scalar loss over a batch and its gradient with respect to each token's log-prob.
 * `grad[b*T+t] = dLoss/dlogp[b,t]`; it is 0 wherever the mask is 0.
 */
export interface LossResult {
  loss: number;
  /** dLoss/dlogp, [B,T]. */
  grad: Float64Array;
  metrics: Metrics;
}

/** Group (prompt) identifier of a sample, as verl's `uid`. */
export type Uid = string | number;
