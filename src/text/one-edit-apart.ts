/**
 * True when two words differ by at most one slip of the keys: one letter
 * changed, added or dropped, or two neighbours swapped (`Wrtier`, `Writter`
 * for `Writer`). Case as given.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const differ: number[] = [];
    for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) differ.push(index);
    if (differ.length === 1) return true;
    const [first = 0, second = 0] = differ;
    return (
      differ.length === 2 &&
      second === first + 1 &&
      a[first] === b[second] &&
      a[second] === b[first]
    );
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  let index = 0;
  while (index < shorter.length && shorter[index] === longer[index]) index++;
  return shorter.slice(index) === longer.slice(index + 1);
}
