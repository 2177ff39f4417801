// A line diff for comparing two revisions side by side (pure, client-safe): the longest common
// subsequence of lines; articles are at most a few hundred lines, so O(n·m) is fine.

export type DiffRow = { kind: "same" | "removed" | "added" | "changed"; left: string | null; right: string | null };

export function diffLines(before: string, after: string): DiffRow[] {
  const a = before.split("\n");
  const b = after.split("\n");
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const rows: DiffRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      rows.push({ kind: "same", left: a[i], right: b[j] });
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      rows.push({ kind: "removed", left: a[i], right: null });
      i++;
    } else {
      rows.push({ kind: "added", left: null, right: b[j] });
      j++;
    }
  }
  // A removal followed by an addition reads best as one changed line.
  const merged: DiffRow[] = [];
  for (const row of rows) {
    const last = merged[merged.length - 1];
    if (row.kind === "added" && last?.kind === "removed" && last.right === null) {
      last.kind = "changed";
      last.right = row.right;
    } else merged.push({ ...row });
  }
  return merged;
}
