/** Time is injected (eVaka EvakaClock) so that domain code never reads the system clock itself. */
export interface Clock {
  now(): Date;
  /** Today's date in Finland, YYYY-MM-DD. */
  today(): string;
}

const fiDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => fiDate.format(new Date()),
};

/** A clock fixed at a moment, for tests and reproducible demo data. */
export function fixedClock(iso: string): Clock & { set(iso: string): void } {
  let t = new Date(iso);
  return {
    now: () => new Date(t),
    today: () => fiDate.format(t),
    set: (s: string) => (t = new Date(s)),
  };
}
