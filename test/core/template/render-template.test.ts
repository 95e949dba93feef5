import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTemplate, renderValue } from '../../../app/core/template/render-template.ts';
import { CORPUS_DIR } from '../../support/paths.ts';

const context = { values: { name: 'artist-lookup', owner: 'team-a', tags: ['java', 'data'] }, entity: { name: 'e' } };
const skeletons = join(CORPUS_DIR, 'create-app', 'templates', 'default-app', 'examples', 'template', 'content');

describe('templates, as Backstage’s skeletons write them', () => {
  it.skipIf(!existsSync(skeletons))('renders Backstage’s own skeleton files (../shared/corpus)', () => {
    const catalogInfo = readFileSync(join(skeletons, 'catalog-info.yaml'), 'utf8');
    const rendered = renderTemplate(catalogInfo, context);
    expect(rendered).toEqual({ text: catalogInfo.replace('${{ values.name | dump }}', '"artist-lookup"') });
    const pkg = readFileSync(join(skeletons, 'package.json'), 'utf8');
    expect(JSON.parse((renderTemplate(pkg, context) as { text: string }).text).name).toBe('artist-lookup');
  });

  it('has conditions, loops and filters, and leaves files without placeholders as they are', () => {
    const text =
      '{% if values.owner %}owner: ${{ values.owner }}\n{% endif %}{% for t in values.tags %}- ${{ t | upcase }}\n{% endfor %}';
    expect(renderTemplate(text, context)).toEqual({ text: 'owner: team-a\n- JAVA\n- DATA\n' });
    expect(renderTemplate('{{ not a placeholder }}', context)).toEqual({ text: '{{ not a placeholder }}' });
    expect(renderValue({ 'k-${{ values.name }}': ['${{ entity.name }}', 3, true] }, context)).toEqual({
      value: { 'k-artist-lookup': ['e', 3, true] },
    });
  });

  it('says what is undefined, where, and what there is', () => {
    expect(renderTemplate('a\nname: ${{ values.nam }}', context)).toEqual({
      error: {
        message: 'values.nam is not defined; the template can use values.name, values.owner, values.tags, entity.name',
        line: 2,
        column: 11,
      },
    });
  });

  it('keeps GitHub Actions expressions written raw, and says how when one is not', () => {
    expect(renderTemplate('token: {% raw %}${{ secrets.NPM_TOKEN }}{% endraw %}', context)).toEqual({
      text: 'token: ${{ secrets.NPM_TOKEN }}',
    });
    const error = renderTemplate('token: ${{ secrets.NPM_TOKEN }}', context);
    expect(error).toMatchObject({ error: { message: expect.stringContaining('{% raw %}') } });
  });

  it('cannot reach the process, the prototype chain or the file system, and stops a render bomb', () => {
    for (const escape of [
      '${{ range.constructor("return process")() }}',
      '${{ values.constructor.constructor }}',
      '${{ values.__proto__ }}',
      '{% include "/etc/passwd" %}',
      '{% render "../package.json" %}',
    ])
      expect(renderTemplate(escape, context)).toHaveProperty('error');
    const bomb = '{% for i in (1..100000000) %}{% for j in (1..100000000) %}xxxxxxxx{% endfor %}{% endfor %}';
    expect(renderTemplate(bomb, context)).toHaveProperty('error');
  });
});
