/** How an item is placed in time (docs/scheduling.md). */
export const ItemState = {
  /** Cancelled, or inside a cancelled item: not scheduled (rule 6). */
  Cancelled: 0,
  /** No time of its own and no scheduled ancestor (rule 4). */
  Unscheduled: 1,
  /** Own time: a pin, a length, a milestone, or a scheduled child. */
  Scheduled: 2,
  /** No time of its own: takes the window of its nearest scheduled ancestor (rule 4). */
  Window: 3,
} as const;
export type ItemState = (typeof ItemState)[keyof typeof ItemState];

/** Which bounds `when` pins (rule 1). */
export const PinKind = {
  None: 0,
  /** Both the start and the end. */
  Both: 1,
  /** `{ start }` alone. */
  Start: 2,
  /** `{ end }` alone. */
  End: 3,
} as const;
export type PinKind = (typeof PinKind)[keyof typeof PinKind];

/** Whether an item in this state has dates. */
export function isPlaced(state: number): boolean {
  return state === ItemState.Scheduled || state === ItemState.Window;
}

/** Whether a pin fixes the start. */
export function pinsStart(kind: number): boolean {
  return kind === PinKind.Both || kind === PinKind.Start;
}

/** Whether a pin fixes the end. */
export function pinsEnd(kind: number): boolean {
  return kind === PinKind.Both || kind === PinKind.End;
}
