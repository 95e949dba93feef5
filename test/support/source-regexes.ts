/**
 * Every regular expression written in the project's source: regex literals, `RegExp(…)` and
 * `new RegExp(…)` calls, and the `pattern`s and `patternProperties` keys of JSON schemas written as
 * object literals. Found by TypeScript's own parser, so a new one is found wherever it is added; a
 * `RegExp` built from something other than a literal is reported as dynamic (it cannot be checked
 * here, so it must not exist).
 */
import { readFileSync } from 'node:fs';
import { glob } from 'tinyglobby';
import ts from 'typescript';

export interface SourceRegex {
  /** `app/core/x.ts:12` */
  where: string;
  source: string;
  flags: string;
  kind: 'literal' | 'RegExp' | 'schema pattern';
}

export interface SourceRegexes {
  regexes: SourceRegex[];
  /** Places where a RegExp is built from a value the parser cannot read. */
  dynamic: string[];
}

export async function sourceRegexes(root: string, folders: readonly string[]): Promise<SourceRegexes> {
  const paths = await glob(
    folders.map((f) => `${f}/**/*.ts`),
    { cwd: root, ignore: ['**/node_modules/**', '**/dist/**'] },
  );
  const out: SourceRegexes = { regexes: [], dynamic: [] };
  for (const path of paths.sort())
    collect(ts.createSourceFile(path, readFileSync(`${root}/${path}`, 'utf8'), ts.ScriptTarget.Latest, true), out);
  return out;
}

function collect(file: ts.SourceFile, out: SourceRegexes): void {
  const where = (node: ts.Node) => `${file.fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const end = text.lastIndexOf('/');
      out.regexes.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1), kind: 'literal' });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [source, flags] = (node.arguments ?? []).map((a) => stringValue(a, file));
      if (source === undefined || (node.arguments!.length > 1 && flags === undefined)) out.dynamic.push(where(node));
      else out.regexes.push({ where: where(node), source, flags: flags ?? '', kind: 'RegExp' });
    } else if (ts.isPropertyAssignment(node) && propertyName(node) === 'pattern') {
      const source = stringValue(node.initializer, file);
      // ajv compiles schema patterns with the u flag.
      if (source !== undefined) out.regexes.push({ where: where(node), source, flags: 'u', kind: 'schema pattern' });
    } else if (
      ts.isPropertyAssignment(node) &&
      propertyName(node) === 'patternProperties' &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const p of node.initializer.properties) {
        const key = p.name && (ts.isStringLiteral(p.name) || ts.isIdentifier(p.name)) ? p.name.text : undefined;
        if (key !== undefined) out.regexes.push({ where: where(p), source: key, flags: 'u', kind: 'schema pattern' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

const propertyName = (node: ts.PropertyAssignment) =>
  ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : undefined;

/** A string literal, or a `const` of the same file initialised with one. */
function stringValue(node: ts.Expression, file: ts.SourceFile): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (!ts.isIdentifier(node)) return undefined;
  let found: string | undefined;
  const look = (n: ts.Node): void => {
    if (
      ts.isVariableDeclaration(n) &&
      ts.isIdentifier(n.name) &&
      n.name.text === node.text &&
      n.initializer &&
      (ts.isStringLiteral(n.initializer) || ts.isNoSubstitutionTemplateLiteral(n.initializer))
    )
      found = n.initializer.text;
    else ts.forEachChild(n, look);
  };
  look(file);
  return found;
}
