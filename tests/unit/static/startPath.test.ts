// What every start loads: the modules main.tsx reaches through static imports and re-exports (type-only
// ones left out, as the build leaves them out). zod and the records' schemas are not among them: Home
// only reads, and about 100 KB of code to parse and run at every start was the schemas'. Writes load
// them with loadModel() (db/schemas.ts); the start-up work loads them once the first screen is shown.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const RENDERER = resolve(ROOT, 'src/renderer/src');

function resolveSpecifier(from: string, specifier: string): string {
  if (!specifier.startsWith('.') && !specifier.startsWith('@shared/')) {
    const parts = specifier.split('/');
    return `npm:${parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/')}`;
  }
  const base = specifier.startsWith('@shared/')
    ? resolve(ROOT, 'src/shared', specifier.slice('@shared/'.length))
    : resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (/\.(tsx?|css)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  throw new Error(`Cannot resolve ${specifier} from ${relative(ROOT, from)}`);
}

/** The specifiers a module loads when it runs: value imports and re-exports, not types. */
function staticLoads(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const loads: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      const typesOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((element) => element.isTypeOnly)));
      if (!typesOnly) loads.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      const named = statement.exportClause;
      const typesOnly =
        named !== undefined &&
        ts.isNamedExports(named) &&
        named.elements.length > 0 &&
        named.elements.every((element) => element.isTypeOnly);
      if (!typesOnly) loads.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return loads;
}

/** Every module the start reaches, each with the chain that brought it in (for the failure message). */
function startPath(): Map<string, string> {
  const entry = resolve(RENDERER, 'main.tsx');
  const reached = new Map<string, string>([[entry, 'main.tsx']]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file.startsWith('npm:') || file.endsWith('.css')) continue;
    for (const specifier of staticLoads(file)) {
      const target = resolveSpecifier(file, specifier);
      if (reached.has(target)) continue;
      const name = target.startsWith('npm:') ? target : relative(ROOT, target);
      reached.set(target, `${reached.get(file)} → ${name}`);
      queue.push(target);
    }
  }
  return reached;
}

describe('the start path', () => {
  const reached = startPath();
  const chains = (test: (module: string) => boolean) =>
    [...reached].filter(([module]) => test(module)).map(([, chain]) => chain);

  it('reaches Home, the database and the router (the walk follows imports)', () => {
    expect(reached.has(resolve(RENDERER, 'features/home/HomePage.tsx'))).toBe(true);
    expect(reached.has(resolve(RENDERER, 'db/meetingReads.ts'))).toBe(true);
    expect(reached.has('npm:dexie')).toBe(true);
    expect(reached.has(resolve(RENDERER, 'ui/router.tsx'))).toBe(true);
  });

  it('does not load React Router (the app has its own, ui/router.tsx)', () => {
    expect(chains((module) => module.startsWith('npm:react-router'))).toEqual([]);
  });

  it('does not load zod or the schemas', () => {
    expect(chains((module) => module === 'npm:zod')).toEqual([]);
    expect(chains((module) => module === resolve(ROOT, 'src/shared/model.ts'))).toEqual([]);
    expect(chains((module) => module === resolve(ROOT, 'src/shared/api.ts'))).toEqual([]);
  });

  it('does not load the example organisation or the backup code (both load when first used)', () => {
    for (const file of [
      'domain/sampleData.ts',
      'features/backup/backupService.ts',
      'features/backup/backupErrors.ts',
    ]) {
      expect(chains((module) => module === resolve(RENDERER, file))).toEqual([]);
    }
  });
});
