// Values as registers and logs write them ("Near miss", "On-prem", "Standards met") mapped to our ids:
// case, spaces, hyphens, underscores and slashes do not make two words differ.

/** Lower case, and every run of spaces, hyphens, underscores or slashes as one hyphen: "Near miss" → near-miss. */
const plain = (text: string) => text.trim().toLowerCase().replace(/[\s_/-]+/g, '-');

/** Finds an id from itself, its label or another way people write it; null when none matches. */
export function wordLookup<T extends string>(ids: readonly T[], labels: Record<T, string>, extra: Record<string, T> = {}): (text: string) => T | null {
  const byWord = new Map<string, T>();
  for (const id of ids) {
    byWord.set(plain(id), id);
    byWord.set(plain(labels[id]), id);
  }
  for (const [word, id] of Object.entries(extra)) byWord.set(plain(word), id);
  return (text) => byWord.get(plain(text)) ?? null;
}
