// markdown-it-admon ships no types: a markdown-it plugin, MkDocs' `!!! note` admonitions.
declare module 'markdown-it-admon' {
  import type { PluginSimple } from 'markdown-it';
  const admonition: PluginSimple;
  export default admonition;
}
