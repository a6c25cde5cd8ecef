/**
 * Lists of indexes per owner in two flat arrays (compressed rows): the
 * members of owner `o` are `list[start[o]] .. list[start[o + 1] - 1]`, in
 * index order. Far fewer allocations than an array of arrays.
 */
export interface IndexLists {
  start: Int32Array;
  list: Int32Array;
}

/** Groups indexes `0..owner.length-1` by `owner[i]` (skipping -1 and those `include` rejects). */
export function groupIndexes(owners: number, owner: Int32Array, include?: (i: number) => boolean): IndexLists {
  const start = new Int32Array(owners + 1);
  for (let i = 0; i < owner.length; i++) if (owner[i] >= 0 && (!include || include(i))) start[owner[i] + 1]++;
  for (let o = 0; o < owners; o++) start[o + 1] += start[o];
  const list = new Int32Array(start[owners]);
  const fill = start.slice(0, owners);
  for (let i = 0; i < owner.length; i++) if (owner[i] >= 0 && (!include || include(i))) list[fill[owner[i]]++] = i;
  return { start, list };
}
