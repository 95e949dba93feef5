import { problem } from '../problem.ts';
import type { Check } from './check.ts';
import { closest } from '../closest.ts';

const ROOT_FIELDS = ['apiVersion', 'kind', 'metadata', 'spec'];

/** Backstage's NoForeignRootFieldsEntityPolicy: only the four input fields are allowed at the root. */
export const rootFieldsCheck: Check = ({ value }) =>
  Object.keys(value)
    .filter((field) => !ROOT_FIELDS.includes(field))
    .map((field) => {
      const near = closest(field, ROOT_FIELDS);
      const fix =
        field === 'relations' || field === 'status'
          ? `Remove "${field}": the catalog computes it and does not accept it as input.`
          : near
            ? `Did you mean "${near}"?`
            : `Move "${field}" under metadata (e.g. as an annotation) or spec, or remove it.`;
      return problem(
        'error',
        'root-field',
        `/${field.replaceAll('~', '~0').replaceAll('/', '~1')}`,
        `Unknown field ${field}`,
        {
          atKey: true,
          expected: 'only apiVersion, kind, metadata and spec at the root',
          fix,
        },
      );
    });
