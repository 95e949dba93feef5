/**
 * An API reference page's renderer call: the definition is embedded in the page as JSON (never
 * fetched: the page works from disk and asks nothing of anyone), handed to Redoc or to AsyncAPI's
 * component, whichever the page loaded.
 */
interface RedocGlobal {
  init(spec: unknown, options: Record<string, unknown>, element: HTMLElement | null): void;
}
interface AsyncApiGlobal {
  render(props: { schema: unknown; config: Record<string, unknown> }, element: HTMLElement | null): void;
}

const globals = globalThis as unknown as { Redoc?: RedocGlobal; AsyncApiStandalone?: AsyncApiGlobal };
const definition = JSON.parse(document.getElementById('definition')?.textContent ?? 'null') as unknown;

if (globals.Redoc && document.getElementById('redoc'))
  globals.Redoc.init(
    definition,
    {
      hideDownloadButton: true,
      disableSearch: false,
      expandResponses: '200,201',
      theme: { typography: { fontFamily: 'system-ui, sans-serif', headings: { fontFamily: 'system-ui, sans-serif' } } },
    },
    document.getElementById('redoc'),
  );
else if (globals.AsyncApiStandalone && document.getElementById('asyncapi'))
  globals.AsyncApiStandalone.render(
    {
      schema: JSON.stringify(definition),
      config: { show: { sidebar: true, errors: true }, parserOptions: { __unstable: { resolver: { resolvers: [] } } } },
    },
    document.getElementById('asyncapi'),
  );
