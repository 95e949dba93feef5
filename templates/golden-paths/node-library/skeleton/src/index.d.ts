/** Durations as people write them ("90s", "1h30m", "2d") in milliseconds; a RangeError otherwise. */
export declare function parseDuration(text: string): number;
