/**
 * Synthetic wire stories, one per convention, written for these tests (no
 * corpus prose). The property tests mutate them; the fixtures under
 * `fixtures/` are mutated too when present.
 */
export const STORIES: Record<string, string> = {
  reutersDateline: `Harbour Council Extends Curfew as Talks Drag On

By Alex Example

PORTVILLE, March 3 (Reuters) - The harbour council voted on Tuesday to extend
the curfew by another month, officials said.

"We expect the figures to settle," a spokeswoman said.

(Reporting by Alex Example; Editing by Sam Sample)
`,
  apCapsByline: `Storm closes mountain passes

By JANE MCDONALD and PIETER VAN DER BERG
Associated Press

DENVER (AP) — Snow closed three mountain passes on Sunday, stranding drivers.

The state transport office said crews would work through the night.

Copyright 2024 The Associated Press. All rights reserved.
`,
  webPaste: `Company News
Grain Traders Brace for Dry Season

ADVERTISEMENT

A view of the harbour at dawn. Photographer: Alex Example/Bloomberg

(Bloomberg) -- Grain traders said on Monday they expect a thin season.

Story continues below

Prices rose 2% in early trade.

--With assistance from Sam Sample.

©2024 Bloomberg L.P.
`,
  reuters1987: `CANAL TRAFFIC RECOVERS AFTER STRIKE
    PORTVILLE, March 3 - Canal traffic recovered on Tuesday after a
three-day strike, port officials said.
    The officials said 40 ships passed the locks.
                        Mon     Tue     Wed
    Ships               12      40      38
    Tonnage             1.2     4.0     3.9
 Reuter
`,
  notesAndList: `(Updates with minister's comments)

Ministry Revises Forecast

BERLIN, May 5 (dpa) - The ministry revised its forecast:

- exports down 2%
- imports flat

Eds: Adds background.
`,
};
