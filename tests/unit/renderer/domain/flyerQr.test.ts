// The QR code on a flyer: the drawn squares are exactly the code's dark modules, with a quiet zone.
import { describe, expect, it } from 'vitest';
import { create } from 'qrcode';
import { qrShape } from '../../../../src/renderer/src/domain/qr';

/** Paints the path's squares back onto a grid. */
function paint(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const match of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    const [x, y, width] = [Number(match[1]), Number(match[2]), Number(match[3])];
    for (let col = x; col < x + width; col += 1) grid[y]![col] = true;
  }
  return grid;
}

describe('qrShape', () => {
  it('draws every dark module of the code and nothing else, inside a four-module quiet zone', () => {
    const url = 'https://namiriverbend.example.org/groups';
    const shape = qrShape(url);
    const { modules } = create(url, { errorCorrectionLevel: 'M' });
    expect(shape.size).toBe(modules.size + 8);
    const grid = paint(shape.path, shape.size);
    for (let row = 0; row < shape.size; row += 1) {
      for (let col = 0; col < shape.size; col += 1) {
        const inside = row >= 4 && col >= 4 && row < shape.size - 4 && col < shape.size - 4;
        const expected = inside ? Boolean(modules.get(row - 4, col - 4)) : false;
        expect(grid[row]![col], `module ${row},${col}`).toBe(expected);
      }
    }
    // The three finder squares a phone camera looks for: a dark 7×7 ring at three corners.
    for (const [r, c] of [
      [4, 4],
      [4, shape.size - 11],
      [shape.size - 11, 4],
    ] as const) {
      expect(grid[r]!.slice(c, c + 7).every(Boolean)).toBe(true);
      expect(grid[r + 6]!.slice(c, c + 7).every(Boolean)).toBe(true);
    }
  });

  it('grows with longer addresses and gives different codes for different addresses', () => {
    expect(qrShape('https://a.example.org').size).toBeLessThan(
      qrShape(`https://a.example.org/${'x'.repeat(120)}`).size,
    );
    expect(qrShape('https://a.example.org').path).not.toBe(qrShape('https://b.example.org').path);
  });
});
