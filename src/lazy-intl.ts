/**
 * An English number formatter made on its first use. Making an
 * `Intl.NumberFormat` pages in ICU's number-formatting data from the node
 * binary (~4-6 MB of resident memory per process, /proc/self/smaps); made at
 * import, every run paid for it, and `extract --format ndjson`, which never
 * formats a number for people, is the run that has to stay small.
 */
export function lazyNumberFormat(options: Intl.NumberFormatOptions): { format(value: number): string } {
  let made: Intl.NumberFormat | null = null;
  return { format: (value) => (made ??= new Intl.NumberFormat('en', options)).format(value) };
}
