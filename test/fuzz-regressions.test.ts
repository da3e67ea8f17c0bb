import { describe, it } from 'vitest';
import { checkInput } from './support/check-input.js';
import { loadValidator } from './support/schema.js';

const validate = loadValidator();
const bytes = (text: string) => new TextEncoder().encode(text);

// Inputs the fuzzer (npm run fuzz) found breaking a property, reduced by hand. Each
// runs through every property again (test/support/check-input.ts).
describe('fuzz finds stay fixed', () => {
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
