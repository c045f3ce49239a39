/** What a validation is asked to do: validate-data's typed inputs (src/actions/validate-data/inputs.ts reads them). */
export interface ValidationSettings {
  /** A file or glob. */
  readonly data: string;
  readonly schema: string | undefined;
  readonly reference: string | undefined;
  /** Write the schema inferred from the reference (or the data) here, and validate that source against it. */
  readonly inferSchema: string | undefined;
  readonly nullValues: readonly string[];
}
