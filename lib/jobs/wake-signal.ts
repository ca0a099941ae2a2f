/**
 * A sleep that can be cut short. A wake that arrives while nobody is sleeping is remembered, so
 * a notification sent while the runner is busy claiming is not lost: the next sleep returns at
 * once and the runner looks again.
 */
export function createWakeSignal() {
  let isWakePending = false;
  let resolveSleep: (() => void) | undefined;

  return {
    wake(): void {
      isWakePending = true;
      resolveSleep?.();
    },
    async sleep(ms: number): Promise<void> {
      if (!isWakePending) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        await new Promise<void>((resolve) => {
          resolveSleep = resolve;
          timer = setTimeout(resolve, ms);
        });
        clearTimeout(timer);
        resolveSleep = undefined;
      }
      isWakePending = false;
    },
  };
}
