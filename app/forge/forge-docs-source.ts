/**
 * Docs projects read through the forge, on GitHub or from a folder of checkouts: `mkdocs.yml`
 * first (one batched read), then only its `docs_dir` (a repository with its docs at the root is not
 * read whole). The forge's folder budget bounds what is read; symbolic links are listed, never
 * followed; a folder that cannot be read says why on the entity's page instead of stopping the build.
 */
import type { DocsSource } from '../core/site/read-site-docs.ts';
import { mkdocsConfig, type DocsTree } from '../core/site/techdocs.ts';
import type { Forge } from './types.ts';

const CONFIGS = ['mkdocs.yml', 'mkdocs.yaml'];

export function forgeDocsSource(forge: Forge): DocsSource {
  return {
    async readTree(found, dir) {
      const id = { owner: found.owner, name: found.name };
      const under = (path: string) => (dir ? `${dir}/${path}` : path);
      const configs = await forge.readFiles(
        CONFIGS.map((path) => ({ repository: id, path: under(path), ref: found.defaultBranch })),
      );
      const files = new Map<string, Uint8Array>();
      configs.forEach((c, i) => c.text !== undefined && files.set(CONFIGS[i]!, new TextEncoder().encode(c.text)));
      const problems: string[] = [];
      const { docsDir } = mkdocsConfig({ files }, []);
      let folder;
      try {
        folder = await forge.readFolder(id, found.defaultBranch, under(docsDir));
      } catch (error) {
        return { files, problems: [`${under(docsDir)} could not be read: ${(error as Error).message}`] };
      }
      if (!folder && files.size === 0) return undefined;
      for (const [path, file] of folder?.files ?? []) {
        const at = docsDir ? `${docsDir}/${path}` : path;
        if (file.kind === 'symlink') problems.push(`${at} is a link, not followed`);
        else files.set(at, file.content);
      }
      return { files, problems } satisfies DocsTree;
    },
  };
}
