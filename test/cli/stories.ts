/** Synthetic wire stories for the CLI tests, written for them (no real copy). */

import type { ConvertSettings } from '../../src/cli/convert.js';

/** A Reuters-style story: noise line, headline, byline, dateline, credits. */
export const PIER = `ADVERTISEMENT

Harbour Council Votes to Rebuild Old Pier

By Maria Lindqvist, Reuters

OSLO, March 3 (Reuters) - The harbour council voted on Tuesday to rebuild the old wooden pier, ending a decade of debate over the crumbling landmark that fishermen and tourists share.

The work will start in spring and cost about 40 million crowns, the council said, with most of the money coming from the port's own reserves.

"We have waited long enough," the council leader told reporters after the vote.

Reporting by Maria Lindqvist; Editing by Tom Reyes
`;

/** An AP-style story with a capitals byline. */
export const ORCHARD = `Frost Threatens Apple Harvest in Valley Orchards

By PETER MCDONALD Associated Press

YAKIMA, Wash. (AP) — Growers in the valley lit smudge pots through the night as an early frost threatened the apple harvest, farm officials said Wednesday.

Officials said damage would not be known for several days.
`;

/** A story with no headline-like first line, so copydesk warns. */
export const NO_HEADLINE = `the committee met on tuesday and discussed, at great length and without any conclusion, the various proposals that had been put forward by members over the previous months, including the one about the bridge.
`;

/** Conversion settings for tests that call the converter or the pool directly: NDJSON, no lexicon rows. */
export const NDJSON_SETTINGS: ConvertSettings = {
  format: 'ndjson',
  from: 'auto',
  frontMatter: false,
  date: undefined,
  colorLevel: 0,
  width: undefined,
  verbose: false,
  explain: false,
  lexicon: { agencies: [], noisePhrases: [], creditPhrases: [] },
  maxSize: 0,
};
