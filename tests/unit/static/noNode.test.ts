// The renderer runs sandboxed: its code never reaches for Node's require or process.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('renderer source', () => {
  it('never uses require or process', () => {
    const offenders = sourceFiles(join(__dirname, '../../../src/renderer/src')).filter((path) =>
      /\brequire\s*\(|\bprocess\.(env|versions|platform|argv)/.test(readFileSync(path, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
