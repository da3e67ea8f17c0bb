/**
 * The urgency (1 most urgent … 9 least, 5 normal, as NewsML-G2 `urgency`
 * and NITF `ed-urg` count it) of an ANPA-1312 priority code
 * (docs: wire-formats §1.1, AP's meanings). Codes not listed leave the
 * urgency out. IPTC-7901 priorities are already digits, 1 most urgent, and
 * are taken as they are.
 */
export const ANPA_PRIORITY_URGENCY: Readonly<Record<string, number>> = {
  /** Flash: the most urgent news there is. */
  f: 1,
  /** Bulletin: a first short take of major news. */
  b: 2,
  /** Urgent. */
  u: 3,
  /** Regular copy: normal urgency. */
  r: 5,
  /** Weekday and Sunday advances: held for later release. */
  a: 6,
  s: 6,
  /** Deferred copy. */
  d: 7,
  h: 7,
  /** Rerun of an earlier transmission. */
  y: 8,
};
