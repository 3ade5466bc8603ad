// Publishing windows on the wall clock (CW-7): kept apart from the policy schema and the record reader so
// that the schema does not pull the reader into bundles, nor the queries zod.

/**
 * Minutes after midnight of a wall-clock time `HH:MM` (`24:00` is 1440).
 *
 * @example
 * minutesOf('20:30') //=> 1230
 */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * Whether a wall-clock time (minutes after midnight in the policy's time zone) falls in one of the
 * windows; a channel without windows accepts every time.
 *
 * @example
 * inPublishingWindow([{ from: '20:00', to: '22:00' }], 21 * 60) //=> true
 */
export function inPublishingWindow(windows: ReadonlyArray<{ readonly from: string; readonly to: string }> | undefined, minuteOfDay: number): boolean {
  return !windows || windows.length === 0 || windows.some((win) => minuteOfDay >= minutesOf(win.from) && minuteOfDay < minutesOf(win.to));
}
