/** Most worker threads `--jobs` or `options.jobs` may ask for: each costs memory and start-up. */
export const MAX_JOBS = 256;
