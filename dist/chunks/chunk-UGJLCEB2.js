import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  parseEntityRef,
  refFrom
} from "./chunk-7BHR42MJ.js";
import {
  nestedDeeperThan
} from "./chunk-CBINKEOC.js";
import {
  isRecord
} from "./chunk-M3WY2IZ6.js";
import {
  require_dist
} from "./chunk-3SVCAJPW.js";
import {
  ROOT_DESCRIPTOR
} from "./chunk-I6AYO5FO.js";
import {
  BUDGETS
} from "./chunk-56XEIP7Z.js";
import {
  globOrNothing
} from "./chunk-CR7J3FDB.js";
import {
  I
} from "./chunk-L53STSPY.js";
import {
  linearRegex
} from "./chunk-YV55PDYP.js";
import {
  PatternError
} from "./chunk-H3NJOLHB.js";
import {
  __toESM
} from "./chunk-RHSRYE64.js";

// app/core/scorecard/codeowners.ts
var CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function codeownersFacts(files, folder, owner, organization) {
  const path = CODEOWNERS_PATHS.find((p) => files.paths.includes(p));
  const text = path === void 0 ? void 0 : files.text(path);
  if (path === void 0 || text === void 0) return { present: false, owners: [] };
  const probe = folder ? `${folder}/${ROOT_DESCRIPTOR}` : ROOT_DESCRIPTOR;
  let owners = [];
  for (const line of text.split(/\r?\n/)) {
    const [pattern, ...handles] = withoutComment(line).trim().split(/\s+/);
    if (pattern && matcherOf(pattern)(probe)) owners = handles;
  }
  const expected = owner ? handleOf(owner, organization) : void 0;
  return { present: true, path, owners, ...expected ? { agreesWithCatalog: owners.some((h) => expected(h)) } : {} };
}
function matcherOf(pattern) {
  const anchored = pattern.startsWith("/") || pattern.slice(0, -1).includes("/");
  let glob = pattern.replace(/^\/+/, "");
  if (glob.endsWith("/")) glob = `${glob}**`;
  else if (!/[*?[]/.test(glob)) glob = `{${glob},${glob}/**}`;
  if (!anchored) glob = `**/${glob}`;
  return globOrNothing(glob);
}
function handleOf(owner, organization) {
  const parsed = parseEntityRef(owner, { defaultKind: "group" });
  if (!parsed.ok) return void 0;
  const name = parsed.ref.name.toLowerCase();
  if (parsed.ref.kind.toLowerCase() === "user") return (h) => h.toLowerCase() === `@${name}`;
  return (h) => {
    const [org, team] = h.toLowerCase().replace(/^@/, "").split("/");
    return team === name && (!organization || org === organization.toLowerCase());
  };
}
function withoutComment(line) {
  for (let at = line.indexOf("#"); at !== -1; at = line.indexOf("#", at + 1))
    if (at === 0 || /\s/.test(line[at - 1])) return line.slice(0, at);
  return line;
}

// node_modules/jsonpath-plus/dist/index-node-esm.js
import vm from "node:vm";
var Hooks = class {
  /**
   * @callback HookCallback
   * @this {*|Jsep} this
   * @param {Jsep} env
   * @returns: void
   */
  /**
   * Adds the given callback to the list of callbacks for the given hook.
   *
   * The callback will be invoked when the hook it is registered for is run.
   *
   * One callback function can be registered to multiple hooks and the same hook multiple times.
   *
   * @param {string|object} name The name of the hook, or an object of callbacks keyed by name
   * @param {HookCallback|boolean} callback The callback function which is given environment variables.
   * @param {?boolean} [first=false] Will add the hook to the top of the list (defaults to the bottom)
   * @public
   */
  add(name, callback, first) {
    if (typeof arguments[0] != "string") {
      for (let name2 in arguments[0]) {
        this.add(name2, arguments[0][name2], arguments[1]);
      }
    } else {
      (Array.isArray(name) ? name : [name]).forEach(function(name2) {
        this[name2] = this[name2] || [];
        if (callback) {
          this[name2][first ? "unshift" : "push"](callback);
        }
      }, this);
    }
  }
  /**
   * Runs a hook invoking all registered callbacks with the given environment variables.
   *
   * Callbacks will be invoked synchronously and in the order in which they were registered.
   *
   * @param {string} name The name of the hook.
   * @param {Object<string, any>} env The environment variables of the hook passed to all callbacks registered.
   * @public
   */
  run(name, env) {
    this[name] = this[name] || [];
    this[name].forEach(function(callback) {
      callback.call(env && env.context ? env.context : env, env);
    });
  }
};
var Plugins = class {
  constructor(jsep2) {
    this.jsep = jsep2;
    this.registered = {};
  }
  /**
   * @callback PluginSetup
   * @this {Jsep} jsep
   * @returns: void
   */
  /**
   * Adds the given plugin(s) to the registry
   *
   * @param {object} plugins
   * @param {string} plugins.name The name of the plugin
   * @param {PluginSetup} plugins.init The init function
   * @public
   */
  register(...plugins) {
    plugins.forEach((plugin2) => {
      if (typeof plugin2 !== "object" || !plugin2.name || !plugin2.init) {
        throw new Error("Invalid JSEP plugin format");
      }
      if (this.registered[plugin2.name]) {
        return;
      }
      plugin2.init(this.jsep);
      this.registered[plugin2.name] = plugin2;
    });
  }
};
var Jsep = class _Jsep {
  /**
   * @returns {string}
   */
  static get version() {
    return "1.6.0";
  }
  /**
   * @returns {string}
   */
  static toString() {
    return "JavaScript Expression Parser (JSEP) v" + _Jsep.version;
  }
  // ==================== CONFIG ================================
  /**
   * @method addUnaryOp
   * @param {string} op_name The name of the unary op to add
   * @returns {Jsep}
   */
  static addUnaryOp(op_name) {
    _Jsep.max_unop_len = Math.max(op_name.length, _Jsep.max_unop_len);
    _Jsep.unary_ops[op_name] = 1;
    return _Jsep;
  }
  /**
   * @method jsep.addBinaryOp
   * @param {string} op_name The name of the binary op to add
   * @param {number} precedence The precedence of the binary op (can be a float). Higher number = higher precedence
   * @param {boolean} [isRightAssociative=false] whether operator is right-associative
   * @returns {Jsep}
   */
  static addBinaryOp(op_name, precedence, isRightAssociative) {
    _Jsep.max_binop_len = Math.max(op_name.length, _Jsep.max_binop_len);
    _Jsep.binary_ops[op_name] = precedence;
    if (isRightAssociative) {
      _Jsep.right_associative.add(op_name);
    } else {
      _Jsep.right_associative.delete(op_name);
    }
    return _Jsep;
  }
  /**
   * @method addIdentifierChar
   * @param {string} char The additional character to treat as a valid part of an identifier
   * @returns {Jsep}
   */
  static addIdentifierChar(char) {
    _Jsep.additional_identifier_chars.add(char);
    return _Jsep;
  }
  /**
   * @method addLiteral
   * @param {string} literal_name The name of the literal to add
   * @param {*} literal_value The value of the literal
   * @returns {Jsep}
   */
  static addLiteral(literal_name, literal_value) {
    _Jsep.literals[literal_name] = literal_value;
    return _Jsep;
  }
  /**
   * @method removeUnaryOp
   * @param {string} op_name The name of the unary op to remove
   * @returns {Jsep}
   */
  static removeUnaryOp(op_name) {
    delete _Jsep.unary_ops[op_name];
    if (op_name.length === _Jsep.max_unop_len) {
      _Jsep.max_unop_len = _Jsep.getMaxKeyLen(_Jsep.unary_ops);
    }
    return _Jsep;
  }
  /**
   * @method removeAllUnaryOps
   * @returns {Jsep}
   */
  static removeAllUnaryOps() {
    _Jsep.unary_ops = {};
    _Jsep.max_unop_len = 0;
    return _Jsep;
  }
  /**
   * @method removeIdentifierChar
   * @param {string} char The additional character to stop treating as a valid part of an identifier
   * @returns {Jsep}
   */
  static removeIdentifierChar(char) {
    _Jsep.additional_identifier_chars.delete(char);
    return _Jsep;
  }
  /**
   * @method removeBinaryOp
   * @param {string} op_name The name of the binary op to remove
   * @returns {Jsep}
   */
  static removeBinaryOp(op_name) {
    delete _Jsep.binary_ops[op_name];
    if (op_name.length === _Jsep.max_binop_len) {
      _Jsep.max_binop_len = _Jsep.getMaxKeyLen(_Jsep.binary_ops);
    }
    _Jsep.right_associative.delete(op_name);
    return _Jsep;
  }
  /**
   * @method removeAllBinaryOps
   * @returns {Jsep}
   */
  static removeAllBinaryOps() {
    _Jsep.binary_ops = {};
    _Jsep.max_binop_len = 0;
    return _Jsep;
  }
  /**
   * @method removeLiteral
   * @param {string} literal_name The name of the literal to remove
   * @returns {Jsep}
   */
  static removeLiteral(literal_name) {
    delete _Jsep.literals[literal_name];
    return _Jsep;
  }
  /**
   * @method removeAllLiterals
   * @returns {Jsep}
   */
  static removeAllLiterals() {
    _Jsep.literals = {};
    return _Jsep;
  }
  // ==================== END CONFIG ============================
  /**
   * @returns {string}
   */
  get char() {
    return this.expr.charAt(this.index);
  }
  /**
   * @returns {number}
   */
  get code() {
    return this.expr.charCodeAt(this.index);
  }
  /**
   * @param {string} expr a string with the passed in express
   * @returns Jsep
   */
  constructor(expr) {
    this.expr = expr;
    this.index = 0;
  }
  /**
   * static top-level parser
   * @returns {jsep.Expression}
   */
  static parse(expr) {
    return new _Jsep(expr).parse();
  }
  /**
   * Get the longest key length of any object
   * @param {object} obj
   * @returns {number}
   */
  static getMaxKeyLen(obj) {
    return Math.max(0, ...Object.keys(obj).map((k) => k.length));
  }
  /**
   * `ch` is a character code in the next three functions
   * @param {number} ch
   * @returns {boolean}
   */
  static isDecimalDigit(ch) {
    return ch >= 48 && ch <= 57;
  }
  /**
   * Returns the precedence of a binary operator or `0` if it isn't a binary operator. Can be float.
   * @param {string} op_val
   * @returns {number}
   */
  static binaryPrecedence(op_val) {
    return _Jsep.binary_ops[op_val] || 0;
  }
  /**
   * Looks for start of identifier
   * @param {number} ch
   * @returns {boolean}
   */
  static isIdentifierStart(ch) {
    return ch >= 65 && ch <= 90 || // A...Z
    ch >= 97 && ch <= 122 || // a...z
    ch >= 128 && !_Jsep.binary_ops[String.fromCharCode(ch)] || // any non-ASCII that is not an operator
    _Jsep.additional_identifier_chars.has(String.fromCharCode(ch));
  }
  /**
   * @param {number} ch
   * @returns {boolean}
   */
  static isIdentifierPart(ch) {
    return _Jsep.isIdentifierStart(ch) || _Jsep.isDecimalDigit(ch);
  }
  /**
   * throw error at index of the expression
   * @param {string} message
   * @throws
   */
  throwError(message) {
    const error = new Error(message + " at character " + this.index);
    error.index = this.index;
    error.description = message;
    throw error;
  }
  /**
   * Run a given hook
   * @param {string} name
   * @param {jsep.Expression|false} [node]
   * @returns {?jsep.Expression}
   */
  runHook(name, node) {
    if (_Jsep.hooks[name]) {
      const env = {
        context: this,
        node
      };
      _Jsep.hooks.run(name, env);
      return env.node;
    }
    return node;
  }
  /**
   * Runs a given hook until one returns a node
   * @param {string} name
   * @returns {?jsep.Expression}
   */
  searchHook(name) {
    if (_Jsep.hooks[name]) {
      const env = {
        context: this
      };
      _Jsep.hooks[name].find(function(callback) {
        callback.call(env.context, env);
        return env.node;
      });
      return env.node;
    }
  }
  /**
   * Push `index` up to the next non-space character
   */
  gobbleSpaces() {
    let ch = this.code;
    while (ch === _Jsep.SPACE_CODE || ch === _Jsep.TAB_CODE || ch === _Jsep.LF_CODE || ch === _Jsep.CR_CODE) {
      ch = this.expr.charCodeAt(++this.index);
    }
    this.runHook("gobble-spaces");
  }
  /**
   * Top-level method to parse all expressions and returns compound or single node
   * @returns {jsep.Expression}
   */
  parse() {
    this.runHook("before-all");
    const nodes = this.gobbleExpressions();
    const node = nodes.length === 1 ? nodes[0] : {
      type: _Jsep.COMPOUND,
      body: nodes
    };
    return this.runHook("after-all", node);
  }
  /**
   * top-level parser (but can be reused within as well)
   * @param {number} [untilICode]
   * @returns {jsep.Expression[]}
   */
  gobbleExpressions(untilICode) {
    let nodes = [], ch_i, node;
    while (this.index < this.expr.length) {
      ch_i = this.code;
      if (ch_i === _Jsep.SEMCOL_CODE || ch_i === _Jsep.COMMA_CODE) {
        this.index++;
      } else {
        if (node = this.gobbleExpression()) {
          nodes.push(node);
        } else if (this.index < this.expr.length) {
          if (ch_i === untilICode) {
            break;
          }
          this.throwError('Unexpected "' + this.char + '"');
        }
      }
    }
    return nodes;
  }
  /**
   * The main parsing function.
   * @returns {?jsep.Expression}
   */
  gobbleExpression() {
    const node = this.searchHook("gobble-expression") || this.gobbleBinaryExpression();
    this.gobbleSpaces();
    return this.runHook("after-expression", node);
  }
  /**
   * Search for the operation portion of the string (e.g. `+`, `===`)
   * Start by taking the longest possible binary operations (3 characters: `===`, `!==`, `>>>`)
   * and move down from 3 to 2 to 1 character until a matching binary operation is found
   * then, return that binary operation
   * @returns {string|boolean}
   */
  gobbleBinaryOp() {
    this.gobbleSpaces();
    let to_check = this.expr.substr(this.index, _Jsep.max_binop_len);
    let tc_len = to_check.length;
    while (tc_len > 0) {
      if (_Jsep.binary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
        this.index += tc_len;
        return to_check;
      }
      to_check = to_check.substr(0, --tc_len);
    }
    return false;
  }
  /**
   * This function is responsible for gobbling an individual expression,
   * e.g. `1`, `1+2`, `a+(b*2)-Math.sqrt(2)`
   * @returns {?jsep.BinaryExpression}
   */
  gobbleBinaryExpression() {
    let node, biop, prec, stack, biop_info, left, right, i, cur_biop;
    left = this.gobbleToken();
    if (!left) {
      return left;
    }
    biop = this.gobbleBinaryOp();
    if (!biop) {
      return left;
    }
    biop_info = {
      value: biop,
      prec: _Jsep.binaryPrecedence(biop),
      right_a: _Jsep.right_associative.has(biop)
    };
    right = this.gobbleToken();
    if (!right) {
      this.throwError("Expected expression after " + biop);
    }
    stack = [left, biop_info, right];
    while (biop = this.gobbleBinaryOp()) {
      prec = _Jsep.binaryPrecedence(biop);
      if (prec === 0) {
        this.index -= biop.length;
        break;
      }
      biop_info = {
        value: biop,
        prec,
        right_a: _Jsep.right_associative.has(biop)
      };
      cur_biop = biop;
      const comparePrev = (prev) => biop_info.right_a && prev.right_a ? prec > prev.prec : prec <= prev.prec;
      while (stack.length > 2 && comparePrev(stack[stack.length - 2])) {
        right = stack.pop();
        biop = stack.pop().value;
        left = stack.pop();
        node = {
          type: _Jsep.BINARY_EXP,
          operator: biop,
          left,
          right
        };
        stack.push(node);
      }
      node = this.gobbleToken();
      if (!node) {
        this.throwError("Expected expression after " + cur_biop);
      }
      stack.push(biop_info, node);
    }
    i = stack.length - 1;
    node = stack[i];
    while (i > 1) {
      node = {
        type: _Jsep.BINARY_EXP,
        operator: stack[i - 1].value,
        left: stack[i - 2],
        right: node
      };
      i -= 2;
    }
    return node;
  }
  /**
   * An individual part of a binary expression:
   * e.g. `foo.bar(baz)`, `1`, `"abc"`, `(a % 2)` (because it's in parenthesis)
   * @returns {boolean|jsep.Expression}
   */
  gobbleToken() {
    let ch, to_check, tc_len, node;
    this.gobbleSpaces();
    node = this.searchHook("gobble-token");
    if (node) {
      return this.runHook("after-token", node);
    }
    ch = this.code;
    if (_Jsep.isDecimalDigit(ch) || ch === _Jsep.PERIOD_CODE) {
      return this.gobbleNumericLiteral();
    }
    if (ch === _Jsep.SQUOTE_CODE || ch === _Jsep.DQUOTE_CODE) {
      node = this.gobbleStringLiteral();
    } else if (ch === _Jsep.OBRACK_CODE) {
      node = this.gobbleArray();
    } else {
      to_check = this.expr.substr(this.index, _Jsep.max_unop_len);
      tc_len = to_check.length;
      while (tc_len > 0) {
        if (_Jsep.unary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
          this.index += tc_len;
          const argument = this.gobbleToken();
          if (!argument) {
            this.throwError("missing unaryOp argument");
          }
          return this.runHook("after-token", {
            type: _Jsep.UNARY_EXP,
            operator: to_check,
            argument,
            prefix: true
          });
        }
        to_check = to_check.substr(0, --tc_len);
      }
      if (_Jsep.isIdentifierStart(ch)) {
        node = this.gobbleIdentifier();
        if (_Jsep.literals.hasOwnProperty(node.name)) {
          node = {
            type: _Jsep.LITERAL,
            value: _Jsep.literals[node.name],
            raw: node.name
          };
        } else if (node.name === _Jsep.this_str) {
          node = {
            type: _Jsep.THIS_EXP
          };
        }
      } else if (ch === _Jsep.OPAREN_CODE) {
        node = this.gobbleGroup();
      }
    }
    if (!node) {
      return this.runHook("after-token", false);
    }
    node = this.gobbleTokenProperty(node);
    return this.runHook("after-token", node);
  }
  /**
   * Gobble properties of of identifiers/strings/arrays/groups.
   * e.g. `foo`, `bar.baz`, `foo['bar'].baz`
   * It also gobbles function calls:
   * e.g. `Math.acos(obj.angle)`
   * @param {jsep.Expression} node
   * @returns {jsep.Expression}
   */
  gobbleTokenProperty(node) {
    this.gobbleSpaces();
    let ch = this.code;
    while (ch === _Jsep.PERIOD_CODE || ch === _Jsep.OBRACK_CODE || ch === _Jsep.OPAREN_CODE || ch === _Jsep.QUMARK_CODE) {
      let optional;
      if (ch === _Jsep.QUMARK_CODE) {
        if (this.expr.charCodeAt(this.index + 1) !== _Jsep.PERIOD_CODE) {
          break;
        }
        optional = true;
        this.index += 2;
        this.gobbleSpaces();
        ch = this.code;
      }
      this.index++;
      if (ch === _Jsep.OBRACK_CODE) {
        node = {
          type: _Jsep.MEMBER_EXP,
          computed: true,
          object: node,
          property: this.gobbleExpression()
        };
        if (!node.property) {
          this.throwError('Unexpected "' + this.char + '"');
        }
        this.gobbleSpaces();
        ch = this.code;
        if (ch !== _Jsep.CBRACK_CODE) {
          this.throwError("Unclosed [");
        }
        this.index++;
      } else if (ch === _Jsep.OPAREN_CODE) {
        node = {
          type: _Jsep.CALL_EXP,
          "arguments": this.gobbleArguments(_Jsep.CPAREN_CODE),
          callee: node
        };
      } else if (ch === _Jsep.PERIOD_CODE || optional) {
        if (optional) {
          this.index--;
        }
        this.gobbleSpaces();
        node = {
          type: _Jsep.MEMBER_EXP,
          computed: false,
          object: node,
          property: this.gobbleIdentifier()
        };
      }
      if (optional) {
        node.optional = true;
      }
      this.gobbleSpaces();
      ch = this.code;
    }
    return node;
  }
  /**
   * Parse simple numeric literals: `12`, `3.4`, `.5`. Do this by using a string to
   * keep track of everything in the numeric literal and then calling `parseFloat` on that string
   * @returns {jsep.Literal}
   */
  gobbleNumericLiteral() {
    let number = "", ch, chCode;
    while (_Jsep.isDecimalDigit(this.code)) {
      number += this.expr.charAt(this.index++);
    }
    if (this.code === _Jsep.PERIOD_CODE) {
      number += this.expr.charAt(this.index++);
      while (_Jsep.isDecimalDigit(this.code)) {
        number += this.expr.charAt(this.index++);
      }
    }
    ch = this.char;
    if (ch === "e" || ch === "E") {
      number += this.expr.charAt(this.index++);
      ch = this.char;
      if (ch === "+" || ch === "-") {
        number += this.expr.charAt(this.index++);
      }
      while (_Jsep.isDecimalDigit(this.code)) {
        number += this.expr.charAt(this.index++);
      }
      if (!_Jsep.isDecimalDigit(this.expr.charCodeAt(this.index - 1))) {
        this.throwError("Expected exponent (" + number + this.char + ")");
      }
    }
    chCode = this.code;
    if (_Jsep.isIdentifierStart(chCode)) {
      this.throwError("Variable names cannot start with a number (" + number + this.char + ")");
    } else if (chCode === _Jsep.PERIOD_CODE || number.length === 1 && number.charCodeAt(0) === _Jsep.PERIOD_CODE) {
      this.throwError("Unexpected period");
    }
    return {
      type: _Jsep.LITERAL,
      value: parseFloat(number),
      raw: number
    };
  }
  /**
   * Parses a string literal, staring with single or double quotes with basic support for escape codes
   * e.g. `"hello world"`, `'this is\nJSEP'`
   * @returns {jsep.Literal}
   */
  gobbleStringLiteral() {
    let str = "";
    const startIndex = this.index;
    const quote = this.expr.charAt(this.index++);
    let closed = false;
    while (this.index < this.expr.length) {
      let ch = this.expr.charAt(this.index++);
      if (ch === quote) {
        closed = true;
        break;
      } else if (ch === "\\") {
        ch = this.expr.charAt(this.index++);
        switch (ch) {
          case "n":
            str += "\n";
            break;
          case "r":
            str += "\r";
            break;
          case "t":
            str += "	";
            break;
          case "b":
            str += "\b";
            break;
          case "f":
            str += "\f";
            break;
          case "v":
            str += "\v";
            break;
          default:
            str += ch;
        }
      } else {
        str += ch;
      }
    }
    if (!closed) {
      this.throwError('Unclosed quote after "' + str + '"');
    }
    return {
      type: _Jsep.LITERAL,
      value: str,
      raw: this.expr.substring(startIndex, this.index)
    };
  }
  /**
   * Gobbles only identifiers
   * e.g.: `foo`, `_value`, `$x1`
   * Also, this function checks if that identifier is a literal:
   * (e.g. `true`, `false`, `null`) or `this`
   * @returns {jsep.Identifier}
   */
  gobbleIdentifier() {
    let ch = this.code, start = this.index;
    if (_Jsep.isIdentifierStart(ch)) {
      this.index++;
    } else {
      this.throwError("Unexpected " + this.char);
    }
    while (this.index < this.expr.length) {
      ch = this.code;
      if (_Jsep.isIdentifierPart(ch)) {
        this.index++;
      } else {
        break;
      }
    }
    return {
      type: _Jsep.IDENTIFIER,
      name: this.expr.slice(start, this.index)
    };
  }
  /**
   * Gobbles a list of arguments within the context of a function call
   * or array literal. This function also assumes that the opening character
   * `(` or `[` has already been gobbled, and gobbles expressions and commas
   * until the terminator character `)` or `]` is encountered.
   * e.g. `foo(bar, baz)`, `my_func()`, or `[bar, baz]`
   * @param {number} termination
   * @returns {jsep.Expression[]}
   */
  gobbleArguments(termination) {
    const args = [];
    let closed = false;
    let separator_count = 0;
    while (this.index < this.expr.length) {
      this.gobbleSpaces();
      let ch_i = this.code;
      if (ch_i === termination) {
        closed = true;
        this.index++;
        if (termination === _Jsep.CPAREN_CODE && separator_count && separator_count >= args.length) {
          this.throwError("Unexpected token " + String.fromCharCode(termination));
        }
        break;
      } else if (ch_i === _Jsep.COMMA_CODE) {
        this.index++;
        separator_count++;
        if (separator_count !== args.length) {
          if (termination === _Jsep.CPAREN_CODE) {
            this.throwError("Unexpected token ,");
          } else if (termination === _Jsep.CBRACK_CODE) {
            for (let arg = args.length; arg < separator_count; arg++) {
              args.push(null);
            }
          }
        }
      } else if (args.length !== separator_count && separator_count !== 0) {
        this.throwError("Expected comma");
      } else {
        const node = this.gobbleExpression();
        if (!node || node.type === _Jsep.COMPOUND) {
          this.throwError("Expected comma");
        }
        args.push(node);
      }
    }
    if (!closed) {
      this.throwError("Expected " + String.fromCharCode(termination));
    }
    return args;
  }
  /**
   * Responsible for parsing a group of things within parentheses `()`
   * that have no identifier in front (so not a function call)
   * This function assumes that it needs to gobble the opening parenthesis
   * and then tries to gobble everything within that parenthesis, assuming
   * that the next thing it should see is the close parenthesis. If not,
   * then the expression probably doesn't have a `)`
   * @returns {boolean|jsep.Expression}
   */
  gobbleGroup() {
    this.index++;
    let nodes = this.gobbleExpressions(_Jsep.CPAREN_CODE);
    if (this.code === _Jsep.CPAREN_CODE) {
      this.index++;
      if (nodes.length === 1) {
        return nodes[0];
      } else if (!nodes.length) {
        return false;
      } else {
        return {
          type: _Jsep.SEQUENCE_EXP,
          expressions: nodes
        };
      }
    } else {
      this.throwError("Unclosed (");
    }
  }
  /**
   * Responsible for parsing Array literals `[1, 2, 3]`
   * This function assumes that it needs to gobble the opening bracket
   * and then tries to gobble the expressions as arguments.
   * @returns {jsep.ArrayExpression}
   */
  gobbleArray() {
    this.index++;
    return {
      type: _Jsep.ARRAY_EXP,
      elements: this.gobbleArguments(_Jsep.CBRACK_CODE)
    };
  }
};
var hooks = new Hooks();
Object.assign(Jsep, {
  hooks,
  plugins: new Plugins(Jsep),
  // Node Types
  // ----------
  // This is the full set of types that any JSEP node can be.
  // Store them here to save space when minified
  COMPOUND: "Compound",
  SEQUENCE_EXP: "SequenceExpression",
  IDENTIFIER: "Identifier",
  MEMBER_EXP: "MemberExpression",
  LITERAL: "Literal",
  THIS_EXP: "ThisExpression",
  CALL_EXP: "CallExpression",
  UNARY_EXP: "UnaryExpression",
  BINARY_EXP: "BinaryExpression",
  ARRAY_EXP: "ArrayExpression",
  TAB_CODE: 9,
  LF_CODE: 10,
  CR_CODE: 13,
  SPACE_CODE: 32,
  PERIOD_CODE: 46,
  // '.'
  COMMA_CODE: 44,
  // ','
  SQUOTE_CODE: 39,
  // single quote
  DQUOTE_CODE: 34,
  // double quotes
  OPAREN_CODE: 40,
  // (
  CPAREN_CODE: 41,
  // )
  OBRACK_CODE: 91,
  // [
  CBRACK_CODE: 93,
  // ]
  QUMARK_CODE: 63,
  // ?
  SEMCOL_CODE: 59,
  // ;
  COLON_CODE: 58,
  // :
  // Operations
  // ----------
  // Use a quickly-accessible map to store all of the unary operators
  // Values are set to `1` (it really doesn't matter)
  unary_ops: {
    "-": 1,
    "!": 1,
    "~": 1,
    "+": 1
  },
  // Also use a map for the binary operations but set their values to their
  // binary precedence for quick reference (higher number = higher precedence)
  // see [Order of operations](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Operator_Precedence)
  binary_ops: {
    "||": 1,
    "??": 1,
    "&&": 2,
    "|": 3,
    "^": 4,
    "&": 5,
    "==": 6,
    "!=": 6,
    "===": 6,
    "!==": 6,
    "<": 7,
    ">": 7,
    "<=": 7,
    ">=": 7,
    "<<": 8,
    ">>": 8,
    ">>>": 8,
    "+": 9,
    "-": 9,
    "*": 10,
    "/": 10,
    "%": 10,
    "**": 11
  },
  // sets specific binary_ops as right-associative
  right_associative: /* @__PURE__ */ new Set(["**"]),
  // Additional valid identifier chars, apart from a-z, A-Z and 0-9 (except on the starting char)
  additional_identifier_chars: /* @__PURE__ */ new Set(["$", "_"]),
  // Literals
  // ----------
  // Store the values to return for the various literals we may encounter
  literals: {
    "true": true,
    "false": false,
    "null": null
  },
  // Except for `this`, which is special. This could be changed to something like `'self'` as well
  this_str: "this"
});
Jsep.max_unop_len = Jsep.getMaxKeyLen(Jsep.unary_ops);
Jsep.max_binop_len = Jsep.getMaxKeyLen(Jsep.binary_ops);
var jsep = (expr) => new Jsep(expr).parse();
var stdClassProps = Object.getOwnPropertyNames(class Test {
});
Object.getOwnPropertyNames(Jsep).filter((prop) => !stdClassProps.includes(prop) && jsep[prop] === void 0).forEach((m) => {
  jsep[m] = Jsep[m];
});
jsep.Jsep = Jsep;
var CONDITIONAL_EXP = "ConditionalExpression";
var ternary = {
  name: "ternary",
  init(jsep2) {
    jsep2.hooks.add("after-expression", function gobbleTernary(env) {
      if (env.node && this.code === jsep2.QUMARK_CODE) {
        this.index++;
        const test = env.node;
        const consequent = this.gobbleExpression();
        if (!consequent) {
          this.throwError("Expected expression");
        }
        this.gobbleSpaces();
        if (this.code === jsep2.COLON_CODE) {
          this.index++;
          const alternate = this.gobbleExpression();
          if (!alternate) {
            this.throwError("Expected expression");
          }
          env.node = {
            type: CONDITIONAL_EXP,
            test,
            consequent,
            alternate
          };
          if (test.operator && jsep2.binary_ops[test.operator] <= 0.9) {
            let newTest = test;
            while (newTest.right.operator && jsep2.binary_ops[newTest.right.operator] <= 0.9) {
              newTest = newTest.right;
            }
            env.node.test = newTest.right;
            newTest.right = env.node;
            env.node = test;
          }
        } else {
          this.throwError("Expected :");
        }
      }
    });
  }
};
jsep.plugins.register(ternary);
var FSLASH_CODE = 47;
var BSLASH_CODE = 92;
var index = {
  name: "regex",
  init(jsep2) {
    jsep2.hooks.add("gobble-token", function gobbleRegexLiteral(env) {
      if (this.code === FSLASH_CODE) {
        const patternIndex = ++this.index;
        let inCharSet = false;
        while (this.index < this.expr.length) {
          if (this.code === FSLASH_CODE && !inCharSet) {
            const pattern = this.expr.slice(patternIndex, this.index);
            let flags = "";
            while (++this.index < this.expr.length) {
              const code = this.code;
              if (code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57) {
                flags += this.char;
              } else {
                break;
              }
            }
            let value;
            try {
              value = new RegExp(pattern, flags);
            } catch (e) {
              this.throwError(e.message);
            }
            env.node = {
              type: jsep2.LITERAL,
              value,
              raw: this.expr.slice(patternIndex - 1, this.index)
            };
            env.node = this.gobbleTokenProperty(env.node);
            return env.node;
          }
          if (this.code === jsep2.OBRACK_CODE) {
            inCharSet = true;
          } else if (inCharSet && this.code === jsep2.CBRACK_CODE) {
            inCharSet = false;
          }
          this.index += this.code === BSLASH_CODE ? 2 : 1;
        }
        this.throwError("Unclosed Regex");
      }
    });
  }
};
var PLUS_CODE = 43;
var MINUS_CODE = 45;
var plugin = {
  name: "assignment",
  assignmentOperators: /* @__PURE__ */ new Set(["=", "*=", "**=", "/=", "%=", "+=", "-=", "<<=", ">>=", ">>>=", "&=", "^=", "|=", "||=", "&&=", "??="]),
  updateOperators: [PLUS_CODE, MINUS_CODE],
  assignmentPrecedence: 0.9,
  init(jsep2) {
    const updateNodeTypes = [jsep2.IDENTIFIER, jsep2.MEMBER_EXP];
    plugin.assignmentOperators.forEach((op) => jsep2.addBinaryOp(op, plugin.assignmentPrecedence, true));
    jsep2.hooks.add("gobble-token", function gobbleUpdatePrefix(env) {
      const code = this.code;
      if (plugin.updateOperators.some((c) => c === code && c === this.expr.charCodeAt(this.index + 1))) {
        this.index += 2;
        env.node = {
          type: "UpdateExpression",
          operator: code === PLUS_CODE ? "++" : "--",
          argument: this.gobbleTokenProperty(this.gobbleIdentifier()),
          prefix: true
        };
        if (!env.node.argument || !updateNodeTypes.includes(env.node.argument.type)) {
          this.throwError(`Unexpected ${env.node.operator}`);
        }
      }
    });
    jsep2.hooks.add("after-token", function gobbleUpdatePostfix(env) {
      if (env.node) {
        const code = this.code;
        if (plugin.updateOperators.some((c) => c === code && c === this.expr.charCodeAt(this.index + 1))) {
          if (!updateNodeTypes.includes(env.node.type)) {
            this.throwError(`Unexpected ${env.node.operator}`);
          }
          this.index += 2;
          env.node = {
            type: "UpdateExpression",
            operator: code === PLUS_CODE ? "++" : "--",
            argument: env.node,
            prefix: false
          };
        }
      }
    });
    jsep2.hooks.add("after-expression", function gobbleAssignment(env) {
      if (env.node) {
        updateBinariesToAssignments(env.node);
      }
    });
    function updateBinariesToAssignments(node) {
      if (plugin.assignmentOperators.has(node.operator)) {
        node.type = "AssignmentExpression";
        updateBinariesToAssignments(node.left);
        updateBinariesToAssignments(node.right);
      } else if (!node.operator) {
        Object.values(node).forEach((val) => {
          if (val && typeof val === "object") {
            updateBinariesToAssignments(val);
          }
        });
      }
    }
  }
};
jsep.plugins.register(index, plugin);
jsep.addUnaryOp("typeof");
jsep.addUnaryOp("void");
jsep.addLiteral("null", null);
jsep.addLiteral("undefined", void 0);
var BLOCKED_PROTO_PROPERTIES = /* @__PURE__ */ new Set(["constructor", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"]);
var BLOCKED_FUNCTIONS = new WeakSet([
  Function,
  // eslint-disable-next-line no-empty-function -- Only need the constructor
  function* () {
  }.constructor,
  // eslint-disable-next-line no-empty-function -- Only need the constructor
  async function() {
  }.constructor,
  // eslint-disable-next-line no-empty-function -- Only need the constructor
  async function* () {
  }.constructor,
  Function.prototype.call,
  Function.prototype.apply,
  Function.prototype.bind,
  Reflect.apply,
  Reflect.construct,
  ...[...BLOCKED_PROTO_PROPERTIES].map((name) => Reflect.get(Object.prototype, name)).filter((value) => typeof value === "function")
]);
var isBlockedFunction = (value) => {
  return typeof value === "function" && BLOCKED_FUNCTIONS.has(value);
};
var getSafeProperty = (obj, prop) => {
  if (obj === void 0 || obj === null) {
    throw new TypeError(`Cannot read properties of ${obj} (reading '${prop}')`);
  }
  if (!Object.hasOwn(obj, prop) && BLOCKED_PROTO_PROPERTIES.has(prop)) {
    throw new TypeError(`Cannot read properties of ${obj} (reading '${prop}')`);
  }
  const result = (
    /** @type {Record<string, UnknownResult>} */
    obj[prop]
  );
  if (isBlockedFunction(result)) {
    throw new TypeError("Function constructor is disabled");
  }
  return result;
};
var BINOPS = Object.assign(
  /* @__PURE__ */ Object.create(null),
  /** @type {OperatorTable} */
  {
    "||": (a, b) => a || b(),
    "??": (a, b) => a ?? b(),
    "&&": (a, b) => a && b(),
    "|": (a, b) => a | b(),
    "^": (a, b) => a ^ b(),
    "&": (a, b) => a & b(),
    // eslint-disable-next-line eqeqeq -- API
    "==": (a, b) => a == b(),
    // eslint-disable-next-line eqeqeq -- API
    "!=": (a, b) => a != b(),
    "===": (a, b) => a === b(),
    "!==": (a, b) => a !== b(),
    "<": (a, b) => a < b(),
    ">": (a, b) => a > b(),
    "<=": (a, b) => a <= b(),
    ">=": (a, b) => a >= b(),
    "<<": (a, b) => a << b(),
    ">>": (a, b) => a >> b(),
    ">>>": (a, b) => a >>> b(),
    "+": (a, b) => a + b(),
    "-": (a, b) => a - b(),
    "*": (a, b) => a * b(),
    "/": (a, b) => a / b(),
    "%": (a, b) => a % b(),
    "**": (a, b) => a ** b()
  }
);
var UNOPS = Object.assign(
  /* @__PURE__ */ Object.create(null),
  /** @type {UnaryOperatorTable} */
  {
    "-": (a) => -/** @type {EvaluatedResult} */
    a,
    "!": (a) => !a,
    "~": (a) => ~/** @type {EvaluatedResult} */
    a,
    // eslint-disable-next-line no-implicit-coercion -- API
    "+": (a) => +/** @type {EvaluatedResult} */
    a,
    typeof: (a) => typeof a,
    void: () => void 0
  }
);
var SafeEval = {
  /**
   * @param {jsep.Expression} ast
   * @param {Substitutions} subs
   * @returns {UnknownResult}
   */
  evalAst(ast, subs) {
    switch (ast.type) {
      case "BinaryExpression":
      case "LogicalExpression":
        return SafeEval.evalBinaryExpression(
          /** @type {jsep.BinaryExpression} */
          ast,
          subs
        );
      case "Compound":
        return SafeEval.evalCompound(
          /** @type {jsep.Compound} */
          ast,
          subs
        );
      case "ConditionalExpression":
        return SafeEval.evalConditionalExpression(
          /** @type {jsep.ConditionalExpression} */
          ast,
          subs
        );
      case "Identifier":
        return SafeEval.evalIdentifier(
          /** @type {jsep.Identifier} */
          ast,
          subs
        );
      case "Literal":
        return SafeEval.evalLiteral(
          /** @type {jsep.Literal} */
          ast
        );
      case "MemberExpression":
        return SafeEval.evalMemberExpression(
          /** @type {jsep.MemberExpression} */
          ast,
          subs
        );
      case "UnaryExpression":
        return SafeEval.evalUnaryExpression(
          /** @type {jsep.UnaryExpression} */
          ast,
          subs
        );
      case "ArrayExpression":
        return SafeEval.evalArrayExpression(
          /** @type {jsep.ArrayExpression} */
          ast,
          subs
        );
      case "CallExpression":
        return SafeEval.evalCallExpression(
          /** @type {jsep.CallExpression} */
          ast,
          subs
        );
      case "AssignmentExpression":
        return SafeEval.evalAssignmentExpression(
          /** @type {AssignmentExpression} */
          ast,
          subs
        );
      default:
        throw new SyntaxError("Unexpected expression", {
          cause: ast
        });
    }
  },
  /**
   * @param {jsep.BinaryExpression} ast
   * @param {Substitutions} subs
   * @returns {UnknownResult}
   */
  evalBinaryExpression(ast, subs) {
    if (!Object.hasOwn(BINOPS, ast.operator)) {
      throw new SyntaxError(`Unknown binary operator: ${ast.operator}`);
    }
    const result = BINOPS[ast.operator](SafeEval.evalAst(ast.left, subs), () => SafeEval.evalAst(ast.right, subs));
    return result;
  },
  /**
   * @param {jsep.Compound} ast
   * @param {Substitutions} subs
   * @returns {UnknownResult}
   */
  evalCompound(ast, subs) {
    let last;
    for (let i = 0; i < ast.body.length; i++) {
      if (ast.body[i].type === "Identifier" && ["var", "let", "const"].includes(
        /** @type {jsep.Identifier} */
        ast.body[i].name
      ) && Object.hasOwn(ast.body, i + 1) && ast.body[i + 1].type === "AssignmentExpression") {
        i += 1;
      }
      const expr = ast.body[i];
      last = SafeEval.evalAst(expr, subs);
    }
    return last;
  },
  /**
   * @param {jsep.ConditionalExpression} ast
   * @param {Substitutions} subs
   * @returns {UnknownResult}
   */
  evalConditionalExpression(ast, subs) {
    return SafeEval.evalAst(ast.test, subs) ? SafeEval.evalAst(ast.consequent, subs) : SafeEval.evalAst(ast.alternate, subs);
  },
  /**
   * @param {jsep.Identifier} ast
   * @param {Substitutions} subs
   * @returns {UnknownResult}
   */
  evalIdentifier(ast, subs) {
    if (Object.hasOwn(subs, ast.name)) {
      return subs[ast.name];
    }
    throw new ReferenceError(`${ast.name} is not defined`);
  },
  /**
   * @param {jsep.Literal} ast
   * @returns {UnknownResult}
   */
  evalLiteral(ast) {
    return ast.value;
  },
  /**
   * @param {jsep.MemberExpression} ast
   * @param {Substitutions} subs
   * @returns {UnknownResult}
   */
  evalMemberExpression(ast, subs) {
    const prop = String(
      // NOTE: `String(value)` throws error when
      // value has overwritten the toString method to return non-string
      // i.e. `value = {toString: () => []}`
      ast.computed ? SafeEval.evalAst(ast.property, subs) : ast.property.name
      // `object.property` property is Identifier
    );
    const obj = SafeEval.evalAst(ast.object, subs);
    const result = getSafeProperty(obj, prop);
    if (typeof result === "function") {
      return result.bind(obj);
    }
    return result;
  },
  /**
   * @param {jsep.UnaryExpression} ast
   * @param {Substitutions} subs
   * @returns {UnknownResult}
   */
  evalUnaryExpression(ast, subs) {
    if (!Object.hasOwn(UNOPS, ast.operator)) {
      throw new SyntaxError(`Unknown unary operator: ${ast.operator}`);
    }
    const operand = SafeEval.evalAst(ast.argument, subs);
    return UNOPS[ast.operator](operand);
  },
  /**
   * @param {jsep.ArrayExpression} ast
   * @param {Substitutions} subs
   * @returns {UnknownResult}
   */
  evalArrayExpression(ast, subs) {
    return ast.elements.map((el) => SafeEval.evalAst(
      /** @type {jsep.Expression} */
      el,
      subs
    ));
  },
  /**
   * @param {jsep.CallExpression} ast
   * @param {Substitutions} subs
   * @returns {UnknownResult}
   */
  evalCallExpression(ast, subs) {
    const args = ast.arguments.map((arg) => SafeEval.evalAst(arg, subs));
    const func = SafeEval.evalAst(ast.callee, subs);
    if (isBlockedFunction(func) || args.some((arg) => isBlockedFunction(arg))) {
      throw new Error("Function constructor is disabled");
    }
    return (
      /** @type {(...args: AnyParameter[]) => UnknownResult} */
      func(...args)
    );
  },
  /**
   * @param {AssignmentExpression} ast
   * @param {Substitutions} subs
   * @returns {UnknownResult}
   */
  evalAssignmentExpression(ast, subs) {
    if (ast.left.type !== "Identifier") {
      throw new SyntaxError("Invalid left-hand side in assignment");
    }
    const id = (
      /** @type {jsep.Identifier} */
      ast.left.name
    );
    const value = SafeEval.evalAst(ast.right, subs);
    subs[id] = value;
    return subs[id];
  }
};
var SafeScript = class {
  /**
   * @param {string} expr Expression to evaluate
   */
  constructor(expr) {
    this.code = expr;
    this.ast = /** @type {unknown} */
    jsep(this.code);
  }
  /**
   * @param {object} context Object whose items will be added
   *   to evaluation
   * @returns {EvaluatedResult} Result of evaluated code
   */
  runInNewContext(context) {
    const keyMap = Object.assign(/* @__PURE__ */ Object.create(null), context);
    return SafeEval.evalAst(
      /** @type {jsep.Expression} */
      this.ast,
      keyMap
    );
  }
};
var toStringTag = (val) => {
  return Object.prototype.toString.call(val).slice(8, -1);
};
var scriptCache = /* @__PURE__ */ new Map();
var pathCache = /* @__PURE__ */ new Map();
function push(arr, item) {
  arr = arr.slice();
  arr.push(item);
  return arr;
}
function unshift(item, arr) {
  arr = arr.slice();
  arr.unshift(item);
  return arr;
}
function JSONPath(opts, expr, obj, callback, otherTypeCallback) {
  try {
    if (opts && typeof opts === "object") {
      return new JSONPathClass(opts);
    }
    return new JSONPathClass(
      opts,
      expr,
      /** @type {JSONPathCallback|undefined} */
      obj,
      /** @type {OtherTypeCallback|undefined} */
      callback,
      /** @type {undefined} */
      otherTypeCallback
    );
  } catch (e) {
    if (new.target) {
      throw e;
    }
    if (e && typeof e === "object" && "value" in e) {
      return (
        /** @type {{value: UnknownResult}} */
        e.value
      );
    }
    throw e;
  }
}
var JSONPathClass = class {
  /**
   * @overload
   * @param {string} opts JSON path to evaluate
   * @param {AnyInput} [expr] JSON object to evaluate against
   * @param {JSONPathCallback} [obj] Passed 3 arguments: 1) desired
   *     payload per `resultType`, 2) `"value"|"property"`, 3) Full returned
   *     object with all payloads
   * @param {OtherTypeCallback} [callback] If `@other()` is at the
   *   end of one's query, this will be invoked with the value of the item,
   *   its path, its parent, and its parent's property name, and it should
   *   return a boolean indicating whether the supplied value belongs to the
   *   "other" type or not (or it may handle transformations and return
   *   `false`).
   * @param {undefined} [otherTypeCallback]
   */
  /**
   * @overload
   * @param {JSONPathOptions} opts If a string, will be treated as
   *   `expr`
   */
  /**
   * @param {null|string|JSONPathOptions} opts If a string, will be treated as
   *   `expr`
   * @param {string|AnyInput} [expr] JSON path to evaluate
   * @param {AnyInput|JSONPathCallback} [obj] JSON object to evaluate against
   * @param {JSONPathCallback|OtherTypeCallback} [callback] Passed 3
   *     arguments: 1) desired payload per `resultType`,
   *     2) `"value"|"property"`, 3) Full returned
   *     object with all payloads
   * @param {OtherTypeCallback} [otherTypeCallback] If `@other()` is at the
   *   end of one's query, this will be invoked with the value of the item,
   *   its path, its parent, and its parent's property name, and it should
   *   return a boolean indicating whether the supplied value belongs to the
   *   "other" type or not (or it may handle transformations and return
   *   `false`).
   */
  constructor(opts, expr, obj, callback, otherTypeCallback) {
    if (typeof opts === "string") {
      otherTypeCallback = /** @type {OtherTypeCallback} */
      callback;
      callback = /** @type {JSONPathCallback} */
      obj;
      obj = expr;
      expr = opts;
      opts = null;
    }
    const optObj = opts && typeof opts === "object";
    opts ||= /** @type {JSONPathOptions} */
    {};
    this.currResultType = void 0;
    this.currEval = void 0;
    this.currOtherTypeCallback = void 0;
    this.currCustomTypes = void 0;
    this.currSandbox = void 0;
    this._hasParentSelector = false;
    this.json = opts.json || obj;
    this.path = opts.path || expr;
    this.resultType = opts.resultType || "value";
    this.flatten = Object.hasOwn(opts, "flatten") && opts.flatten;
    this.wrap = !Object.hasOwn(opts, "wrap") || opts.wrap;
    this.sandbox = opts.sandbox || {};
    this.eval = opts.eval === void 0 ? "safe" : opts.eval;
    this.ignoreEvalErrors = typeof opts.ignoreEvalErrors !== "undefined" && opts.ignoreEvalErrors;
    this.parent = Object.hasOwn(opts, "parent") ? opts.parent : null;
    this.parentProperty = Object.hasOwn(opts, "parentProperty") ? opts.parentProperty : null;
    this.callback = opts.callback || /** @type {JSONPathCallback} */
    callback || null;
    this.otherTypeCallback = opts.otherTypeCallback || otherTypeCallback || function() {
      throw new TypeError("You must supply an otherTypeCallback callback option with the @other() operator.");
    };
    this.customTypes = opts.customTypes || {};
    if (opts.autostart === false) {
      return;
    }
    const args = (
      /** @type {JSONPathOptions} */
      {
        path: optObj ? opts.path : expr
      }
    );
    if (!optObj && obj !== void 0) {
      args.json = obj;
    } else if ("json" in opts) {
      args.json = opts.json;
    }
    const ret = this.evaluate(args);
    if (!ret || typeof ret !== "object") {
      const err = (
        /** @type {Error & {value: UnknownResult}} */
        new Error('JSONPath should not be called with "new" (it prevents return of (unwrapped) scalar values)')
      );
      err.value = ret;
      throw err;
    }
    return ret;
  }
  // PUBLIC METHODS
  /**
   * @overload
   * @param {JSONPathOptions} [expr]
   * @returns {ReturnObject|ReturnObject[]|undefined|unknown}
   */
  /**
   * @overload
   * @param {PathType|undefined} [expr]
   * @param {AnyInput} [json]
   * @param {JSONPathCallback|null} [callback]
   * @param {OtherTypeCallback} [otherTypeCallback]
   * @returns {ReturnObject|ReturnObject[]|undefined|unknown}
   */
  /**
   * @param {PathType|JSONPathOptions|undefined} [expr]
   * @param {AnyInput} [json]
   * @param {JSONPathCallback|null} [callback]
   * @param {OtherTypeCallback} [otherTypeCallback]
   * @returns {ReturnObject|ReturnObject[]|undefined|unknown}
   */
  evaluate(expr, json, callback, otherTypeCallback) {
    let currParent = this.parent, currParentProperty = this.parentProperty;
    let {
      flatten,
      wrap
    } = this;
    this.currResultType = this.resultType;
    this.currEval = this.eval;
    this.currSandbox = this.sandbox;
    callback ||= this.callback;
    this.currOtherTypeCallback = otherTypeCallback || this.otherTypeCallback;
    this.currCustomTypes = this.customTypes;
    if (expr && typeof expr === "object" && !Array.isArray(expr)) {
      const exprObj = expr;
      if (!exprObj.path && exprObj.path !== "") {
        throw new TypeError('You must supply a "path" property when providing an object argument to JSONPath.evaluate().');
      }
      if (!Object.hasOwn(exprObj, "json")) {
        throw new TypeError('You must supply a "json" property when providing an object argument to JSONPath.evaluate().');
      }
      ({
        json
      } = exprObj);
      flatten = Object.hasOwn(exprObj, "flatten") ? exprObj.flatten : flatten;
      this.currResultType = Object.hasOwn(exprObj, "resultType") ? exprObj.resultType : this.currResultType;
      this.currSandbox = Object.hasOwn(exprObj, "sandbox") ? exprObj.sandbox : this.currSandbox;
      wrap = Object.hasOwn(exprObj, "wrap") ? exprObj.wrap : wrap;
      this.currEval = Object.hasOwn(exprObj, "eval") ? exprObj.eval : this.currEval;
      callback = Object.hasOwn(exprObj, "callback") ? exprObj.callback : callback;
      this.currOtherTypeCallback = Object.hasOwn(exprObj, "otherTypeCallback") ? exprObj.otherTypeCallback : this.currOtherTypeCallback;
      this.currCustomTypes = Object.hasOwn(exprObj, "customTypes") ? exprObj.customTypes : this.currCustomTypes;
      currParent = Object.hasOwn(exprObj, "parent") ? exprObj.parent : currParent;
      currParentProperty = Object.hasOwn(exprObj, "parentProperty") ? exprObj.parentProperty : currParentProperty;
      expr = exprObj.path;
    } else {
      json ||= this.json;
      expr ||= this.path;
    }
    currParent ||= null;
    currParentProperty ||= null;
    if (Array.isArray(expr)) {
      expr = JSONPath.toPathString(expr);
    }
    if (!json || !expr && expr !== "") {
      return void 0;
    }
    const exprList = JSONPath.toPathArray(
      /** @type {string} */
      expr
    );
    if (exprList[0] === "$" && exprList.length > 1) {
      exprList.shift();
    }
    this._hasParentSelector = false;
    const traceResult = this._trace(exprList, json, ["$"], currParent, currParentProperty, callback ?? void 0, void 0);
    const result = (Array.isArray(traceResult) ? traceResult : [traceResult]).filter((ea) => {
      return ea && !ea.isParentSelector;
    });
    if (!result.length) {
      return wrap ? [] : void 0;
    }
    if (!wrap && result.length === 1 && !result[0].hasArrExpr) {
      const preferredOutput = this._getPreferredOutput(result[0]);
      return preferredOutput;
    }
    const reduced = result.reduce(
      (rslt, ea) => {
        const valOrPath = this._getPreferredOutput(ea);
        if (flatten && Array.isArray(valOrPath)) {
          rslt = rslt.concat(valOrPath);
        } else {
          rslt.push(valOrPath);
        }
        return rslt;
      },
      /** @type {UnknownResult[]} */
      []
    );
    return reduced;
  }
  // PRIVATE METHODS
  /**
   * @param {ReturnObject} ea
   * @returns {PreferredOutput}
   */
  _getPreferredOutput(ea) {
    const resultType = this.currResultType;
    switch (resultType) {
      case "all": {
        const path = Array.isArray(ea.path) ? ea.path : JSONPath.toPathArray(ea.path);
        ea.pointer = JSONPath.toPointer(
          /** @type {string[]} */
          path
        );
        ea.path = typeof ea.path === "string" ? ea.path : JSONPath.toPathString(
          /** @type {string[]} */
          ea.path
        );
        return ea;
      }
      case "value":
      case "parent":
      case "parentProperty":
        return (
          /** @type {PreferredOutput} */
          ea[resultType]
        );
      case "path":
        if (typeof ea.path === "string") {
          return ea.path;
        }
        return JSONPath.toPathString(
          /** @type {string[]} */
          ea.path
        );
      case "pointer": {
        const pathArray = Array.isArray(ea.path) ? ea.path : JSONPath.toPathArray(ea.path);
        return JSONPath.toPointer(
          /** @type {string[]} */
          pathArray
        );
      }
      default:
        throw new TypeError("Unknown result type");
    }
  }
  /**
   * @param {ReturnObject} fullRetObj
   * @param {JSONPathCallback|undefined} callback
   * @param {"value"|"property"} type
   * @returns {void}
   */
  _handleCallback(fullRetObj, callback, type) {
    if (!callback) {
      return;
    }
    const preferredOutput = this._getPreferredOutput(fullRetObj);
    if (Array.isArray(fullRetObj.path)) {
      fullRetObj.path = JSONPath.toPathString(
        /** @type {string[]} */
        fullRetObj.path
      );
    }
    callback(preferredOutput, type, fullRetObj);
  }
  /**
   *
   * @param {ExpressionArray} expr
   * @param {unknown} val
   * @param {ExpressionArray} path
   * @param {ParentValue} parent
   * @param {ParentProperty} parentPropName
   * @param {JSONPathCallback|undefined} callback
   * @param {boolean|undefined} hasArrExpr
   * @param {boolean} [literalPriority]
   * @returns {ReturnObject|ReturnObject[]}
   */
  _trace(expr, val, path, parent, parentPropName, callback, hasArrExpr, literalPriority) {
    let retObj;
    if (!expr.length) {
      retObj = {
        path,
        value: val,
        parent,
        parentProperty: parentPropName,
        hasArrExpr
      };
      this._handleCallback(retObj, callback, "value");
      return retObj;
    }
    const loc = (
      /** @type {string} */
      expr[0]
    ), x = expr.slice(1);
    const ret = [];
    function addRet(elems) {
      if (Array.isArray(elems)) {
        elems.forEach((t) => {
          ret.push(t);
        });
      } else {
        ret.push(elems);
      }
    }
    if (val && (typeof loc !== "string" || literalPriority) && Object.hasOwn(
      val,
      /** @type {PropertyKey} */
      loc
    )) {
      const valObj = (
        /** @type {Record<string, unknown>} */
        val
      );
      addRet(this._trace(
        x,
        valObj[
          /** @type {string} */
          loc
        ],
        push(path, loc),
        val,
        /** @type {string|number} */
        loc,
        callback,
        hasArrExpr
      ));
    } else if (loc === "*") {
      this._walk(val, (m) => {
        const valObj = (
          /** @type {Record<string, unknown>} */
          val
        );
        addRet(this._trace(x, valObj[m], push(path, m), val, m, callback, true, true));
      });
    } else if (loc === "..") {
      addRet(this._trace(x, val, path, parent, parentPropName, callback, hasArrExpr));
      this._walk(val, (m) => {
        const valObj = (
          /** @type {Record<string, unknown>} */
          val
        );
        if (typeof valObj[m] === "object") {
          addRet(this._trace(expr.slice(), valObj[m], push(path, m), val, m, callback, true));
        }
      });
    } else if (loc === "^") {
      this._hasParentSelector = true;
      return (
        /** @type {ReturnObject} */
        {
          path: path.slice(0, -1),
          expr: x,
          isParentSelector: true,
          value: void 0,
          parent: void 0,
          parentProperty: null
        }
      );
    } else if (loc === "~") {
      retObj = {
        path: push(path, loc),
        value: parentPropName,
        parent,
        parentProperty: null
      };
      this._handleCallback(retObj, callback, "property");
      return retObj;
    } else if (loc === "$") {
      addRet(this._trace(x, val, path, null, null, callback, hasArrExpr));
    } else if (new RegExp("^(-?\\d*):(-?\\d*):?(-?\\d*)$", "v").test(loc)) {
      const sliceResult = this._slice(loc, x, val, path, parent, parentPropName, callback);
      if (sliceResult) {
        addRet(sliceResult);
      }
    } else if (loc.indexOf("?(") === 0) {
      if (this.currEval === false) {
        throw new Error("Eval [?(expr)] prevented in JSONPath expression.");
      }
      const safeLoc = loc.replace(new RegExp("^\\?\\((.*?)\\)$", "v"), "$1");
      const nested = new RegExp("@.?([^?]*)[\\['](\\??\\(.*?\\))(?!.\\)\\])[\\]']", "gv").exec(safeLoc);
      if (nested) {
        this._walk(val, (m) => {
          const npath = [nested[2]];
          const valObj2 = (
            /** @type {Record<string, unknown>} */
            val
          );
          const nvalue = (
            /** @type {ValueType} */
            nested[1] ? getSafeProperty(
              /** @type {Record<string, unknown>} */
              valObj2[m],
              nested[1]
            ) : valObj2[m]
          );
          const filterResults = this._trace(npath, nvalue, path, parent, parentPropName, callback, true);
          const filterArray = Array.isArray(filterResults) ? filterResults : [filterResults];
          if (filterArray.length > 0) {
            addRet(this._trace(x, valObj2[m], push(path, m), val, m, callback, true));
          }
        });
      } else {
        const valObj3 = (
          /** @type {Record<string, unknown>} */
          val
        );
        this._walk(val, (m) => {
          if (this._eval(safeLoc, valObj3[m], m, path, parent, parentPropName)) {
            addRet(this._trace(x, valObj3[m], push(path, m), val, m, callback, true));
          }
        });
      }
    } else if (loc[0] === "(") {
      if (this.currEval === false) {
        throw new Error("Eval [(expr)] prevented in JSONPath expression.");
      }
      const evalResult = this._eval(
        /** @type {string} */
        loc,
        val,
        /** @type {string|number} */
        path.at(-1),
        path.slice(0, -1),
        parent,
        parentPropName
      );
      const exprToUse = (
        /** @type {string|number} */
        evalResult !== void 0 ? evalResult : ""
      );
      addRet(this._trace(unshift(exprToUse, x), val, path, parent, parentPropName, callback, hasArrExpr));
    } else if (loc[0] === "@") {
      let addType = false;
      const parenthIndex = loc.indexOf("(");
      const valueType = (
        /** @type {ValueType|string} */
        loc.slice(1, parenthIndex)
      );
      const lastParenth = loc.lastIndexOf(")");
      const argRaw = loc.slice(parenthIndex + 1, lastParenth);
      const arg = argRaw ? JSON.parse(argRaw) : void 0;
      switch (valueType) {
        case "scalar":
          addType = !val || !["object", "function"].includes(typeof val);
          break;
        case "boolean":
        case "string":
        case "undefined":
        case "function":
          addType = typeof val === valueType;
          break;
        case "integer":
          addType = Number.isFinite(val) && !/** @type {number} */
          (val % 1);
          break;
        case "number":
          addType = Number.isFinite(val);
          break;
        case "nonFinite":
          addType = typeof val === "number" && !Number.isFinite(val);
          break;
        case "object":
          addType = Boolean(val) && typeof val === valueType;
          break;
        case "array":
          addType = Array.isArray(val);
          break;
        case "other":
          addType = /** @type {OtherTypeCallback} */
          this.currOtherTypeCallback(val, path, parent, parentPropName, arg) || false;
          break;
        case "null":
          addType = val === null;
          break;
        case "symbol":
          addType = typeof val === "symbol";
          break;
        case "BigInt":
          addType = typeof val === "bigint";
          break;
        case "Promise":
          addType = toStringTag(val) === "Promise";
          break;
        case "jsonReference":
          addType = Boolean(val) && typeof val === "object" && Object.hasOwn(
            /** @type {object} */
            val,
            "$ref"
          );
          break;
        default:
          if (this.currCustomTypes && Object.hasOwn(this.currCustomTypes, valueType)) {
            addType = this.currCustomTypes[valueType](val, path, parent, parentPropName, arg) || false;
          } else {
            throw new TypeError("Unknown value type " + valueType);
          }
      }
      if (addType) {
        retObj = {
          path,
          value: val,
          parent,
          parentProperty: parentPropName
        };
        this._handleCallback(retObj, callback, "value");
        return retObj;
      }
    } else if (val && loc[0] === "`" && Object.hasOwn(val, loc.slice(1))) {
      const locProp = loc.slice(1);
      const valObj = (
        /** @type {Record<string, unknown>} */
        val
      );
      addRet(this._trace(x, valObj[locProp], push(path, locProp), val, locProp, callback, hasArrExpr, true));
    } else if (loc[0] === "'" || loc[0] === '"') {
      for (const [, single, double] of loc.matchAll(new RegExp(`'((?:\\\\.|[^'\\\\])*)'|"((?:\\\\.|[^"\\\\])*)"`, "gv"))) {
        const prop = (single ?? double).replaceAll(new RegExp(`\\\\(['"\\\\])`, "gv"), "$1");
        if (!val || !Object.hasOwn(val, prop)) {
          continue;
        }
        const valObj = (
          /** @type {Record<string, unknown>} */
          val
        );
        addRet(this._trace(x, valObj[prop], push(path, prop), val, prop, callback, true));
      }
    } else if (loc.includes(",")) {
      const parts = loc.split(",");
      for (const part of parts) {
        addRet(this._trace(unshift(part, x), val, path, parent, parentPropName, callback, true));
      }
    } else if (!literalPriority && val && Object.hasOwn(val, loc)) {
      const valObj = (
        /** @type {Record<string, unknown>} */
        val
      );
      addRet(this._trace(x, valObj[loc], push(path, loc), val, loc, callback, hasArrExpr, true));
    }
    if (this._hasParentSelector) {
      for (let t = 0; t < ret.length; t++) {
        const rett = ret[t];
        if (!rett || !rett.isParentSelector) {
          continue;
        }
        const exprToUse = (
          /** @type {ExpressionArray} */
          rett.expr
        );
        const pathToUse = (
          /** @type {ExpressionArray} */
          rett.path
        );
        const tmp = this._trace(exprToUse, val, pathToUse, parent, parentPropName, callback, hasArrExpr);
        if (Array.isArray(tmp)) {
          ret[t] = tmp[0];
          const tl = tmp.length;
          for (let tt = 1; tt < tl; tt++) {
            t++;
            ret.splice(t, 0, tmp[tt]);
          }
        } else {
          ret[t] = tmp;
        }
      }
    }
    return ret;
  }
  /**
   * @param {unknown} val
   * @param {(prop: string|number) => void} f
   * @returns {void}
   */
  _walk(val, f) {
    if (Array.isArray(val)) {
      const n = val.length;
      for (let i = 0; i < n; i++) {
        f(i);
      }
    } else if (val && typeof val === "object") {
      Object.keys(val).forEach((m) => {
        f(m);
      });
    }
  }
  /**
   * @param {string} loc
   * @param {ExpressionArray} expr
   * @param {unknown} val
   * @param {ExpressionArray} path
   * @param {ParentValue} parent
   * @param {ParentProperty} parentPropName
   * @param {JSONPathCallback|undefined} callback
   * @returns {ReturnObject[]|undefined}
   */
  _slice(loc, expr, val, path, parent, parentPropName, callback) {
    if (!Array.isArray(val)) {
      return void 0;
    }
    const len = val.length, parts = loc.split(":"), step = parts[2] ? Number(parts[2]) : 1;
    const ret = [];
    if (step === 0) {
      return ret;
    }
    const normalize = (index2) => index2 < 0 ? index2 + len : index2;
    const start = normalize(parts[0] ? Number(parts[0]) : step > 0 ? 0 : len - 1), end = normalize(parts[1] ? Number(parts[1]) : step > 0 ? len : -len - 1);
    const [from, to] = step > 0 ? [Math.min(Math.max(start, 0), len), Math.min(Math.max(end, 0), len)] : [Math.min(Math.max(start, -1), len - 1), Math.min(Math.max(end, -1), len - 1)];
    for (let i = from; step > 0 ? i < to : i > to; i += step) {
      const tmp = this._trace(unshift(i, expr), val, path, parent, parentPropName, callback, true);
      const tmpArray = Array.isArray(tmp) ? tmp : [tmp];
      tmpArray.forEach((t) => {
        ret.push(t);
      });
    }
    return ret;
  }
  /**
   * @param {string} code
   * @param {unknown} _v
   * @param {string|number} _vname
   * @param {ExpressionArray} path
   * @param {ParentValue} parent
   * @param {ParentProperty} parentPropName
   * @returns {UnknownResult}
   */
  _eval(code, _v, _vname, path, parent, parentPropName) {
    if (this.currSandbox) {
      this.currSandbox._$_parentProperty = parentPropName;
      this.currSandbox._$_parent = parent;
      this.currSandbox._$_property = _vname;
      this.currSandbox._$_root = this.json;
      this.currSandbox._$_v = _v;
    }
    const containsPath = code.includes("@path");
    if (containsPath) {
      const currSandbox = this.currSandbox ?? {};
      currSandbox._$_path = JSONPath.toPathString(
        /** @type {string[]} */
        path.concat([_vname])
      );
    }
    const scriptCacheKey = this.currEval + "Script:" + code;
    if (!scriptCache.has(scriptCacheKey)) {
      const script = code.replaceAll(new RegExp(`('(?:\\\\.|[^'\\\\])*'|"(?:\\\\.|[^"\\\\])*"|(?<=(?:^|[\\(,=:\\[!\\|?\\{\\};+\\-*%<>~^]|&)\\s*)\\/(?:\\\\.|\\[(?:\\\\.|[^\\]\\\\])*\\]|[^\\/\\\\\\[])+\\/[dgimsuvy]*)|@(?:(parentProperty|parent|property|root|path)|(?![\\w$]))`, "gv"), (_, literal, name) => literal ?? "_$_" + (name ?? "v"));
      const evalType = (
        /** @type {string|boolean|undefined} */
        this.currEval
      );
      if (["safe", true, void 0].includes(evalType)) {
        scriptCache.set(scriptCacheKey, new /**
         * @type {JSONPathClass & {
         *   safeVm: SafeScriptType,
         *   vm: ScriptType
         * }}
         */
        /** @type {unknown} */
        this.safeVm.Script(script));
      } else if (this.currEval === "native") {
        scriptCache.set(scriptCacheKey, new /**
         * @type {JSONPathClass & {
         *   safeVm: SafeScriptType,
         *   vm: ScriptType
         * }}
         */
        /** @type {unknown} */
        this.vm.Script(script));
      } else if (typeof this.currEval === "function" && this.currEval.prototype && Object.hasOwn(this.currEval.prototype, "runInNewContext")) {
        const CurrEval = this.currEval;
        scriptCache.set(scriptCacheKey, new CurrEval(script));
      } else if (typeof this.currEval === "function") {
        const evalFunc = (
          /** @type {EvalCallback} */
          this.currEval
        );
        scriptCache.set(scriptCacheKey, {
          runInNewContext: (context) => evalFunc(script, context)
        });
      } else {
        throw new TypeError(`Unknown "eval" property "${this.currEval}"`);
      }
    }
    try {
      return (
        /** @type {RunInNewContext} */
        scriptCache.get(scriptCacheKey).runInNewContext(this.currSandbox)
      );
    } catch (e) {
      if (this.ignoreEvalErrors) {
        return false;
      }
      const error = (
        /** @type {Error} */
        e
      );
      throw new Error("jsonPath: " + error.message + ": " + code, {
        cause: e
      });
    }
  }
};
/** @type {unknown} */
JSONPathClass.prototype.safeVm = {
  Script: SafeScript
};
JSONPath.prototype = JSONPathClass.prototype;
JSONPath.clearCache = function() {
  pathCache.clear();
  scriptCache.clear();
};
JSONPath.toPathString = function(pathArr) {
  const x = pathArr, n = x.length;
  let p = "$";
  for (let i = 1; i < n; i++) {
    if (!new RegExp("^(~|\\^|@.*?\\(\\))$", "v").test(x[i])) {
      p += new RegExp("^[0-9*]+$", "v").test(x[i]) ? "[" + x[i] + "]" : "['" + String(x[i]).replaceAll(new RegExp("['\\\\]", "gv"), String.raw`\$&`) + "']";
    }
  }
  return p;
};
JSONPath.toPointer = function(pointer) {
  const x = pointer, n = x.length;
  let p = "";
  for (let i = 1; i < n; i++) {
    if (!new RegExp("^(~|\\^|@.*?\\(\\))$", "v").test(x[i])) {
      p += "/" + x[i].toString().replaceAll("~", "~0").replaceAll("/", "~1");
    }
  }
  return p;
};
JSONPath.toPathArray = function(expr) {
  if (pathCache.has(expr)) {
    return (
      /** @type {string[]} */
      pathCache.get(expr).concat()
    );
  }
  const subx = [];
  const normalized = expr.replaceAll(new RegExp("@[\\w$\\-]+\\([^\\)]*\\)", "gv"), ";$&;").replaceAll(new RegExp("[\\['](\\??\\(.*?\\))[\\]'](?!.\\])", "gv"), function($0, $1) {
    return "[#" + // eslint-disable-next-line @stylistic/max-len -- Long
    // eslint-disable-next-line unicorn/no-return-array-push -- Optimization
    (subx.push($1) - 1) + "]";
  }).replaceAll(new RegExp(`\\[\\s*((?:'(?:\\\\.|[^'\\\\])*'|"(?:\\\\.|[^"\\\\])*")(?:\\s*,\\s*(?:'(?:\\\\.|[^'\\\\])*'|"(?:\\\\.|[^"\\\\])*"))*)\\s*\\]`, "gv"), function($0, $1) {
    if (!new RegExp("[,\\\\]", "v").test($1)) {
      return $0;
    }
    return "[#" + (subx.push($1) - 1) + "]";
  }).replaceAll(new RegExp(`\\[['"]([^'\\]]*)['"]\\]`, "gv"), function($0, prop) {
    return "['" + prop.replaceAll(".", "%@%").replaceAll("~", "%%@@%%") + "']";
  }).replaceAll("~", ";~;").replaceAll(new RegExp(`['"]?\\.['"]?(?![^\\[]*\\])|\\[['"]?`, "gv"), ";").replaceAll("%@%", ".").replaceAll("%%@@%%", "~").replaceAll(new RegExp("(?:;)?(\\^+)(?:;)?", "gv"), function($0, ups) {
    return ";" + ups.split("").join(";") + ";";
  }).replaceAll(new RegExp(";;;|;;", "gv"), ";..;").replaceAll(new RegExp(";$|'?\\]|'$", "gv"), "");
  const exprList = normalized.split(";").map(function(exp) {
    const match = exp.match(new RegExp("#(\\d+)", "v"));
    return !match || !match[1] ? exp : subx[Number(match[1])];
  });
  pathCache.set(expr, exprList);
  return (
    /** @type {string[]} */
    pathCache.get(expr).concat()
  );
};
/** @type {unknown} */
JSONPathClass.prototype.vm = /** @type {ScriptType} */
/** @type {unknown} */
vm;

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// app/core/scorecard/evaluate-condition.ts
var import_yaml = __toESM(require_dist(), 1);

// app/core/scorecard/compare.ts
import { isDeepStrictEqual } from "node:util";

// app/core/scorecard/regex.ts
function parseRegex(text) {
  const literal = /^\/(.*)\/([imsu]*)$/s.exec(text);
  const [source, flags, offset] = literal ? [literal[1], literal[2].includes("m") ? literal[2] : `${literal[2]}m`, 1] : [text, "m", 0];
  try {
    return linearRegex(source, flags);
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    return new PatternError(e.message, e.index + offset, e.end + offset, e.fix);
  }
}

// app/core/scorecard/compiled.ts
var regexes = new I({ max: 2e3 });
var globMatcher = (glob) => globOrNothing(glob);
function regexOf(text) {
  let regex = regexes.get(text);
  if (!regex) regexes.set(text, regex = parseRegex(text));
  return regex instanceof PatternError ? regex.message : regex;
}

// app/core/scorecard/compare.ts
var show = (value) => {
  const text = JSON.stringify(value);
  if (text === void 0) return String(value);
  return text.length > 80 ? `${text.slice(0, 77)}\u2026` : text;
};
var present = (v) => v !== void 0 && v !== null;
var textOf = (v) => typeof v === "string" ? v : JSON.stringify(v) ?? "";
function compare(value, operator, expected) {
  const seen = present(value) ? `is ${show(value)}` : "is not set";
  switch (operator) {
    case "exists":
      return { ok: present(value) === (expected ?? true), seen: present(value) ? "is set" : "is not set" };
    case "equal":
      return { ok: isDeepStrictEqual(value, expected), seen };
    case "notEqual":
      return { ok: !isDeepStrictEqual(value, expected), seen };
    case "in":
      return { ok: Array.isArray(expected) && expected.some((e) => isDeepStrictEqual(e, value)), seen };
    case "notIn":
      return { ok: Array.isArray(expected) && !expected.some((e) => isDeepStrictEqual(e, value)), seen };
    case "contains":
      return { ok: contains(value, expected), seen };
    case "doesNotContain":
      return { ok: present(value) && !contains(value, expected), seen };
    case "matches":
    case "doesNotMatch": {
      const regex = regexOf(String(expected));
      const hit = typeof regex !== "string" && present(value) && (Array.isArray(value) ? value : [value]).some((v) => regex.test(textOf(v)));
      return { ok: operator === "matches" ? hit : present(value) && !hit, seen };
    }
    default: {
      const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
      if (!Number.isFinite(n) || typeof expected !== "number")
        return { ok: false, seen: present(value) ? `${seen}, not a number` : seen };
      const ok = operator === "lessThan" ? n < expected : operator === "lessThanInclusive" ? n <= expected : operator === "greaterThan" ? n > expected : n >= expected;
      return { ok, seen };
    }
  }
}
function contains(value, expected) {
  if (Array.isArray(value)) return value.some((v) => isDeepStrictEqual(v, expected));
  if (typeof value === "string") return typeof expected === "string" && value.includes(expected);
  if (value && typeof value === "object") return typeof expected === "string" && expected in value;
  return false;
}
function wanted(operator, expected) {
  const words = {
    exists: expected === false ? "absent" : "set",
    equal: `= ${show(expected)}`,
    notEqual: `\u2260 ${show(expected)}`,
    in: `one of ${show(expected)}`,
    notIn: `none of ${show(expected)}`,
    contains: `containing ${show(expected)}`,
    doesNotContain: `not containing ${show(expected)}`,
    matches: `matching ${String(expected)}`,
    doesNotMatch: `not matching ${String(expected)}`,
    lessThan: `< ${show(expected)}`,
    lessThanInclusive: `\u2264 ${show(expected)}`,
    greaterThan: `> ${show(expected)}`,
    greaterThanInclusive: `\u2265 ${show(expected)}`
  };
  return words[operator];
}

// app/core/scorecard/fact-names.ts
var ABSENT = {
  entity: void 0,
  files: void 0,
  catalog: "no catalog to resolve it against (build one with `callboard catalog build`)",
  github: "no GitHub settings known here (the app reads them)",
  ci: "no CI facts reported for this commit (run the callboard scorecard action in a workflow)"
};
var spec = (s) => isRecord(s.entity.spec) ? s.entity.spec : {};
var DAY = 864e5;
var fact = (source, name, describes, read) => ({
  name,
  source,
  describes,
  read
});
var FACT_NAMES = [
  fact(
    "entity",
    "entity",
    'the descriptor as written (apiVersion, kind, metadata, spec); use `path`, e.g. `$.metadata.annotations["backstage.io/techdocs-ref"]`',
    (s) => s.entity
  ),
  fact("entity", "entity.kind", "its kind, e.g. Component", (s) => s.entity.kind),
  fact("entity", "entity.type", "`spec.type`, e.g. service", (s) => spec(s).type),
  fact("entity", "entity.lifecycle", "`spec.lifecycle`, e.g. production", (s) => spec(s).lifecycle),
  fact(
    "entity",
    "entity.owner",
    "`spec.owner` as a full ref, e.g. group:default/team-a",
    (s) => refFrom(s.entity, spec(s).owner, "group")
  ),
  fact("entity", "entity.system", "`spec.system` as a full ref", (s) => refFrom(s.entity, spec(s).system, "system")),
  fact("entity", "entity.tags", "`metadata.tags`, a list", (s) => s.entity.metadata.tags ?? []),
  fact("entity", "entity.annotations", "`metadata.annotations`, a mapping", (s) => s.entity.metadata.annotations ?? {}),
  fact(
    "entity",
    "entity.links",
    "`metadata.links`, a list of {url, title, type}",
    (s) => s.entity.metadata.links ?? []
  ),
  fact("entity", "entity.description", "`metadata.description`", (s) => s.entity.metadata.description),
  fact(
    "files",
    "github.codeowners",
    "the CODEOWNERS file: {present, path, owners (of the entity's folder), agreesWithCatalog}",
    (s) => codeownersFacts(s.files, s.folder, refFrom(s.entity, spec(s).owner, "group"), s.organization)
  ),
  fact(
    "files",
    "github.dependabot.configured",
    "true when the repository has .github/dependabot.yml (or .yaml)",
    (s) => s.files.paths.some((p) => /^\.github\/dependabot\.ya?ml$/.test(p))
  ),
  fact("catalog", "catalog.owner", "its owner in the catalog: {ref, exists, kind}", (s) => s.catalog?.owner),
  fact(
    "catalog",
    "catalog.dependsOn",
    "what it depends on: a list of {ref, exists, lifecycle}",
    (s) => s.catalog?.dependsOn
  ),
  fact(
    "catalog",
    "catalog.deprecatedDependencies",
    "the refs it depends on whose lifecycle is deprecated, a list",
    (s) => s.catalog?.dependsOn.filter((d) => d.lifecycle === "deprecated").map((d) => d.ref)
  ),
  fact(
    "catalog",
    "catalog.missingDependencies",
    "the refs it depends on that are in no catalog, a list",
    (s) => s.catalog?.dependsOn.filter((d) => !d.exists).map((d) => d.ref)
  ),
  fact("catalog", "catalog.dependents", "how many entities depend on it directly", (s) => s.catalog?.dependents),
  fact("github", "github.defaultBranch", "the repository's default branch", (s) => s.github?.defaultBranch),
  fact("github", "github.visibility", "public, private or internal", (s) => s.github?.visibility),
  fact("github", "github.archived", "true when the repository is archived", (s) => s.github?.archived),
  fact(
    "github",
    "github.daysSinceLastPush",
    "whole days since anything was pushed to the repository",
    (s, now) => s.github?.pushedAt ? Math.floor((now.getTime() - Date.parse(s.github.pushedAt)) / DAY) : void 0
  ),
  fact(
    "github",
    "github.branchProtection",
    "the default branch's protection, classic or by rulesets: {enabled, requiredReviews, codeOwnerReviews, requiredChecks, allowsForcePushes, allowsDeletions}",
    (s) => s.github?.branchProtection
  ),
  fact(
    "github",
    "github.dependabot.alerts",
    "true when Dependabot alerts are enabled",
    (s) => s.github?.dependabot?.alerts
  ),
  fact(
    "github",
    "github.dependabot.securityUpdates",
    "true when Dependabot security updates are enabled",
    (s) => s.github?.dependabot?.securityUpdates
  ),
  fact("github", "github.secretScanning", "true when secret scanning is enabled", (s) => s.github?.secretScanning),
  fact("ci", "ci.tests.run", "true when a workflow reported test results (JUnit XML)", (s) => !!s.ci?.tests),
  fact("ci", "ci.tests.count", "test cases in the reported JUnit XML", (s) => s.ci?.tests?.count),
  fact("ci", "ci.tests.passed", "test cases that passed", (s) => s.ci?.tests?.passed),
  fact("ci", "ci.tests.failures", "test cases that failed", (s) => s.ci?.tests?.failures),
  fact("ci", "ci.tests.errors", "test cases that errored", (s) => s.ci?.tests?.errors),
  fact("ci", "ci.tests.skipped", "test cases skipped", (s) => s.ci?.tests?.skipped),
  fact("ci", "ci.coverage.lines", "line coverage in percent (lcov or Cobertura)", (s) => s.ci?.coverage?.lines),
  fact("ci", "ci.coverage.branches", "branch coverage in percent", (s) => s.ci?.coverage?.branches),
  fact("ci", "ci.coverage.functions", "function coverage in percent", (s) => s.ci?.coverage?.functions),
  fact(
    "ci",
    "ci.staticAnalysis.run",
    "true when a workflow reported static analysis (SARIF)",
    (s) => !!s.ci?.staticAnalysis
  ),
  fact("ci", "ci.staticAnalysis.tools", "the tools that reported, a list", (s) => s.ci?.staticAnalysis?.tools),
  fact("ci", "ci.staticAnalysis.results", "findings reported", (s) => s.ci?.staticAnalysis?.results),
  fact("ci", "ci.staticAnalysis.errors", "findings at level error", (s) => s.ci?.staticAnalysis?.errors),
  fact("ci", "ci.reportedAt", "when the facts were reported (ISO 8601)", (s) => s.ci?.reportedAt),
  fact("ci", "ci.commit", "the commit the facts were reported for", (s) => s.ci?.commit)
];
var FACTS_BY_NAME = new Map(FACT_NAMES.map((f) => [f.name, f]));
var SOURCE_PRESENT = {
  entity: () => true,
  files: () => true,
  catalog: (s) => !!s.catalog,
  github: (s) => !!s.github,
  ci: (s) => !!s.ci
};
function readFact(name, subject, now) {
  if (!SOURCE_PRESENT[name.source](subject)) return { reported: false, why: ABSENT[name.source] ?? "not known" };
  return { reported: true, value: name.read(subject, now) };
}
function sourcesNeeded(tracks) {
  const needed = /* @__PURE__ */ new Set();
  const visit = (c) => {
    if ("all" in c) return c.all.forEach(visit);
    if ("any" in c) return c.any.forEach(visit);
    if ("not" in c) return visit(c.not);
    if ("file" in c) return void needed.add("tree");
    const fact2 = FACTS_BY_NAME.get(c.fact);
    if (!fact2) return;
    needed.add(fact2.source);
    if (fact2.source === "files") needed.add("tree");
    const part = SETTINGS_PART_OF.get(fact2.name);
    if (part) needed.add(part);
  };
  for (const track of tracks) for (const level of track.levels) for (const check of level.checks) visit(check.rule);
  return needed;
}
var SETTINGS_PART_OF = /* @__PURE__ */ new Map([
  ["github.branchProtection", "protection"],
  ["github.dependabot.alerts", "alerts"],
  ["github.dependabot.securityUpdates", "security"],
  ["github.secretScanning", "security"]
]);

// app/core/scorecard/evaluate-condition.ts
var MAX_FILES_PER_GLOB = 20;
var MAX_SCAN_CHARS = 1e6;
function evaluateCondition(condition, subject, now) {
  if ("all" in condition)
    return combine(
      condition.all.map((c) => evaluateCondition(c, subject, now)),
      "all"
    );
  if ("any" in condition)
    return combine(
      condition.any.map((c) => evaluateCondition(c, subject, now)),
      "any"
    );
  if ("not" in condition) {
    const inner = evaluateCondition(condition.not, subject, now);
    return {
      outcome: inner.outcome === "true" ? "false" : inner.outcome === "false" ? "true" : inner.outcome,
      evidence: inner.evidence
    };
  }
  return "file" in condition ? evaluateFile(condition, subject) : evaluateFact(condition, subject, now);
}
function combine(parts, how) {
  const deciding = how === "all" ? "false" : "true";
  const decided = parts.find((p) => p.outcome === deciding);
  if (decided) return decided;
  const open = parts.find((p) => p.outcome === "error") ?? parts.find((p) => p.outcome === "unknown");
  if (open) return open;
  return {
    outcome: how === "all" ? "true" : "false",
    evidence: parts.map((p) => p.evidence).join(how === "all" ? "; " : " and ")
  };
}
function evaluateFact(c, subject, now) {
  const name = FACTS_BY_NAME.get(c.fact);
  if (!name) return { outcome: "error", evidence: `there is no fact ${c.fact}` };
  const reading = readFact(name, subject, now);
  const label = c.path ? `${c.fact} ${c.path}` : c.fact;
  if (!reading.reported) return { outcome: "unknown", evidence: `${label}: ${reading.why}` };
  if (nestedDeeperThan(reading.value)) return tooDeep(c.fact);
  const value = c.path ? valueAt(reading.value, c.path) : reading.value;
  if (value === void 0 && c.operator !== "exists" && !["entity", "files"].includes(name.source))
    return { outcome: "unknown", evidence: `${label} was not reported${name.source === "ci" ? " by CI" : ""}` };
  return judged(label, compare(value, c.operator, c.value), c);
}
var judged = (label, result, c) => ({
  outcome: result.ok ? "true" : "false",
  evidence: `${label} ${result.seen}${result.ok ? "" : ` (wanted ${wanted(c.operator, c.value)})`}`
});
function valueAt(json, path) {
  if (json === void 0 || json === null) return void 0;
  const matches = JSONPath({ path, json, eval: false, wrap: true });
  return /\*|\.\.|\[[^\][,:]*[,:][^\][]*\]/.test(path) ? matches : matches[0];
}
function filesMatching(glob, subject) {
  const isMatch = globMatcher(glob.replace(/^\/+/, ""));
  if (glob.startsWith("/") || !subject.folder) return subject.files.paths.filter(isMatch);
  const prefix = `${subject.folder}/`;
  return subject.files.paths.filter((p) => p.startsWith(prefix) && isMatch(p.slice(prefix.length)));
}
function evaluateFile(c, subject) {
  const matched = filesMatching(c.file, subject);
  if (c.operator === "exists" && c.path === void 0) {
    const found = matched.length > 0;
    const ok = found === (c.value ?? true);
    return {
      outcome: ok ? "true" : "false",
      evidence: found ? `${matched[0]}${matched.length > 1 ? ` (and ${matched.length - 1} more)` : ""} exists` : `no file matches ${c.file}`
    };
  }
  const negative = c.operator === "doesNotMatch" || c.operator === "doesNotContain";
  if (!matched.length)
    return { outcome: negative && c.path === void 0 ? "true" : "false", evidence: `no file matches ${c.file}` };
  const looked = matched.slice(0, MAX_FILES_PER_GLOB);
  return c.path === void 0 ? scanContents(c, looked, subject) : valueInFile(c, looked[0], subject);
}
function scanContents(c, paths, subject) {
  const regex = c.operator === "matches" || c.operator === "doesNotMatch" ? regexOf(String(c.value)) : void 0;
  if (typeof regex === "string")
    return { outcome: "error", evidence: `the regular expression ${String(c.value)} is not valid: ${regex}` };
  for (const path of paths) {
    const text = subject.files.text(path)?.slice(0, MAX_SCAN_CHARS);
    if (text === void 0) return { outcome: "error", evidence: `${path} could not be read` };
    const at = regex ? regex.search(text) : text.indexOf(String(c.value));
    if (at !== -1) {
      const where = `${path}:${text.slice(0, at).split("\n").length}`;
      const what2 = regex ? `matches ${shortPattern(c.value)}` : `contains ${show(c.value)}`;
      return {
        outcome: c.operator === "matches" || c.operator === "contains" ? "true" : "false",
        evidence: `${where} ${what2}`
      };
    }
  }
  const what = regex ? `matches ${shortPattern(c.value)}` : `contains ${show(c.value)}`;
  return {
    outcome: c.operator === "matches" || c.operator === "contains" ? "false" : "true",
    evidence: `no file matching ${c.file} ${what} (${paths.length} read)`
  };
}
var shortPattern = (pattern) => {
  const text = String(pattern);
  return text.length > 60 ? `${text.slice(0, 59)}\u2026` : text;
};
function valueInFile(c, path, subject) {
  const text = subject.files.text(path);
  if (text === void 0) return { outcome: "error", evidence: `${path} could not be read` };
  let data;
  try {
    data = parseStructured(path, text);
  } catch (e) {
    return { outcome: "error", evidence: `${path} could not be parsed: ${e.message.split("\n")[0]}` };
  }
  if (nestedDeeperThan(data)) return tooDeep(path);
  return judged(`${path} ${c.path}`, compare(valueAt(data, c.path), c.operator, c.value), c);
}
var tooDeep = (what) => ({
  outcome: "error",
  evidence: `${what} is nested deeper than ${BUDGETS.depth} levels; not evaluated`
});
function parseStructured(path, text) {
  if (/\.toml$/i.test(path)) return parse(text);
  if (/\.ya?ml$/i.test(path)) return (0, import_yaml.parse)(text, { maxAliasCount: 100 });
  if (/\.json$/i.test(path)) return JSON.parse(text);
  try {
    return JSON.parse(text);
  } catch {
    return (0, import_yaml.parse)(text, { maxAliasCount: 100 });
  }
}
function filesToRead(condition, subject) {
  if ("all" in condition) return condition.all.flatMap((c) => filesToRead(c, subject));
  if ("any" in condition) return condition.any.flatMap((c) => filesToRead(c, subject));
  if ("not" in condition) return filesToRead(condition.not, subject);
  if (!("file" in condition) || condition.operator === "exists" && condition.path === void 0) return [];
  const matched = filesMatching(condition.file, subject);
  return condition.path === void 0 ? matched.slice(0, MAX_FILES_PER_GLOB) : matched.slice(0, 1);
}

export {
  CODEOWNERS_PATHS,
  codeownersFacts,
  JSONPath,
  parseRegex,
  FACT_NAMES,
  FACTS_BY_NAME,
  sourcesNeeded,
  evaluateCondition,
  filesToRead
};
