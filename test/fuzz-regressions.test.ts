import { describe, expect, it } from 'vitest';
import type { ArticleJson } from '../src/render/json.js';
import { formatStory } from '../src/story.js';
import { checkInput } from './support/check-input.js';
import { loadValidator } from './support/schema.js';

const validate = loadValidator();
const bytes = (text: string) => new TextEncoder().encode(text);
/** The JSON of the first story `text` holds. */
const jsonOf = (text: string) => formatStory(text, { format: 'json' })[0]?.json as ArticleJson;

// Inputs the fuzzer (npm run fuzz) found breaking a property, reduced by hand. Each
// runs through every property again (test/support/check-input.ts).
describe('fuzz finds stay fixed', () => {
  it('takes credits appended to the line above a byline taken off the story’s last line', () => {
    // The fuzzer's input, as found (npm run fuzz, seed 777, case 40,059). The last paragraph's
    // last line (a lead whose agency tag holds a stray character, so no dateline) was read as
    // the byline; the credits appended to the line above it then closed the story, and the
    // Markdown read them back as credits, where the text had none.
    const story =
      'Harbourton ferry operator cuts winter timetable\nHarbourton ferry operator cuts winter timetable\n\n\n\nThe cuts take effect on Dec. 1, the company said. (Reporting by Jane Example Editing by Ann Model)\nHARBOURTON, Nov 8 (Reuters\ud88d\udc7a) - The ferry operator will run fewer sailings this winter because of lower demand, it said on Wednesday.';
    checkInput(bytes(story), validate);
  });

  it('removes a line printed twice when the copy heads the next paragraph, as the Markdown shows it apart', () => {
    // The fuzzer's input, as found (npm run fuzz, seed 5150, case 41,188): a byline-shaped
    // line printed twice, its copy glued over the next line. From the text the copy was the
    // byline; from the Markdown, where it stands apart, a duplicate of the line above.
    const story =
      'Jonas Ekdahl, Coastal DailyDec 22, 2023, 06:21 AM ET\n\nJonas Ekdahl, Coastal DailyDec 22, 2023, 06:21 AM ET\nH';
    const article = jsonOf(story);
    expect(article.byline).toBeNull();
    expect(article.removed.map((item) => item.reason)).toEqual(['duplicate']);
    checkInput(bytes(story), validate);
  });

  it('takes an update note left at the head of the lead once a byline line above it is cut off', () => {
    // The fuzzer's input, as found (npm run fuzz, seed 31130, case 96,483). A first line of
    // leftovers (an erased screen's escape codes) took the headline, and the next paragraph's
    // first line was read as a byline. The note under it, then at the head of the lead, stayed
    // in the body and hid the dateline; the Markdown prints the byline apart, and its reading
    // took both.
    const story =
      "\u001b[2J\u001b[3J\n\nMinistry Revises Forecast\n(Updates with minister's comments)\nBERLIN, May 5 (dpa) - The ministry revised its forecast:\n\n- exports down 2%\n\u001b[2J\u001b[3J- imports flat\n\nE";
    const article = jsonOf(story);
    expect(article.notes).toEqual(["(Updates with minister's comments)"]);
    expect(article.dateline?.text).toBe('BERLIN, May 5 (dpa) -');
    checkInput(bytes(story), validate);
  });

  it('removes furniture an update note leaves of its paragraph, as the Markdown shows it apart', () => {
    // `(Updates with …)` cut off its paragraph left `ADVERTISEMENT`, which the furniture
    // reader had seen glued to the note: it became the headline, and in the Markdown, where
    // it stands alone, it was furniture (npm run fuzz, seed 4242).
    const story =
      '(Updates with new figures)ADVERTISEMENT\n\nThe port reopened on Monday after the storm.\n';
    const article = jsonOf(story);
    expect(article.headline).toBeNull();
    expect(article.notes).toEqual(['(Updates with new figures)']);
    expect(article.removed.map((item) => item.text)).toContain('ADVERTISEMENT');
    checkInput(bytes(story), validate);
    checkInput(bytes('(Updates with )ADVERTISEMENT'), validate);
  });

  it('keeps a body paragraph that looks like a title line out of the byline on the round trip', () => {
    checkInput(
      bytes(
        'Storm closes passes\n\nAssociated Press\n\nSnow closed three passes.\n\nBy JANE MCDONALD and PIETER VAN DER BERG\n',
      ),
      validate,
    );
  });

  it('prints a caption and its credit with the separator they had', () => {
    checkInput(
      bytes('A view of the harbour at dawn. Photographer: Alex/ Example/Bloomberg\n'),
      validate,
    );
  });

  it('keeps the words of ANPA framing that holds no story text', () => {
    checkInput(Uint8Array.from([22, 22, 1, 99, 48, 52, 53, 53, 31]), validate);
  });

  it('does not split a word after the ANPA priority into a category', () => {
    checkInput(
      bytes(
        '\u0016\u0016\u0001f0412\u001freute\nu fa\u200db BC-HARBOUR-BOARD   03-09 0074\n\u0002',
      ),
      validate,
    );
  });

  it('reads a byline over a title line it does not recognise the same way on the round trip', () => {
    checkInput(
      bytes(
        "Fire sweeps\n\nBy JANE McDONALD and PETER O'NEILL\nAssociated Pi ress Writers\n\nCHATHAM, Mass. (AP) _ A fire swept\n",
      ),
      validate,
    );
  });

  it('does not split a word after SOH into a service letter and a story number', () => {
    checkInput(
      Uint8Array.from([
        22, 22, 1, 97, 226, 128, 48, 51, 48, 49, 31, 103, 110, 114, 108, 45, 10, 114, 32, 97, 19,
        17, 32, 66, 67, 45, 85, 83, 32, 48, 54, 45, 48, 50, 32, 48, 48, 54, 48, 10, 2, 94, 78, 101,
        119, 32, 98, 114, 105, 100, 103, 101, 60, 10, 3, 4,
      ]),
      validate,
    );
  });

  it('keeps C1 controls (Windows-1252 0x8D) out of a tabular ANPA story', () => {
    // A two-story capture read as Windows-1252 (it opens with a truncated UTF-8 sequence).
    checkInput(
      Uint8Array.from([
        226, 128, 22, 22, 1, 97, 48, 49, 48, 49, 31, 103, 110, 114, 108, 45, 10, 114, 32, 97, 19,
        17, 32, 66, 67, 45, 85, 83, 45, 45, 70, 101, 114, 114, 121, 45, 65, 103, 114, 111, 117, 110,
        100, 32, 32, 48, 53, 45, 49, 52, 32, 48, 50, 49, 48, 10, 2, 94, 66, 67, 45, 85, 83, 45, 45,
        70, 101, 114, 114, 121, 32, 65, 103, 114, 111, 117, 110, 100, 44, 50, 49, 48, 60, 10, 94,
        70, 101, 114, 114, 121, 32, 114, 117, 110, 115, 32, 97, 103, 114, 111, 117, 110, 100, 32,
        111, 102, 102, 32, 105, 115, 108, 97, 110, 100, 44, 32, 112, 97, 115, 115, 101, 110, 103,
        101, 114, 115, 32, 115, 97, 102, 101, 60, 10, 94, 66, 121, 32, 77, 65, 82, 65, 32, 76, 73,
        78, 68, 81, 86, 73, 83, 84, 61, 10, 94, 65, 115, 115, 111, 99, 105, 97, 116, 101, 100, 32,
        80, 114, 101, 115, 115, 61, 10, 9, 70, 65, 73, 82, 86, 73, 69, 87, 44, 32, 79, 114, 101, 46,
        32, 40, 65, 80, 41, 32, 95, 32, 65, 32, 112, 97, 115, 115, 101, 110, 103, 101, 114, 32, 102,
        101, 114, 114, 121, 32, 114, 97, 110, 32, 97, 103, 114, 111, 117, 110, 100, 32, 111, 110,
        32, 97, 32, 115, 97, 110, 100, 98, 97, 114, 32, 110, 101, 97, 114, 32, 116, 104, 101, 32,
        105, 115, 108, 97, 110, 100, 32, 111, 102, 32, 80, 101, 108, 108, 32, 111, 110, 32, 84, 117,
        101, 115, 100, 97, 121, 44, 32, 97, 110, 100, 32, 97, 108, 108, 32, 56, 52, 32, 112, 101,
        111, 112, 108, 101, 32, 97, 98, 111, 97, 114, 100, 32, 119, 101, 114, 101, 32, 116, 97, 107,
        101, 110, 32, 111, 102, 102, 32, 115, 97, 102, 101, 108, 121, 44, 32, 116, 104, 101, 32, 67,
        111, 97, 115, 116, 32, 71, 117, 97, 114, 100, 32, 115, 97, 105, 100, 46, 10, 9, 84, 104,
        101, 32, 118, 101, 115, 115, 101, 108, 32, 119, 97, 115, 32, 114, 101, 102, 108, 111, 97,
        116, 101, 100, 32, 97, 116, 32, 104, 105, 103, 104, 32, 116, 105, 100, 101, 46, 10, 3, 65,
        80, 45, 87, 70, 45, 48, 53, 45, 49, 52, 45, 50, 52, 32, 49, 57, 51, 50, 71, 77, 84, 60, 10,
        10, 12, 10, 4, 10, 22, 22, 1, 115, 48, 49, 48, 50, 31, 115, 112, 111, 114, 116, 10, 114, 32,
        113, 20, 18, 32, 66, 67, 45, 66, 66, 79, 45, 45, 78, 111, 114, 116, 104, 101, 114, 110, 45,
        83, 116, 97, 110, 100, 105, 110, 103, 115, 32, 32, 48, 53, 45, 49, 52, 32, 48, 49, 50, 48,
        10, 2, 94, 66, 67, 45, 66, 66, 79, 45, 45, 78, 111, 114, 116, 104, 101, 114, 110, 32, 83,
        116, 97, 110, 100, 105, 110, 103, 115, 44, 49, 50, 48, 60, 10, 242, 166, 160, 141, 94, 78,
        111, 114, 116, 104, 101, 114, 110, 32, 76, 101, 97, 103, 117, 101, 32, 115, 116, 97, 110,
        100, 105, 110, 103, 115, 60, 10, 9, 84, 101, 97, 109, 8, 8, 87, 8, 8, 76, 8, 8, 80, 99, 116,
        10, 9, 72, 97, 114, 98, 111, 114, 32, 67, 105, 116, 121, 8, 8, 50, 50, 8, 8, 49, 48, 8, 8,
        46, 54, 56, 56, 10, 9, 82, 105, 118, 101, 114, 116, 111, 110, 8, 8, 49, 57, 8, 8, 49, 51, 8,
        8, 46, 53, 57, 52, 10, 9, 79, 108, 100, 32, 77, 105, 108, 108, 8, 8, 49, 53, 8, 8, 49, 55,
        8, 8, 46, 52, 54, 57, 10, 94, 69, 78, 68, 60, 10, 3, 65, 80, 45, 87, 70, 45, 48, 53, 45, 49,
        52, 45, 50, 52, 32, 49, 57, 51, 51, 71, 77, 84, 60, 10, 10, 12, 10, 4, 10, 22, 22, 1, 102,
        48, 49, 48, 51, 31, 102, 105, 110, 97, 110, 10, 117, 32, 102, 19, 17, 32, 66, 67, 45, 71,
        114, 97, 105, 110, 45, 80, 114, 105, 99, 101, 115, 32, 49, 115, 116, 76, 100, 45, 87, 114,
        105, 116, 101, 116, 104, 114, 117, 32, 84, 66, 48, 54, 32, 48, 53, 45, 49, 52, 32, 48, 49,
        53, 48, 10, 2, 94, 66, 67, 45, 71, 114, 97, 105, 110, 32, 80, 114, 105, 99, 101, 115, 44,
        32, 49, 115, 116, 32, 76, 100, 45, 87, 114, 105, 116, 101, 116, 104, 114, 117, 44, 49, 53,
        48, 60, 10, 94, 87, 104, 101, 97, 116, 32, 102, 117, 116, 117, 114, 101, 115, 32, 99, 108,
        105, 109, 98, 32, 111, 110, 32, 100, 114, 121, 32, 119, 101, 97, 116, 104, 101, 114, 60, 10,
        94, 69, 100, 115, 58, 32, 85, 112, 100, 97, 116, 101, 115, 32, 119, 105, 116, 104, 32, 99,
        108, 111, 115, 105, 110, 103, 32, 112, 114, 105, 99, 101, 115, 46, 60, 10, 9, 67, 72, 73,
        67, 65, 71, 79, 32, 40, 65, 80, 41, 32, 95, 32, 87, 104, 101, 97, 116, 32, 102, 117, 116,
        117, 114, 101, 115, 32, 114, 111, 115, 101, 32, 102, 111, 114, 32, 97, 32, 102, 111, 117,
        114, 116, 104, 32, 100, 97, 121, 32, 111, 110, 32, 84, 117, 101, 115, 100, 97, 121, 32, 97,
        115, 32, 100, 114, 121, 32, 119, 101, 97, 116, 104, 101, 114, 32, 105, 110, 32, 116, 104,
        101, 32, 115, 111, 117, 116, 104, 101, 114, 110, 32, 112, 108, 97, 105, 110, 115, 32, 116,
        104, 114, 101, 97, 116, 101, 110, 101, 100, 32, 116, 104, 101, 32, 104, 97, 114, 118, 101,
        115, 116, 46, 10, 9, 67, 111, 114, 110, 32, 97, 110, 100, 32, 115, 111, 121, 98, 101, 97,
        110, 115, 32, 119, 101, 114, 101, 32, 108, 105, 116, 116, 108, 101, 32, 99, 104, 97, 110,
        103, 101, 100, 46, 10, 3, 65, 80, 45, 87, 70, 45, 48, 53, 45, 49, 52, 45, 50, 52, 32, 49,
        57, 52, 48, 71, 77, 84, 60, 10, 10, 12, 10, 4, 10, 22, 22, 1, 115, 48, 49, 48, 52, 31, 115,
        112, 111, 114, 116, 10, 114, 32, 113, 20, 18, 32, 66, 67, 45, 71, 76, 70, 45, 45, 86, 97,
        108, 108, 101, 121, 45, 79, 112, 101, 110, 45, 83, 99, 111, 114, 101, 115, 32, 32, 48, 53,
        45, 49, 52, 32, 48, 48, 56, 48, 10, 2, 94, 66, 67, 45, 71, 76, 70, 45, 45, 86, 97, 108, 108,
        101, 121, 32, 79, 112, 101, 110, 32, 83, 99, 111, 114, 101, 115, 44, 48, 56, 48, 60, 10, 94,
        86, 97, 108, 108, 101, 121, 32, 79, 112, 101, 110, 32, 115, 99, 111, 114, 101, 115, 60, 10,
        9, 80, 105, 97, 32, 83, 111, 114, 101, 110, 115, 101, 110, 8, 8, 54, 56, 45, 55, 48, 8, 8,
        45, 45, 8, 8, 49, 51, 56, 10, 9, 76, 101, 105, 108, 97, 32, 72, 97, 100, 100, 97, 100, 8, 8,
        55, 48, 45, 54, 57, 8, 8, 45, 45, 8, 8, 49, 51, 57, 10, 9, 78, 111, 111, 114, 32, 86, 97,
        110, 99, 101, 8, 8, 55, 49, 45, 55, 48, 8, 8, 45, 45, 8, 8, 49, 52, 49, 10, 94, 69, 78, 68,
        60, 10, 3, 65, 80, 45, 87, 70, 45, 48, 53, 45, 49, 52, 45, 50, 52, 32, 49, 57, 52, 53, 71,
        77, 84, 60, 10, 10, 12, 10, 4, 10, 22, 22, 1, 97, 48, 49, 48, 53, 31, 103, 110, 114, 108,
        45, 10, 114, 32, 97, 19, 17, 32, 66, 67, 45, 85, 83, 45, 45, 76, 105, 98, 114, 97, 114, 121,
        45, 82, 101, 111, 112, 101, 110, 115, 32, 32, 48, 53, 45, 49, 52, 32, 48, 49, 54, 48, 10, 2,
        94, 66, 67, 45, 85, 83, 45, 45, 76, 105, 98, 114, 97, 114, 121, 32, 82, 101, 111, 112, 101,
        110, 115, 44, 49, 54, 48, 60, 10, 94, 70, 108, 111, 111, 100, 101, 100, 32, 108, 105, 98,
        114, 97, 114, 121, 32, 114, 101, 111, 112, 101, 110, 115, 32, 97, 102, 116, 101, 114, 32,
        116, 119, 111, 32, 121, 101, 97, 114, 115, 60, 10, 94, 65, 80, 32, 80, 104, 111, 116, 111,
        32, 88, 89, 90, 50, 48, 49, 60, 10, 94, 66, 121, 32, 84, 79, 77, 65, 83, 32, 79, 75, 65, 70,
        79, 82, 61, 10, 94, 65, 80, 32, 69, 100, 117, 99, 97, 116, 105, 111, 110, 32, 87, 114, 105,
        116, 101, 114, 61, 10, 9, 75, 78, 79, 88, 86, 73, 76, 76, 69, 44, 32, 84, 101, 110, 110, 46,
        32, 40, 65, 80, 41, 32, 95, 32, 84, 104, 101, 32, 99, 105, 116, 121, 39, 115, 32, 109, 97,
        105, 110, 32, 108, 105, 98, 114, 97, 114, 121, 32, 114, 101, 111, 112, 101, 110, 101, 100,
        32, 111, 110, 32, 84, 117, 101, 115, 100, 97, 121, 44, 32, 116, 119, 111, 32, 121, 101, 97,
        114, 115, 32, 97, 102, 116, 101, 114, 32, 97, 32, 98, 117, 114, 115, 116, 32, 119, 97, 116,
        101, 114, 32, 109, 97, 105, 110, 32, 102, 108, 111, 111, 100, 101, 100, 32, 105, 116, 115,
        32, 98, 97, 115, 101, 109, 101, 110, 116, 32, 97, 114, 99, 104, 105, 118, 101, 46, 10, 9,
        86, 111, 108, 117, 110, 116, 101, 101, 114, 115, 32, 100, 114, 105, 101, 100, 32, 97, 110,
        100, 32, 114, 101, 98, 111, 117, 110, 100, 32, 97, 98, 111, 117, 116, 32, 57, 44, 48, 48,
        48, 32, 98, 111, 111, 107, 115, 46, 10, 95, 95, 95, 10, 9, 65, 115, 115, 111, 99, 105, 97,
        116, 101, 100, 32, 80, 114, 101, 115, 115, 32, 119, 114, 105, 116, 101, 114, 32, 73, 110,
        101, 115, 32, 77, 97, 114, 108, 111, 119, 32, 99, 111, 110, 116, 114, 105, 98, 117, 116,
        101, 100, 32, 116, 111, 32, 116, 104, 105, 115, 32, 114, 101, 112, 111, 114, 116, 46, 10, 3,
        65, 80, 45, 87, 70, 45, 48, 53, 45, 49, 52, 45, 50, 52, 32, 49, 57, 53, 48, 71, 77, 84, 60,
        10, 10, 12, 10, 4,
      ]),
      validate,
    );
  });

  it('keeps both words around a BEL inside an ANPA selector', () => {
    checkInput(
      bytes(
        '\u0016\u0016\u0001a0401\u001f\u001b]0;pwned\u0007gnrl-\nr a\u0013\u0011 BC-US--Dam-Repair  03-04 0080\n\u0002^Dam repair finished<\n\u0003\u0004',
      ),
      validate,
    );
  });

  it('copes with a byte-order mark and zero-width joiner inside a header line', () => {
    checkInput(
      Uint8Array.from([
        5, 5, 5, 82, 77, 32, 65, 10, 22, 22, 1, 102, 48, 52, 49, 50, 31, 114, 101, 117, 116, 101,
        10, 117, 32, 102, 97, 226, 128, 141, 98, 239, 187, 191, 99, 32, 66, 67, 45, 72, 65, 82, 66,
        79, 85, 82, 10, 2,
      ]),
      validate,
    );
  });
});

describe('fuzz finds stay fixed (story kinds and segmentation)', () => {
  it('reads back a headline that is one sentence when the page had more around it', () => {
    checkInput(
      bytes(
        '\nSAITAMA, Japan (AP) --\u00e2\u20ac A new rail line linking two suburbs opened on Friday.\n\nThe authorities gave no further details.\n',
      ),
      validate,
    );
  });

  it('does not read a byline glued to the lead as a byline, on the page or in its Markdown', () => {
    checkInput(
      bytes(
        'Harbour Council Extends Curfew as Talks Drag On\n\nBy Alex Example\nPORTVILLE, March 3 (Reuters) - The harbour council voted on Tuesday to extend\nthe curfew by another month, officials said.\n',
      ),
      validate,
    );
  });

  it('reads a long run of credit lines at the foot whole, in the story and in its Markdown', () => {
    const line =
      'Reporting by Jane Doe, additional reporting by John Roe, writing by Ann Poe, editing by Max Moe';
    checkInput(
      bytes(
        `Port workers strike\n\nHARBOURTON, Oct 7 (Reuters) - Port workers walked out on Monday.\n\nThe authorities gave no further details.\n${line}\n${line}\n${line}\n`,
      ),
      validate,
    );
  });

  it('reads bracketed credit lines joined into one paragraph the same in its Markdown', () => {
    const line = '(Reporting by Jane Doe; Editing by Max Moe)';
    checkInput(
      bytes(
        `Port strike enters second week\n\nHARBOURTON, Oct 7 (Reuters) - A strike at the port went on.\n\n${line}\n${line}\n${line}\n`,
      ),
      validate,
    );
  });
});

describe('fuzz finds stay fixed (the part not for publication)', () => {
  it('does not read a doubled transmission time stamp as a phone number to call', () => {
    const story =
      'Harbour strike ends after talks\nBy Lena Beispiel, dpa\n\nKiel (dpa) - Dock workers went back to work on Monday.\n\nThe following information is not for publication\n\n- Reporting by: Lena Beispiel, +49 431 555 0101\n\ndpa lb\n\n093012 GMT Jun 3\n093012 GMT Jun 3\n';
    const json = jsonOf(story);
    expect(json.credits.map((credit) => credit.role)).toEqual(['reporting', 'signoff']);
    expect(json.removed.map((entry) => entry.text)).toContain('093012 GMT Jun 3 093012 GMT Jun 3');
    checkInput(bytes(story), validate);
  });

  it('reads a credit line printed twice there once, as its Markdown reads it', () => {
    const credit = '- Reporting by: Lena Beispiel in Kiel, Tom Muster in Lübeck';
    const story = `Harbour strike ends after talks\nBy Lena Beispiel, dpa\n\nKiel (dpa) - Dock workers went back to work on Monday.\n\nThe following information is not for publication\n\n${credit}\n${credit}\n- Editing by: Ann Poe\n\ndpa lb tm\n`;
    const json = jsonOf(story);
    expect(json.credits.map((entry) => entry.role)).toEqual(['reporting', 'editing', 'signoff']);
    expect(json.removed.map((entry) => entry.reason)).toContain('duplicate');
    checkInput(bytes(story), validate);
  });

  it('puts a sign-off that stood above the credit lines there last, where its Markdown reads it', () => {
    const story =
      'Harbour strike ends after talks\nBy Lena Beispiel, dpa\n\nKiel (dpa) - Dock workers went back to work on Monday.\n\nThe following information is not for publication\n\ndpa lb\n\n- Reporting by: Lena Beispiel in Kiel\n- Editing by: Ann Poe\n';
    const json = jsonOf(story);
    expect(json.credits.map((entry) => entry.role)).toEqual(['reporting', 'editing', 'signoff']);
    checkInput(bytes(story), validate);
  });
});

describe('fuzz finds stay fixed (byline)', () => {
  it('never takes a line of page furniture for the byline', () => {
    // The fuzzer's input, as found (npm run fuzz, seed 314, case 15,204): a `Tags:` line glued
    // under the lead was read as a byline (`Local N`); copydesk's Markdown, where it printed
    // apart, read it as the furniture it is.
    const story =
      'Harbour authority to close old ferry pier for six months of repairs\n\nDecember 22, 2023\n\nThe harbour authority in Portwell said on Friday it would close the old ferry pier for six months\nTags: Portwell, Transport, Harbour, Local N';
    expect(jsonOf(story).byline).toBeNull();
    checkInput(bytes(story), validate);
  });

  it('marks a body paragraph opening with By under an editorial note as no byline in the Markdown', () => {
    checkInput(
      bytes(
        'INCHEON, May 2 (Yonhap) -- A new ferry terminal opened on Thursday at the port.\n\n(ATTN: UPDATES with quote in para 3)\n\nBy Park Seo-yeon\n\nNew ferry terminal opens\n\nThe mayor cut the ribbon.\n',
      ),
      validate,
    );
  });

  it('cuts a byline run into the dateline off the lead, not the whole lead, under a note', () => {
    // The fuzzer's input, as found (npm run fuzz, seed 1001, case 41,208): the lead printed
    // twice, each time after an update note on its line. Once the notes were cut off, the page
    // byline reader took the second lead, dateline and all, for the byline; copydesk's
    // Markdown printed it where it read back as no byline.
    const lead =
      'This version of the story corrects the number of councillors in paragraph 2) By Jane Example HARBOURTON (Reuters) - The town council on Tuesday backed a plan for a new ferry terminal on the east pier. Nine of the 15 councillors voted in favour.';
    const input = new Uint8Array([...bytes(`\n(${lead}\n(`), 0xe2, 0x80, ...bytes(`${lead}\n\n`)]);
    checkInput(input, validate);
  });

  it('does not join a bare By to a caption sentence that mentions an agency', () => {
    // The fuzzer's input, as found (npm run fuzz, seed 2718, shard 0, case 33,129). The bare
    // `By` and the caption under it read as a desk byline, because the caption's credit named
    // Bloomberg; the Markdown prints the two lines as one, which reads as no byline.
    const story =
      'Company News\nGrain Traders Brace for Dry Season\n\nADVERTISEMENT\nBy \nA view of the harbour at dawn. Photographer: Alex Example/Bloomberg\r\n(Bloomberg) -- Grain traders said on Monday they expect a thin season.\n\nStory continues below\n\nPrices rose 2% in early trade.\n\n--With assistance from Sam Sample.\n\n\u00a92024 Bloomberg L.P.\n\n';
    expect(jsonOf(story).byline).toBeNull();
    checkInput(bytes(story), validate);
  });
});

describe('fuzz finds stay fixed (dateline)', () => {
  it('prints a dateline with no lead to head above the notes, where it reads back as one', () => {
    // The fuzzer's input, as found (npm run fuzz, seed 2718, shard 1, case 2,950): a dateline
    // and an advisory, and no story. The Markdown printed the dateline under the note, the last
    // line, where it read back as a sign-off.
    const story = 'Busan port sets cargo record\n(Reuters) - \n(ATTN: ADDS details in paras 2-3)';
    const markdown = formatStory(story, { format: 'markdown' })[0]?.output ?? '';
    expect(markdown).toBe(
      '# Busan port sets cargo record\n\n(Reuters) -\n\n(ATTN: ADDS details in paras 2-3)\n',
    );
    checkInput(bytes(story), validate);
  });

  it('does not read an end mark left in the body as a place on the round trip', () => {
    checkInput(
      bytes(
        'Ferry terminal opens in Incheon\n\n(ATTN: UPDATES with quote in para 3)\n\n(END)\nx\n\nThe mayor cut the ribbon.\n\nBy Park Seo-yeon\n',
      ),
      validate,
    );
  });

  it("keeps a tagged header's dateline when the lead writes a dateline of its own", () => {
    const feed =
      'ZCZC AAP\n$Bridge reopens after repairs\n:(HOBART)\n&By Sam Example\n(Reuters) - The bridge reopened on Monday after six weeks of repairs.\nNNNN\n';
    checkInput(bytes(feed), validate);
    const json = jsonOf(feed);
    expect(json.dateline?.text).toBe('(Reuters) -');
    expect(json.removed).toContainEqual({ text: '(HOBART)', reason: 'header-dateline', line: 3 });
  });

  it('does not read a release note with a dash as a dateline on the round trip', () => {
    checkInput(
      bytes(
        'Harbour Almanac\nFor Release -- Friday, March 3\nBy The Associated Press\n\nToday is Friday, March 3, the 62nd day of the year.\n',
      ),
      validate,
    );
  });
});

describe('fuzz finds stay fixed (editorial notes)', () => {
  it('takes a note sent twice on two lines as two notes, not the second as the headline', () => {
    const story =
      '(Adds analyst comment)\n(Adds analyst comment)\n\nCouncil Approves Harbour Budget\n\nThe council approved the harbour budget on Monday.\n';
    checkInput(bytes(story), validate);
    const json = jsonOf(story);
    expect(json.headline).toBe('Council Approves Harbour Budget');
    expect(json.notes).toEqual(['(Adds analyst comment)', '(Adds analyst comment)']);
  });
});

describe('fuzz finds stay fixed (editorial notes, round two)', () => {
  it('takes an Eds note on the line above the dateline, not into the dateline or with the lead', () => {
    // The fuzzer's input, as found (npm run fuzz, seed 2024, case 28,141). Once the byline line
    // above was cut off, `Eds: Adds background.` opened the lead's paragraph: the dateline
    // reader took it as part of the place; the Markdown, where the dateline heads the lead,
    // read the note, dateline and lead as one note.
    const input = new Uint8Array([
      0xe2,
      0x80,
      ...bytes(
        "(Updates with minister's comments)\n\nMinistry Revises Forecast\nMinistry Revises Forecast\nEds: Adds background.\nBERLIN, May 5 (dpa) - The ministry revised its forecast:\n\n- exports down 2%\n- imports flat\n\n\n",
      ),
    ]);
    checkInput(input, validate);
  });
});

describe('fuzz finds stay fixed (Markdown layout)', () => {
  it('marks a first paragraph with a hard break as no byline when the story has none', () => {
    // The fuzzer's input, as found (npm run fuzz, seed 31338, case 13,202): an `Eds:` line
    // that is no note (no space after the colon) joined to its wrap kept a line break, and
    // the Markdown reader took that paragraph, under the headline, for the byline.
    // The input had the bytes E2 80 after `Eds:`, invalid UTF-8 read as Windows-1252 (`â€`).
    const story =
      "Ferry Crews Walk Out as Harbour Talks Break Down Over Night Shifts\nEds:\u00e2\u20ac Updates with union statement; picks up 4th graf pvs, `The harbour\nauthority...'\nhundreds of commuters waiting at the quay in the rain.\nAssociated Press Writer\n\n   PORTWELL, Maine (AP) _ Crews on the island ferries walked off the\njob on Tuesday after talks over night shifts broke down, leaving\nBy MARA HOLM\n   The union said its members would stay out until the harbour\nauthority dropped a plan to add a third night crossing without more\n   The harbour authority said it regretted the walkout and would\nmeet the union again on Thursday.\n";
    expect(jsonOf(story).byline).toBeNull();
    checkInput(bytes(story), validate);
  });
});

describe('fuzz finds stay fixed (page furniture and the headless lead)', () => {
  it('removes furniture a glued duplicate was printed over, and never heads a story below its lead', () => {
    // The fuzzer's input, as found (npm run fuzz, seed 4712, case 21,021). A sentence printed
    // twice, its copy glued over `Story continues below advertisement`: once the copy was cut
    // off, the furniture stayed and became the headline, and the dated lead above it was
    // removed as page furniture. The Markdown, where the two stand apart, read no headline.
    const story =
      '\u20ac\nBRIGHTON, England, July 8 (Reuters) - The city council approved plans for 12 miles of protected bike lanes on Monday.\n\nADVERTISEMENT\n\nWork is due to start in the spring and finish within two years.\n\nWork is due to start in the spring and finish within two years.\nStory continues below advertisement\n\nOpponents said the lanes would slow buses on the seafront.\n';
    const article = jsonOf(story);
    expect(article.headline).toBeNull();
    expect(article.dateline?.text).toBe('BRIGHTON, England, July 8 (Reuters) -');
    expect(article.removed.map((item) => item.reason)).toContain('advertisement');
    const input = new Uint8Array([0x80, ...bytes(story.slice(1))]);
    checkInput(input, validate);
  });
});

describe('fuzz finds stay fixed (credits and copyright)', () => {
  it("ends a photographer's credit at the agency's name, not at the end of the line", () => {
    // The fuzzer's input, as found (npm run fuzz, seed 555, case 32,292): a caption line and an
    // assistance credit in one paragraph. Printed as one line in copydesk's Markdown, the
    // photographer's agency ran on to the line's end, and the paragraph read back as a caption.
    const story =
      'Company News\nGrain Traders Brace for Dry Season\n\nADVERTISEMENT\n\n\n\n(Bloomberg) -- Grain traders said on Monday they expect a thin season.\n\nStory continues below\n\nPrices rose 2% in early trade.\nA view of the harbour at dawn. Photographer: Alex Example/Bloomberg\n--With assistance from Sam Sample.\n--With assistance from Sam Sample.\n\n\u00a92024 Bloomberg L.P.\n';
    checkInput(bytes(story), validate);
  });

  it('puts a credit read after the sign-off of the part not for publication before it', () => {
    // The fuzzer's input, as found (npm run fuzz, seed 2719, case 4,840): a credit line as a list
    // item above dpa's part not for publication was read after that part's sign-off; copydesk's
    // Markdown, where a sign-off closes the credits, read it back before.
    const input = new Uint8Array([
      0xe2,
      0x80,
      ...bytes(
        '\nRuritania-Election/\n\u0002Ruritania votes in snap poll as turnout climbs\nBy Jana Novak, dpa =\n\n   Strelsau (dpa) - Voters in Ruritania went to the polls on Sunday\nin an early election called after the coalition broke apart.\n- Reporting by: Jana Novak in Strelsau, Petr Dvorak in Prague\n   Turnout was 61 per cent by noon, the election office said.\n\nThe following information is not for publication\n\n## dpa Contacts\n\n- Editing by: Ann Poe, +49 40 1234 5678, ann.poe@example.net\n\ndpa jn pd\n\n\u0003141530 GMT May 24\n\u007f\n\u007f\u0004',
      ),
    ]);
    checkInput(input, validate);
  });

  it('takes a caption left standing alone once a byline line is cut off its block', () => {
    // The fuzzer's input, as found (npm run fuzz, seed 4711, case 8,559): a caption over its photo
    // credit, then a line read as the byline, in one block. The captions reader ran before the
    // byline was cut off; copydesk's Markdown prints the caption apart, and read it as one.
    const story =
      'Port reopens after storm\n\r\nA container ship enters the port of Harbourton, October 7, 2024. REUTERS/Jane Doe\r\nHARBOURTON, Oct 7 (Reuters';
    const article = jsonOf(story);
    expect(article.media.map((media) => media.credit)).toEqual(['REUTERS/Jane Doe']);
    checkInput(bytes(story), validate);
  });

  it('reads a contact line under a credit line at the foot as a contact, as the part not for publication does', () => {
    // The fuzzer's input, as found (npm run fuzz, seed 8081, case 39,980): in dpa's part not for
    // publication, a contact line (a phone number and an e-mail address) is a credit; printed at
    // the foot of copydesk's Markdown under the credit above it, it was read back as body.
    const input = new Uint8Array([
      ...bytes(
        '\u007f\nall clear\revil line\nRuritania-Election/\n\u0002Ruritania votes in snap poll as turnout climbs\nBy Jana Novak, dpa =\n\n   Strelsau (dpa) - Voters in Ruritania went to the polls on Sunday\nin an early election called after the coalition broke apart.\n\n   Turnout was 61 per cent by noon, the election office said.\n\nThe following information is not for publication\n\n## dpa Contacts\n- Reporting by: Jana Novak in Strelsau, Petr Dvorak in Prague\n',
      ),
      0xe2,
      0x80,
      ...bytes(
        '- Editing by: Ann Poe, +49 40 1234 5678, ann.poe@example.net\n\ndpa jn pd\n\n\u0003141530 GMT May 24\n\u0001dpa017 3 pl 120 vvvvb dpa 017\n\u007f\u0004',
      ),
    ]);
    checkInput(input, validate);
  });

  it('reads a list of credit lines near the foot as credits, as its Markdown prints them', () => {
    // The fuzzer's input, as found (npm run fuzz, seed 4711, case 39,720): a dpa contacts line as
    // a list item over a one-letter line. Read as a byline from the text, it is a credit line
    // in copydesk's Markdown, where it stands as a paragraph.
    const story = '- Reporting by: Jana Novak in Strelsau, Petr Dvorak in Prague\n\nR';
    const article = jsonOf(story);
    expect(article.byline).toBeNull();
    expect(article.credits.map((credit) => credit.role)).toEqual(['reporting']);
    checkInput(bytes(story), validate);
  });

  it('leaves a contributor line opening with a copyright sign to be read as copyright, as its Markdown reads it', () => {
    checkInput(
      bytes(
        "Flood Closes Riverside Road\n\nMILLTOWN (CNN) -- Flood water closed the riverside road on Sunday, police said.\n\nThe road should reopen by Tuesday.\n©\nCNN's Ana Sample and Ben Example contributed to this report.\n",
      ),
      validate,
    );
  });
});
