/**
 * The templates an organisation offers: the catalog's Template entities, each read from the
 * repository and folder its template.yaml is in, at a commit (its head for a new repository or an
 * update's new version; the commit a repository recorded for an update's old one).
 */
import { readCatalogIndex } from '../../catalog-repo/catalog-parts.ts';
import type { CatalogIndex, IndexEntity } from '../../core/catalog-index/catalog-index.ts';
import type { TemplateVersion } from '../../core/scaffold/template-update.ts';
import type { Forge, RepositoryId } from '../../forge/types.ts';
import type { AppServices } from '../feature.ts';

export interface TemplateSource {
  entity: IndexEntity;
  repository: RepositoryId;
  /** template.yaml's path in its repository, and the folder holding it. */
  path: string;
  folder: string;
}

/** Every Template in the organisation's catalog, by ref, and the catalog (owners, for reviews). */
export async function templateSources(
  services: Pick<AppServices, 'catalogRepositories'>,
  forge: Forge,
  organization: string,
): Promise<{ sources: Map<string, TemplateSource>; index: CatalogIndex | undefined }> {
  const snapshot = await services.catalogRepositories.atHead(forge, organization);
  if (!snapshot.commit) return { sources: new Map(), index: undefined };
  const loaded = await readCatalogIndex(snapshot).catch(() => undefined);
  const sources = new Map<string, TemplateSource>();
  for (const entity of loaded?.index.ofKind('Template') ?? []) {
    const [owner, name] = entity.source.repository.split('/') as [string, string];
    const { path } = entity.source;
    sources.set(entity.ref, {
      entity,
      repository: { owner, name },
      path,
      folder: path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '',
    });
  }
  return { sources, index: loaded?.index };
}

/** The template's folder and template.yaml at a commit; undefined when that commit no longer has it. */
export async function templateAt(
  forge: Forge,
  source: TemplateSource,
  version: string,
): Promise<TemplateVersion | undefined> {
  const files = await forge.readFolder(source.repository, version, source.folder);
  const yaml = files?.files.get(source.path.slice(source.folder ? source.folder.length + 1 : 0));
  if (!files || !yaml) return undefined;
  return { version, templateText: new TextDecoder().decode(yaml.content), template: files };
}
