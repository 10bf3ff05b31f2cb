/** A core entity table with a gazetteer's names added: a code in both gets the names of both. */
export function withGazetteer(extra: Readonly<Record<string, readonly string[]>>, core: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = { ...core };
  for (const [code, list] of Object.entries(extra)) out[code] = [...(out[code] ?? []), ...list];
  return out;
}
