const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

/** Milliseconds from `now` to the next `hour`:00 in Asia/Shanghai (UTC+8 all year); a full day when it is that instant. */
export function msUntilNextShanghaiHour(now: Date, hour: number): number {
  const local = now.getTime() + SHANGHAI_OFFSET_MS;
  const todayAt = Math.floor(local / DAY_MS) * DAY_MS + hour * 3_600_000;
  const next = todayAt > local ? todayAt : todayAt + DAY_MS;
  return next - local;
}

/**
 * Runs `task` every day at `hour`:00 Asia/Shanghai, as EventBridge Scheduler does in AWS. Each run is armed after the
 * previous one, so a slow run never overlaps the next; a failing run is reported and the timer goes on. The timer
 * does not keep the process alive. Returns a function that stops it.
 */
export function scheduleDaily(
  hour: number,
  task: (firedAt: Date) => Promise<void>,
  options: { now?: () => Date; onError?: (error: unknown) => void } = {},
): () => void {
  const now = options.now ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const arm = () => {
    if (stopped) return;
    timer = setTimeout(
      () => {
        task(now())
          .catch((error: unknown) => options.onError?.(error))
          .finally(arm);
      },
      msUntilNextShanghaiHour(now(), hour),
    );
    timer.unref();
  };
  arm();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
