/** Changes applied to a folder on disk: atomically, in order per path, and never outside it. */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../app/forge/local/apply-changes.ts';
import { tempRepo } from '../../support/temp-repo.ts';

describe('applyChanges', () => {
  it('writes and removes files, creating folders, and counts what it did', async () => {
    const root = tempRepo({ 'old.md': 'old', 'keep.md': 'keep' });
    const result = await applyChanges(root, [
      { path: 'a/b/new.md', content: 'new' },
      { path: 'old.md', content: null },
      { path: 'gone/never.md', content: null },
    ]);
    expect(result).toEqual({ written: 1, removed: 1 });
    expect(readFileSync(join(root, 'a/b/new.md'), 'utf8')).toBe('new');
    expect(existsSync(join(root, 'old.md'))).toBe(false);
    expect(existsSync(join(root, 'gone'))).toBe(false); // removing from a missing folder creates nothing
  });

  it('applies changes to one path in order, from a generator taken as it goes', async () => {
    const root = tempRepo({});
    function* changes() {
      for (let i = 0; i < 200; i++) yield { path: `f/${i % 7}.md`, content: String(i) };
    }
    await applyChanges(root, changes());
    for (let k = 0; k < 7; k++)
      expect(readFileSync(join(root, `f/${k}.md`), 'utf8')).toBe(String(199 - ((199 - k) % 7)));
  });

  it('leaves files that already have the content alone when asked to', async () => {
    const root = tempRepo({ 'same.md': 'same' });
    expect(await applyChanges(root, [{ path: 'same.md', content: 'same' }], { skipUnchanged: true })).toEqual({
      written: 0,
      removed: 0,
    });
    expect(await applyChanges(root, [{ path: 'same.md', content: 'same' }])).toEqual({ written: 1, removed: 0 });
  });

  it('refuses paths that climb out, and folders that lead out through a symbolic link', async () => {
    const outside = tempRepo({ 'victim.md': 'untouched' });
    const root = tempRepo({});
    mkdirSync(join(root, 'real'));
    symlinkSync(outside, join(root, 'link'));
    await expect(applyChanges(root, [{ path: '../escape.md', content: 'x' }])).rejects.toThrow(
      /Refusing to write \.\.\/escape\.md/,
    );
    await expect(applyChanges(root, [{ path: 'link/victim.md', content: 'pwned' }])).rejects.toThrow(/leads outside/);
    await expect(applyChanges(root, [{ path: 'link/victim.md', content: null }])).rejects.toThrow(/leads outside/);
    expect(readFileSync(join(outside, 'victim.md'), 'utf8')).toBe('untouched');
    writeFileSync(join(root, 'real/ok.md'), 'x');
    expect(await applyChanges(root, [{ path: 'real/ok.md', content: 'y' }])).toEqual({ written: 1, removed: 0 });
  });
});
