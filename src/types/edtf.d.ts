/** The part of the `edtf` package (no bundled types) that src/domain/dates.ts uses. */
declare module 'edtf' {
  interface Extended {
    /** First millisecond it can mean; -Infinity or null when open. */
    min: number | null;
    /** Last millisecond it can mean; Infinity or null when open. */
    max: number | null;
    edtf: string;
  }
  export default function edtf(value: string): Extended;
}
