/** Something to place on one axis: where it wants to be (its centre) and how much room it takes. */
export interface DodgeItem {
  /** Preferred centre. */
  at: number;
  /** Extent along the axis. */
  size: number;
}

/**
 * Moves items along one axis (end labels up and down) so that none overlaps
 * another by keeping at least `gap` between them, each as close as it can be to
 * where it wants to be, all inside [min, max]. Items keep their order. Touching
 * items form a block centred on the mean of what its members want; blocks that
 * then touch merge, until none does. Returns the new centres, in input order.
 */
export function dodge(items: readonly DodgeItem[], bounds: { min: number; max: number; gap?: number }): number[] {
  const gap = bounds.gap ?? 0;
  const order = items.map((item, index) => ({ ...item, index })).sort((a, b) => a.at - b.at || a.index - b.index);
  interface Block {
    members: typeof order;
    /** Top of the block. */
    start: number;
    /** Total extent, gaps included. */
    extent: number;
  }
  const place = (members: typeof order): Block => {
    const extent = members.reduce((sum, m) => sum + m.size, 0) + gap * (members.length - 1);
    // The start that minimises the squared distances of the members from where they want to be.
    let offset = 0;
    const wanted = members.map((m) => {
      const w = m.at - (offset + m.size / 2);
      offset += m.size + gap;
      return w;
    });
    const start = wanted.reduce((a, b) => a + b, 0) / members.length;
    return { members, start: Math.min(Math.max(start, bounds.min), Math.max(bounds.min, bounds.max - extent)), extent };
  };
  const blocks: Block[] = [];
  for (const item of order) {
    blocks.push(place([item]));
    // Merge backwards while the newest block runs into the one before it.
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const prev = blocks[blocks.length - 2]!;
      if (prev.start + prev.extent + gap <= last.start + 1e-9) break;
      blocks.splice(-2, 2, place([...prev.members, ...last.members]));
    }
  }
  const out = new Array<number>(items.length);
  for (const block of blocks) {
    let y = block.start;
    for (const m of block.members) {
      out[m.index] = y + m.size / 2;
      y += m.size + gap;
    }
  }
  return out;
}
