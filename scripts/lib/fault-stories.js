// Synthetic wire stories for scripts/faults.js, written for it (no real copy): enough of them,
// in enough folders, that a kill or a folder swap lands in the middle of a run.

const PLACES = ['PORTVILLE', 'LAKESIDE', 'NORTH BAY', 'HILLCREST', 'RIVERTON', 'OLD HARBOUR'];
const TOPICS = [
  ['Harbour Council Extends Curfew', 'the harbour council voted to extend the curfew by a month'],
  ['Grain Shipments Fall Short', 'grain shipments fell short of the forecast for a third week'],
  ['Rail Line Reopens After Storm', 'the coastal rail line reopened after a week of repairs'],
  ['School Board Delays Vote', 'the school board delayed its vote on the new timetable'],
  ['Fishing Fleet Stays in Port', 'the fishing fleet stayed in port as the gale warning held'],
];

/** `count` stories as { 'dN/story-I.txt': text }, spread over six folders. */
export function storyFiles(count) {
  const files = {};
  for (let index = 0; index < count; index++) {
    const [title, lead] = TOPICS[index % TOPICS.length];
    const place = PLACES[index % PLACES.length];
    const paragraphs = Array.from(
      { length: 6 + (index % 5) },
      (_, n) =>
        `Paragraph ${n + 1} of story ${index}: officials said the matter would be reviewed again next week, and residents were asked to follow the notices posted at the town hall.`,
    );
    files[`d${index % 6}/story-${index}.txt`] =
      `${title} (${index})\n\nBy Alex Example, Example News\n\n${place}, March ${1 + (index % 28)} (Example News) - Officials said ${lead}.\n\n${paragraphs.join('\n\n')}\n`;
  }
  return files;
}
