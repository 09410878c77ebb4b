import { readFileSync } from "node:fs";

/**
 * The characters a TrueType/OpenType font has a glyph for, read from its `cmap` table (the Unicode subtables of
 * format 4 and 12), so a test can check that every character of a label is drawn from the font and not missing.
 */
export function fontCodePoints(path: string): Set<number> {
  const font = readFileSync(path);
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (font.toString("latin1", record, record + 4) === "cmap") cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error(`${path}: no cmap table`);
  const points = new Set<number>();
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = font.readUInt16BE(cmap + 4 + i * 8);
    const offset = cmap + font.readUInt32BE(cmap + 4 + i * 8 + 4);
    if (platform !== 0 && platform !== 3) continue;
    const format = font.readUInt16BE(offset);
    if (format === 4) readFormat4(font, offset, points);
    else if (format === 12) readFormat12(font, offset, points);
  }
  return points;
}

function readFormat4(font: Buffer, at: number, points: Set<number>): void {
  const segments = font.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = font.readUInt16BE(ends + s * 2);
    const start = font.readUInt16BE(starts + s * 2);
    const delta = font.readInt16BE(deltas + s * 2);
    const rangeAt = rangeOffsets + s * 2;
    const rangeOffset = font.readUInt16BE(rangeAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = font.readUInt16BE(rangeAt + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(c);
    }
  }
}

function readFormat12(font: Buffer, at: number, points: Set<number>): void {
  const groups = font.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    const start = font.readUInt32BE(group);
    const end = font.readUInt32BE(group + 4);
    const firstGlyph = font.readUInt32BE(group + 8);
    for (let c = start; c <= end; c++) if (firstGlyph + (c - start) !== 0) points.add(c);
  }
}

/** The width and height in a PNG's IHDR, after checking its 8-byte signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature)) throw new Error("not a PNG");
  if (png.toString("latin1", 12, 16) !== "IHDR") throw new Error("PNG without IHDR first");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
