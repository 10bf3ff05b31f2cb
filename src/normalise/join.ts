/** How a line break is rendered in the analysis text. */
export enum Join {
  /** keep the line break */
  Hard,
  /** one space instead of the break */
  Space,
  /** nothing instead of the break ("W\nA\nRN" -> "WARN", "pricing\n." -> "pricing.", "US-\nInvestoren") */
  Glue,
  /** drop the line-end hyphen and the break ("Verhand-\nlungen" -> "Verhandlungen") */
  DropHyphen,
}
