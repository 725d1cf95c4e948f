/** The part of the `edtf` package (EDTF / ISO 8601-2 parser, no types of its own) the tests use. */
declare module 'edtf' {
  /** A parsed EDTF value; `min` and `max` are its first and last instants in ms (±Infinity when open). */
  interface ExtendedDate {
    readonly type: string;
    readonly min: number;
    readonly max: number;
  }
  /** Parses an EDTF string; throws on a string that is not EDTF. */
  function edtf(text: string): ExtendedDate;
  export default edtf;
}
