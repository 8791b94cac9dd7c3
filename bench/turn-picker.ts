/** One conversation the HTTP bench drives: its credentials, its script and whether a turn of it is on the wire. */
export type BenchConversation = {
  id: string;
  token: string;
  script: string[];
  step: number;
  /** A turn was sent and its answer has not come back (or never will: a request left behind by a timeout or the end of a phase). */
  inFlight: boolean;
};

export type TurnPicker = {
  /** The next conversation, in turn, with no turn in flight, now marked in flight; null when every one has one. */
  next(): BenchConversation | null;
  /** The answer to `c`'s turn came back. */
  answered(c: BenchConversation): void;
};

/**
 * Conversations in turn for the bench's load generator, never one that already has a turn in flight:
 * two turns of one conversation at once race for its state and one gets 409, which is a fault of
 * the load, not of the server. Round robin alone does not ensure it: a slow answer (or one that
 * timed out and was given up while the server still works on it) is overtaken by the rest.
 */
export function createTurnPicker(list: BenchConversation[]): TurnPicker {
  let n = 0;
  return {
    next() {
      for (let k = 0; k < list.length; k++) {
        const c = list[(n + k) % list.length];
        if (c && !c.inFlight) {
          n = (n + k + 1) % list.length;
          c.inFlight = true;
          return c;
        }
      }
      return null;
    },
    answered(c) {
      c.inFlight = false;
    },
  };
}
