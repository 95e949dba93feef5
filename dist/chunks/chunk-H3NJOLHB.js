import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);

// app/core/errors.ts
var CatalogIndexError = class extends Error {
};
var UserSchemaError = class extends Error {
};
var PatternError = class extends SyntaxError {
  index;
  end;
  fix;
  constructor(message, index, end, fix) {
    super(message);
    this.name = "PatternError";
    this.index = index;
    this.end = Math.max(end, index + 1);
    this.fix = fix;
  }
};

export {
  CatalogIndexError,
  UserSchemaError,
  PatternError
};
