export interface FloodLimits {
  maxMessages: number;
  windowMs: number;
  muteMs: number;
}

/** "ok": handle it; "warn": tell them once to slow down; "ignore": drop it silently (already warned). */
export type FloodVerdict = "ok" | "warn" | "ignore";

interface Track {
  times: number[];
  mutedUntil: number;
}

/**
 * Per chat account flood limit, in memory: a person sending faster than a human can type gets one polite warning
 * and is ignored for a while. Each account has its own window, so nobody else is slowed down. Per process: with
 * several instances each applies it to the updates it receives, which is enough against a stuck key or a script.
 */
export class FloodGuard {
  private readonly tracks = new Map<string, Track>();
  private lastSweep = 0;

  constructor(private readonly limits: FloodLimits) {}

  check(key: string, now: Date): FloodVerdict {
    const t = now.getTime();
    this.sweep(t);
    let track = this.tracks.get(key);
    if (!track) {
      track = { times: [], mutedUntil: 0 };
      this.tracks.set(key, track);
    }
    if (t < track.mutedUntil) return "ignore";
    const from = t - this.limits.windowMs;
    track.times = track.times.filter((x) => x > from);
    track.times.push(t);
    if (track.times.length <= this.limits.maxMessages) return "ok";
    track.mutedUntil = t + this.limits.muteMs;
    track.times = [];
    return "warn";
  }

  /** Forgets quiet accounts now and then, so the map does not grow with every person ever seen. */
  private sweep(t: number): void {
    if (t - this.lastSweep < this.limits.windowMs) return;
    this.lastSweep = t;
    for (const [key, track] of this.tracks) {
      const last = track.times.at(-1) ?? 0;
      if (track.mutedUntil <= t && last <= t - this.limits.windowMs) this.tracks.delete(key);
    }
  }
}
