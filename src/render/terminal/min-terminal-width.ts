/** The narrowest layout the terminal reports use: a narrower terminal gets this one. */
export const MIN_TERMINAL_WIDTH = 24;
