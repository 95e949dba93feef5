import { createRequire as __callboardCreateRequire } from 'node:module';
const require = __callboardCreateRequire(import.meta.url);
import {
  SOURCE_TEMPLATE,
  UnsafePathError,
  Workspace,
  checkLinkTarget,
  checkValues,
  childPath,
  formFields,
  formSteps,
  hasFolder,
  require_lib,
  subtree,
  textFile,
  withOrigin
} from "./chunk-6NKFNPZH.js";
import {
  parseEntityRef,
  stringifyEntityRef
} from "./chunk-7BHR42MJ.js";
import {
  parseYamlDocuments
} from "./chunk-CBINKEOC.js";
import {
  DEFAULT_NAMESPACE,
  isRecord
} from "./chunk-M3WY2IZ6.js";
import {
  require_dist
} from "./chunk-3SVCAJPW.js";
import {
  require_picomatch
} from "./chunk-JLATT4XO.js";
import {
  __commonJS,
  __toESM
} from "./chunk-RHSRYE64.js";

// node_modules/lodash/isArray.js
var require_isArray = __commonJS({
  "node_modules/lodash/isArray.js"(exports, module) {
    var isArray = Array.isArray;
    module.exports = isArray;
  }
});

// node_modules/lodash/_freeGlobal.js
var require_freeGlobal = __commonJS({
  "node_modules/lodash/_freeGlobal.js"(exports, module) {
    var freeGlobal = typeof global == "object" && global && global.Object === Object && global;
    module.exports = freeGlobal;
  }
});

// node_modules/lodash/_root.js
var require_root = __commonJS({
  "node_modules/lodash/_root.js"(exports, module) {
    var freeGlobal = require_freeGlobal();
    var freeSelf = typeof self == "object" && self && self.Object === Object && self;
    var root = freeGlobal || freeSelf || Function("return this")();
    module.exports = root;
  }
});

// node_modules/lodash/_Symbol.js
var require_Symbol = __commonJS({
  "node_modules/lodash/_Symbol.js"(exports, module) {
    var root = require_root();
    var Symbol2 = root.Symbol;
    module.exports = Symbol2;
  }
});

// node_modules/lodash/_getRawTag.js
var require_getRawTag = __commonJS({
  "node_modules/lodash/_getRawTag.js"(exports, module) {
    var Symbol2 = require_Symbol();
    var objectProto = Object.prototype;
    var hasOwnProperty = objectProto.hasOwnProperty;
    var nativeObjectToString = objectProto.toString;
    var symToStringTag = Symbol2 ? Symbol2.toStringTag : void 0;
    function getRawTag(value) {
      var isOwn = hasOwnProperty.call(value, symToStringTag), tag = value[symToStringTag];
      try {
        value[symToStringTag] = void 0;
        var unmasked = true;
      } catch (e) {
      }
      var result = nativeObjectToString.call(value);
      if (unmasked) {
        if (isOwn) {
          value[symToStringTag] = tag;
        } else {
          delete value[symToStringTag];
        }
      }
      return result;
    }
    module.exports = getRawTag;
  }
});

// node_modules/lodash/_objectToString.js
var require_objectToString = __commonJS({
  "node_modules/lodash/_objectToString.js"(exports, module) {
    var objectProto = Object.prototype;
    var nativeObjectToString = objectProto.toString;
    function objectToString(value) {
      return nativeObjectToString.call(value);
    }
    module.exports = objectToString;
  }
});

// node_modules/lodash/_baseGetTag.js
var require_baseGetTag = __commonJS({
  "node_modules/lodash/_baseGetTag.js"(exports, module) {
    var Symbol2 = require_Symbol();
    var getRawTag = require_getRawTag();
    var objectToString = require_objectToString();
    var nullTag2 = "[object Null]";
    var undefinedTag = "[object Undefined]";
    var symToStringTag = Symbol2 ? Symbol2.toStringTag : void 0;
    function baseGetTag(value) {
      if (value == null) {
        return value === void 0 ? undefinedTag : nullTag2;
      }
      return symToStringTag && symToStringTag in Object(value) ? getRawTag(value) : objectToString(value);
    }
    module.exports = baseGetTag;
  }
});

// node_modules/lodash/isObjectLike.js
var require_isObjectLike = __commonJS({
  "node_modules/lodash/isObjectLike.js"(exports, module) {
    function isObjectLike(value) {
      return value != null && typeof value == "object";
    }
    module.exports = isObjectLike;
  }
});

// node_modules/lodash/isSymbol.js
var require_isSymbol = __commonJS({
  "node_modules/lodash/isSymbol.js"(exports, module) {
    var baseGetTag = require_baseGetTag();
    var isObjectLike = require_isObjectLike();
    var symbolTag = "[object Symbol]";
    function isSymbol(value) {
      return typeof value == "symbol" || isObjectLike(value) && baseGetTag(value) == symbolTag;
    }
    module.exports = isSymbol;
  }
});

// node_modules/lodash/_isKey.js
var require_isKey = __commonJS({
  "node_modules/lodash/_isKey.js"(exports, module) {
    var isArray = require_isArray();
    var isSymbol = require_isSymbol();
    var reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
    var reIsPlainProp = /^\w*$/;
    function isKey(value, object) {
      if (isArray(value)) {
        return false;
      }
      var type = typeof value;
      if (type == "number" || type == "symbol" || type == "boolean" || value == null || isSymbol(value)) {
        return true;
      }
      return reIsPlainProp.test(value) || !reIsDeepProp.test(value) || object != null && value in Object(object);
    }
    module.exports = isKey;
  }
});

// node_modules/lodash/isObject.js
var require_isObject = __commonJS({
  "node_modules/lodash/isObject.js"(exports, module) {
    function isObject(value) {
      var type = typeof value;
      return value != null && (type == "object" || type == "function");
    }
    module.exports = isObject;
  }
});

// node_modules/lodash/isFunction.js
var require_isFunction = __commonJS({
  "node_modules/lodash/isFunction.js"(exports, module) {
    var baseGetTag = require_baseGetTag();
    var isObject = require_isObject();
    var asyncTag = "[object AsyncFunction]";
    var funcTag = "[object Function]";
    var genTag = "[object GeneratorFunction]";
    var proxyTag = "[object Proxy]";
    function isFunction(value) {
      if (!isObject(value)) {
        return false;
      }
      var tag = baseGetTag(value);
      return tag == funcTag || tag == genTag || tag == asyncTag || tag == proxyTag;
    }
    module.exports = isFunction;
  }
});

// node_modules/lodash/_coreJsData.js
var require_coreJsData = __commonJS({
  "node_modules/lodash/_coreJsData.js"(exports, module) {
    var root = require_root();
    var coreJsData = root["__core-js_shared__"];
    module.exports = coreJsData;
  }
});

// node_modules/lodash/_isMasked.js
var require_isMasked = __commonJS({
  "node_modules/lodash/_isMasked.js"(exports, module) {
    var coreJsData = require_coreJsData();
    var maskSrcKey = (function() {
      var uid = /[^.]+$/.exec(coreJsData && coreJsData.keys && coreJsData.keys.IE_PROTO || "");
      return uid ? "Symbol(src)_1." + uid : "";
    })();
    function isMasked(func) {
      return !!maskSrcKey && maskSrcKey in func;
    }
    module.exports = isMasked;
  }
});

// node_modules/lodash/_toSource.js
var require_toSource = __commonJS({
  "node_modules/lodash/_toSource.js"(exports, module) {
    var funcProto = Function.prototype;
    var funcToString = funcProto.toString;
    function toSource(func) {
      if (func != null) {
        try {
          return funcToString.call(func);
        } catch (e) {
        }
        try {
          return func + "";
        } catch (e) {
        }
      }
      return "";
    }
    module.exports = toSource;
  }
});

// node_modules/lodash/_baseIsNative.js
var require_baseIsNative = __commonJS({
  "node_modules/lodash/_baseIsNative.js"(exports, module) {
    var isFunction = require_isFunction();
    var isMasked = require_isMasked();
    var isObject = require_isObject();
    var toSource = require_toSource();
    var reRegExpChar = /[\\^$.*+?()[\]{}|]/g;
    var reIsHostCtor = /^\[object .+?Constructor\]$/;
    var funcProto = Function.prototype;
    var objectProto = Object.prototype;
    var funcToString = funcProto.toString;
    var hasOwnProperty = objectProto.hasOwnProperty;
    var reIsNative = RegExp(
      "^" + funcToString.call(hasOwnProperty).replace(reRegExpChar, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
    );
    function baseIsNative(value) {
      if (!isObject(value) || isMasked(value)) {
        return false;
      }
      var pattern = isFunction(value) ? reIsNative : reIsHostCtor;
      return pattern.test(toSource(value));
    }
    module.exports = baseIsNative;
  }
});

// node_modules/lodash/_getValue.js
var require_getValue = __commonJS({
  "node_modules/lodash/_getValue.js"(exports, module) {
    function getValue(object, key) {
      return object == null ? void 0 : object[key];
    }
    module.exports = getValue;
  }
});

// node_modules/lodash/_getNative.js
var require_getNative = __commonJS({
  "node_modules/lodash/_getNative.js"(exports, module) {
    var baseIsNative = require_baseIsNative();
    var getValue = require_getValue();
    function getNative(object, key) {
      var value = getValue(object, key);
      return baseIsNative(value) ? value : void 0;
    }
    module.exports = getNative;
  }
});

// node_modules/lodash/_nativeCreate.js
var require_nativeCreate = __commonJS({
  "node_modules/lodash/_nativeCreate.js"(exports, module) {
    var getNative = require_getNative();
    var nativeCreate = getNative(Object, "create");
    module.exports = nativeCreate;
  }
});

// node_modules/lodash/_hashClear.js
var require_hashClear = __commonJS({
  "node_modules/lodash/_hashClear.js"(exports, module) {
    var nativeCreate = require_nativeCreate();
    function hashClear() {
      this.__data__ = nativeCreate ? nativeCreate(null) : {};
      this.size = 0;
    }
    module.exports = hashClear;
  }
});

// node_modules/lodash/_hashDelete.js
var require_hashDelete = __commonJS({
  "node_modules/lodash/_hashDelete.js"(exports, module) {
    function hashDelete(key) {
      var result = this.has(key) && delete this.__data__[key];
      this.size -= result ? 1 : 0;
      return result;
    }
    module.exports = hashDelete;
  }
});

// node_modules/lodash/_hashGet.js
var require_hashGet = __commonJS({
  "node_modules/lodash/_hashGet.js"(exports, module) {
    var nativeCreate = require_nativeCreate();
    var HASH_UNDEFINED = "__lodash_hash_undefined__";
    var objectProto = Object.prototype;
    var hasOwnProperty = objectProto.hasOwnProperty;
    function hashGet(key) {
      var data = this.__data__;
      if (nativeCreate) {
        var result = data[key];
        return result === HASH_UNDEFINED ? void 0 : result;
      }
      return hasOwnProperty.call(data, key) ? data[key] : void 0;
    }
    module.exports = hashGet;
  }
});

// node_modules/lodash/_hashHas.js
var require_hashHas = __commonJS({
  "node_modules/lodash/_hashHas.js"(exports, module) {
    var nativeCreate = require_nativeCreate();
    var objectProto = Object.prototype;
    var hasOwnProperty = objectProto.hasOwnProperty;
    function hashHas(key) {
      var data = this.__data__;
      return nativeCreate ? data[key] !== void 0 : hasOwnProperty.call(data, key);
    }
    module.exports = hashHas;
  }
});

// node_modules/lodash/_hashSet.js
var require_hashSet = __commonJS({
  "node_modules/lodash/_hashSet.js"(exports, module) {
    var nativeCreate = require_nativeCreate();
    var HASH_UNDEFINED = "__lodash_hash_undefined__";
    function hashSet(key, value) {
      var data = this.__data__;
      this.size += this.has(key) ? 0 : 1;
      data[key] = nativeCreate && value === void 0 ? HASH_UNDEFINED : value;
      return this;
    }
    module.exports = hashSet;
  }
});

// node_modules/lodash/_Hash.js
var require_Hash = __commonJS({
  "node_modules/lodash/_Hash.js"(exports, module) {
    var hashClear = require_hashClear();
    var hashDelete = require_hashDelete();
    var hashGet = require_hashGet();
    var hashHas = require_hashHas();
    var hashSet = require_hashSet();
    function Hash(entries) {
      var index = -1, length = entries == null ? 0 : entries.length;
      this.clear();
      while (++index < length) {
        var entry = entries[index];
        this.set(entry[0], entry[1]);
      }
    }
    Hash.prototype.clear = hashClear;
    Hash.prototype["delete"] = hashDelete;
    Hash.prototype.get = hashGet;
    Hash.prototype.has = hashHas;
    Hash.prototype.set = hashSet;
    module.exports = Hash;
  }
});

// node_modules/lodash/_listCacheClear.js
var require_listCacheClear = __commonJS({
  "node_modules/lodash/_listCacheClear.js"(exports, module) {
    function listCacheClear() {
      this.__data__ = [];
      this.size = 0;
    }
    module.exports = listCacheClear;
  }
});

// node_modules/lodash/eq.js
var require_eq = __commonJS({
  "node_modules/lodash/eq.js"(exports, module) {
    function eq(value, other) {
      return value === other || value !== value && other !== other;
    }
    module.exports = eq;
  }
});

// node_modules/lodash/_assocIndexOf.js
var require_assocIndexOf = __commonJS({
  "node_modules/lodash/_assocIndexOf.js"(exports, module) {
    var eq = require_eq();
    function assocIndexOf(array, key) {
      var length = array.length;
      while (length--) {
        if (eq(array[length][0], key)) {
          return length;
        }
      }
      return -1;
    }
    module.exports = assocIndexOf;
  }
});

// node_modules/lodash/_listCacheDelete.js
var require_listCacheDelete = __commonJS({
  "node_modules/lodash/_listCacheDelete.js"(exports, module) {
    var assocIndexOf = require_assocIndexOf();
    var arrayProto = Array.prototype;
    var splice = arrayProto.splice;
    function listCacheDelete(key) {
      var data = this.__data__, index = assocIndexOf(data, key);
      if (index < 0) {
        return false;
      }
      var lastIndex = data.length - 1;
      if (index == lastIndex) {
        data.pop();
      } else {
        splice.call(data, index, 1);
      }
      --this.size;
      return true;
    }
    module.exports = listCacheDelete;
  }
});

// node_modules/lodash/_listCacheGet.js
var require_listCacheGet = __commonJS({
  "node_modules/lodash/_listCacheGet.js"(exports, module) {
    var assocIndexOf = require_assocIndexOf();
    function listCacheGet(key) {
      var data = this.__data__, index = assocIndexOf(data, key);
      return index < 0 ? void 0 : data[index][1];
    }
    module.exports = listCacheGet;
  }
});

// node_modules/lodash/_listCacheHas.js
var require_listCacheHas = __commonJS({
  "node_modules/lodash/_listCacheHas.js"(exports, module) {
    var assocIndexOf = require_assocIndexOf();
    function listCacheHas(key) {
      return assocIndexOf(this.__data__, key) > -1;
    }
    module.exports = listCacheHas;
  }
});

// node_modules/lodash/_listCacheSet.js
var require_listCacheSet = __commonJS({
  "node_modules/lodash/_listCacheSet.js"(exports, module) {
    var assocIndexOf = require_assocIndexOf();
    function listCacheSet(key, value) {
      var data = this.__data__, index = assocIndexOf(data, key);
      if (index < 0) {
        ++this.size;
        data.push([key, value]);
      } else {
        data[index][1] = value;
      }
      return this;
    }
    module.exports = listCacheSet;
  }
});

// node_modules/lodash/_ListCache.js
var require_ListCache = __commonJS({
  "node_modules/lodash/_ListCache.js"(exports, module) {
    var listCacheClear = require_listCacheClear();
    var listCacheDelete = require_listCacheDelete();
    var listCacheGet = require_listCacheGet();
    var listCacheHas = require_listCacheHas();
    var listCacheSet = require_listCacheSet();
    function ListCache(entries) {
      var index = -1, length = entries == null ? 0 : entries.length;
      this.clear();
      while (++index < length) {
        var entry = entries[index];
        this.set(entry[0], entry[1]);
      }
    }
    ListCache.prototype.clear = listCacheClear;
    ListCache.prototype["delete"] = listCacheDelete;
    ListCache.prototype.get = listCacheGet;
    ListCache.prototype.has = listCacheHas;
    ListCache.prototype.set = listCacheSet;
    module.exports = ListCache;
  }
});

// node_modules/lodash/_Map.js
var require_Map = __commonJS({
  "node_modules/lodash/_Map.js"(exports, module) {
    var getNative = require_getNative();
    var root = require_root();
    var Map2 = getNative(root, "Map");
    module.exports = Map2;
  }
});

// node_modules/lodash/_mapCacheClear.js
var require_mapCacheClear = __commonJS({
  "node_modules/lodash/_mapCacheClear.js"(exports, module) {
    var Hash = require_Hash();
    var ListCache = require_ListCache();
    var Map2 = require_Map();
    function mapCacheClear() {
      this.size = 0;
      this.__data__ = {
        "hash": new Hash(),
        "map": new (Map2 || ListCache)(),
        "string": new Hash()
      };
    }
    module.exports = mapCacheClear;
  }
});

// node_modules/lodash/_isKeyable.js
var require_isKeyable = __commonJS({
  "node_modules/lodash/_isKeyable.js"(exports, module) {
    function isKeyable(value) {
      var type = typeof value;
      return type == "string" || type == "number" || type == "symbol" || type == "boolean" ? value !== "__proto__" : value === null;
    }
    module.exports = isKeyable;
  }
});

// node_modules/lodash/_getMapData.js
var require_getMapData = __commonJS({
  "node_modules/lodash/_getMapData.js"(exports, module) {
    var isKeyable = require_isKeyable();
    function getMapData(map2, key) {
      var data = map2.__data__;
      return isKeyable(key) ? data[typeof key == "string" ? "string" : "hash"] : data.map;
    }
    module.exports = getMapData;
  }
});

// node_modules/lodash/_mapCacheDelete.js
var require_mapCacheDelete = __commonJS({
  "node_modules/lodash/_mapCacheDelete.js"(exports, module) {
    var getMapData = require_getMapData();
    function mapCacheDelete(key) {
      var result = getMapData(this, key)["delete"](key);
      this.size -= result ? 1 : 0;
      return result;
    }
    module.exports = mapCacheDelete;
  }
});

// node_modules/lodash/_mapCacheGet.js
var require_mapCacheGet = __commonJS({
  "node_modules/lodash/_mapCacheGet.js"(exports, module) {
    var getMapData = require_getMapData();
    function mapCacheGet(key) {
      return getMapData(this, key).get(key);
    }
    module.exports = mapCacheGet;
  }
});

// node_modules/lodash/_mapCacheHas.js
var require_mapCacheHas = __commonJS({
  "node_modules/lodash/_mapCacheHas.js"(exports, module) {
    var getMapData = require_getMapData();
    function mapCacheHas(key) {
      return getMapData(this, key).has(key);
    }
    module.exports = mapCacheHas;
  }
});

// node_modules/lodash/_mapCacheSet.js
var require_mapCacheSet = __commonJS({
  "node_modules/lodash/_mapCacheSet.js"(exports, module) {
    var getMapData = require_getMapData();
    function mapCacheSet(key, value) {
      var data = getMapData(this, key), size = data.size;
      data.set(key, value);
      this.size += data.size == size ? 0 : 1;
      return this;
    }
    module.exports = mapCacheSet;
  }
});

// node_modules/lodash/_MapCache.js
var require_MapCache = __commonJS({
  "node_modules/lodash/_MapCache.js"(exports, module) {
    var mapCacheClear = require_mapCacheClear();
    var mapCacheDelete = require_mapCacheDelete();
    var mapCacheGet = require_mapCacheGet();
    var mapCacheHas = require_mapCacheHas();
    var mapCacheSet = require_mapCacheSet();
    function MapCache(entries) {
      var index = -1, length = entries == null ? 0 : entries.length;
      this.clear();
      while (++index < length) {
        var entry = entries[index];
        this.set(entry[0], entry[1]);
      }
    }
    MapCache.prototype.clear = mapCacheClear;
    MapCache.prototype["delete"] = mapCacheDelete;
    MapCache.prototype.get = mapCacheGet;
    MapCache.prototype.has = mapCacheHas;
    MapCache.prototype.set = mapCacheSet;
    module.exports = MapCache;
  }
});

// node_modules/lodash/memoize.js
var require_memoize = __commonJS({
  "node_modules/lodash/memoize.js"(exports, module) {
    var MapCache = require_MapCache();
    var FUNC_ERROR_TEXT = "Expected a function";
    function memoize(func, resolver) {
      if (typeof func != "function" || resolver != null && typeof resolver != "function") {
        throw new TypeError(FUNC_ERROR_TEXT);
      }
      var memoized = function() {
        var args = arguments, key = resolver ? resolver.apply(this, args) : args[0], cache = memoized.cache;
        if (cache.has(key)) {
          return cache.get(key);
        }
        var result = func.apply(this, args);
        memoized.cache = cache.set(key, result) || cache;
        return result;
      };
      memoized.cache = new (memoize.Cache || MapCache)();
      return memoized;
    }
    memoize.Cache = MapCache;
    module.exports = memoize;
  }
});

// node_modules/lodash/_memoizeCapped.js
var require_memoizeCapped = __commonJS({
  "node_modules/lodash/_memoizeCapped.js"(exports, module) {
    var memoize = require_memoize();
    var MAX_MEMOIZE_SIZE = 500;
    function memoizeCapped(func) {
      var result = memoize(func, function(key) {
        if (cache.size === MAX_MEMOIZE_SIZE) {
          cache.clear();
        }
        return key;
      });
      var cache = result.cache;
      return result;
    }
    module.exports = memoizeCapped;
  }
});

// node_modules/lodash/_stringToPath.js
var require_stringToPath = __commonJS({
  "node_modules/lodash/_stringToPath.js"(exports, module) {
    var memoizeCapped = require_memoizeCapped();
    var rePropName = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
    var reEscapeChar = /\\(\\)?/g;
    var stringToPath = memoizeCapped(function(string2) {
      var result = [];
      if (string2.charCodeAt(0) === 46) {
        result.push("");
      }
      string2.replace(rePropName, function(match, number, quote, subString) {
        result.push(quote ? subString.replace(reEscapeChar, "$1") : number || match);
      });
      return result;
    });
    module.exports = stringToPath;
  }
});

// node_modules/lodash/_arrayMap.js
var require_arrayMap = __commonJS({
  "node_modules/lodash/_arrayMap.js"(exports, module) {
    function arrayMap(array, iteratee) {
      var index = -1, length = array == null ? 0 : array.length, result = Array(length);
      while (++index < length) {
        result[index] = iteratee(array[index], index, array);
      }
      return result;
    }
    module.exports = arrayMap;
  }
});

// node_modules/lodash/_baseToString.js
var require_baseToString = __commonJS({
  "node_modules/lodash/_baseToString.js"(exports, module) {
    var Symbol2 = require_Symbol();
    var arrayMap = require_arrayMap();
    var isArray = require_isArray();
    var isSymbol = require_isSymbol();
    var INFINITY = 1 / 0;
    var symbolProto = Symbol2 ? Symbol2.prototype : void 0;
    var symbolToString = symbolProto ? symbolProto.toString : void 0;
    function baseToString(value) {
      if (typeof value == "string") {
        return value;
      }
      if (isArray(value)) {
        return arrayMap(value, baseToString) + "";
      }
      if (isSymbol(value)) {
        return symbolToString ? symbolToString.call(value) : "";
      }
      var result = value + "";
      return result == "0" && 1 / value == -INFINITY ? "-0" : result;
    }
    module.exports = baseToString;
  }
});

// node_modules/lodash/toString.js
var require_toString = __commonJS({
  "node_modules/lodash/toString.js"(exports, module) {
    var baseToString = require_baseToString();
    function toString(value) {
      return value == null ? "" : baseToString(value);
    }
    module.exports = toString;
  }
});

// node_modules/lodash/_castPath.js
var require_castPath = __commonJS({
  "node_modules/lodash/_castPath.js"(exports, module) {
    var isArray = require_isArray();
    var isKey = require_isKey();
    var stringToPath = require_stringToPath();
    var toString = require_toString();
    function castPath(value, object) {
      if (isArray(value)) {
        return value;
      }
      return isKey(value, object) ? [value] : stringToPath(toString(value));
    }
    module.exports = castPath;
  }
});

// node_modules/lodash/_toKey.js
var require_toKey = __commonJS({
  "node_modules/lodash/_toKey.js"(exports, module) {
    var isSymbol = require_isSymbol();
    var INFINITY = 1 / 0;
    function toKey(value) {
      if (typeof value == "string" || isSymbol(value)) {
        return value;
      }
      var result = value + "";
      return result == "0" && 1 / value == -INFINITY ? "-0" : result;
    }
    module.exports = toKey;
  }
});

// node_modules/lodash/_baseGet.js
var require_baseGet = __commonJS({
  "node_modules/lodash/_baseGet.js"(exports, module) {
    var castPath = require_castPath();
    var toKey = require_toKey();
    function baseGet(object, path) {
      path = castPath(path, object);
      var index = 0, length = path.length;
      while (object != null && index < length) {
        object = object[toKey(path[index++])];
      }
      return index && index == length ? object : void 0;
    }
    module.exports = baseGet;
  }
});

// node_modules/lodash/get.js
var require_get = __commonJS({
  "node_modules/lodash/get.js"(exports, module) {
    var baseGet = require_baseGet();
    function get2(object, path, defaultValue) {
      var result = object == null ? void 0 : baseGet(object, path);
      return result === void 0 ? defaultValue : result;
    }
    module.exports = get2;
  }
});

// app/core/scaffold/actions/catalog-actions.ts
var import_yaml = __toESM(require_dist(), 1);

// app/core/scaffold/actions/action.ts
var ActionInputError = class extends Error {
};
var stringInput = (input, name, action) => {
  const value = input[name];
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "string") throw new ActionInputError(`${action}: input ${name} must be a string`);
  return value;
};
var requiredString = (input, name, action) => {
  const value = stringInput(input, name, action);
  if (value === void 0 || value === "") throw new ActionInputError(`${action}: input ${name} is required`);
  return value;
};
var booleanInput = (input, name, action) => {
  const value = input[name];
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "boolean") throw new ActionInputError(`${action}: input ${name} must be true or false`);
  return value;
};

// app/core/scaffold/actions/catalog-actions.ts
var catalogWrite = {
  id: "catalog:write",
  run(input, context) {
    const path = childPath("", stringInput(input, "filePath", this.id) ?? "catalog-info.yaml");
    const entity = input.entity;
    if (!isRecord(entity) || !isRecord(entity.metadata))
      throw new ActionInputError(`${this.id}: input entity must be an entity with metadata`);
    const annotations = {
      ...entity.metadata.annotations,
      [SOURCE_TEMPLATE]: context.templateRef
    };
    const written = { ...entity, metadata: { ...entity.metadata, annotations } };
    context.log(`Writing ${path}`);
    context.workspace.write(path, textFile((0, import_yaml.stringify)(written)));
  }
};
var catalogRegister = {
  id: "catalog:register",
  run(input, context) {
    const action = this.id;
    const optional = booleanInput(input, "optional", action) ?? false;
    const path = registeredPath(input, context);
    const entityRef = entityRefIn(context, path);
    context.requests.registrations.push({ path, optional, ...entityRef ? { entityRef } : {} });
    if (entityRef) context.output("entityRef", entityRef);
    else if (!optional)
      throw new ActionInputError(`${action}: ${path} holds no entity in the new repository; write it before this step`);
  }
};
function registeredPath(input, context) {
  const action = catalogRegister.id;
  const publish = context.requests.publish;
  if (!publish) throw new ActionInputError(`${action}: runs after publish:github, which names the repository`);
  const base = `https://${publish.host}/${publish.owner}/${publish.repo}/blob/${publish.defaultBranch}`;
  const url = stringInput(input, "catalogInfoUrl", action);
  if (url !== void 0) {
    if (!url.startsWith(`${base}/`))
      throw new ActionInputError(`${action}: catalogInfoUrl must point into the new repository (${base}/\u2026)`);
    return childPath("", url.slice(base.length + 1));
  }
  const contents = stringInput(input, "repoContentsUrl", action);
  if (contents !== void 0 && contents !== base)
    throw new ActionInputError(`${action}: repoContentsUrl must be publish:github's repoContentsUrl (${base})`);
  const path = stringInput(input, "catalogInfoPath", action) ?? "/catalog-info.yaml";
  return childPath("", path.startsWith("/") ? path.slice(1) : path);
}
function entityRefIn(context, path) {
  const source = context.requests.publish?.sourcePath ?? "";
  const file = context.workspace.files.get(childPath(source, path));
  if (!file) return void 0;
  const entities = parseYamlDocuments(new TextDecoder().decode(file.content)).map((document) => document.toJSON()).filter(
    (value) => isRecord(value) && typeof value.kind === "string" && isRecord(value.metadata) && typeof value.metadata.name === "string"
  );
  const named = entities.filter((e) => !e.metadata.name.startsWith("generated-"));
  const entity = named.find((e) => e.kind === "Component") ?? named[0] ?? entities[0];
  if (!entity) return void 0;
  const { kind, metadata } = entity;
  return stringifyEntityRef({ kind, namespace: metadata.namespace ?? "default", name: metadata.name });
}

// app/core/scaffold/actions/debug-log.ts
var debugLog = {
  id: "debug:log",
  run(input, context) {
    const message = stringInput(input, "message", this.id);
    if (message) context.log(message);
    if (input.listWorkspace)
      context.log(`Workspace:
${[...context.workspace.files.keys()].map((p) => `  - ${p}`).join("\n")}`);
  }
};

// app/core/scaffold/actions/fetch-actions.ts
var import_isbinaryfile = __toESM(require_lib(), 1);
var import_picomatch = __toESM(require_picomatch(), 1);

// node_modules/nunjitsu/dist/index.js
import { randomInt } from "node:crypto";
import { types } from "node:util";
var unsafeDiagnosticCharacterPattern = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var diagnosticValueLength = 200;
var diagnosticMessageLength = 1024;
function formatDiagnosticValue(value) {
  const truncated = value.length > diagnosticValueLength ? `${value.slice(0, diagnosticValueLength)}\u2026` : value;
  return escapeUnsafeDiagnosticCharacters(JSON.stringify(truncated));
}
function neutralizeDiagnosticMessage(message) {
  const escaped = escapeUnsafeDiagnosticCharacters(message);
  return escaped.length > diagnosticMessageLength ? `${escaped.slice(0, diagnosticMessageLength)}\u2026` : escaped;
}
function suggestDiagnosticName(value, candidates) {
  if (value.length === 0 || value.length > 64) return;
  const maximumDistance = value.length <= 4 ? 1 : value.length <= 10 ? 2 : 3;
  let closest;
  let closestDistance = maximumDistance + 1;
  let inspected = 0;
  for (const candidate of candidates) {
    inspected += 1;
    if (inspected > 256) break;
    if (candidate === value || candidate.length === 0 || candidate.length > 64 || Math.abs(candidate.length - value.length) > maximumDistance) continue;
    const distance = diagnosticEditDistance(value, candidate);
    if (distance < closestDistance) {
      closest = candidate;
      closestDistance = distance;
    }
  }
  return closest;
}
function escapeUnsafeDiagnosticCharacters(value) {
  return value.replace(unsafeDiagnosticCharacterPattern, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function diagnosticEditDistance(left, right) {
  let beforePrevious;
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let leftIndex = 1; leftIndex <= left.length; leftIndex += 1) {
    const current = [leftIndex];
    for (let rightIndex = 1; rightIndex <= right.length; rightIndex += 1) {
      const substitution = previous[rightIndex - 1] + (left[leftIndex - 1] === right[rightIndex - 1] ? 0 : 1);
      let distance = Math.min(previous[rightIndex] + 1, current[rightIndex - 1] + 1, substitution);
      if (beforePrevious && leftIndex > 1 && rightIndex > 1 && left[leftIndex - 1] === right[rightIndex - 2] && left[leftIndex - 2] === right[rightIndex - 1]) distance = Math.min(distance, beforePrevious[rightIndex - 2] + 1);
      current.push(distance);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[right.length];
}
var TemplateLimitError = class extends Error {
  /** Limit name when the host can identify the failed dimension. */
  limit;
  /** Processing stage in which the limit was exceeded. */
  phase;
  /** One-based template line when available. */
  line;
  /** One-based template column when available. */
  column;
  /** Configured maximum for the failed resource dimension. */
  configured;
  /** Observed or projected usage that exceeded the maximum. */
  observed;
  /** Creates a deterministic resource-limit failure. */
  constructor(limit, details = {}) {
    const resource = limit ? limitDescriptions[limit] : "resource";
    const usage = details.configured === void 0 ? "" : ` of ${details.configured}` + (details.observed === void 0 ? "" : ` (observed ${details.observed})`);
    const stage = details.phase === "parse" ? "Template parsing" : details.phase === "evaluate" ? "Template evaluation" : "Template rendering";
    const location = details.line === void 0 ? "" : details.column === void 0 ? ` at line ${details.line}` : ` at line ${details.line}, column ${details.column}`;
    super(`${stage} exceeded the ${resource} limit${usage}${location}`);
    this.name = "TemplateLimitError";
    this.limit = limit;
    this.phase = details.phase;
    this.line = details.line;
    this.column = details.column;
    this.configured = details.configured;
    this.observed = details.observed;
  }
};
function withTemplateLimitErrorContext(error, phase, line, column) {
  return new TemplateLimitError(error.limit, {
    phase: error.phase ?? phase,
    line: error.line ?? line,
    column: error.column ?? column,
    configured: error.configured,
    observed: error.observed
  });
}
var limitDescriptions = Object.freeze({
  sourceCodeUnits: "source code unit",
  astNodes: "AST node",
  workUnits: "work unit",
  nestingDepth: "nesting depth",
  outputCodeUnits: "output code unit",
  scratchBytes: "scratch byte",
  capabilityCalls: "capability call"
});
var defaultLimits = Object.freeze({
  sourceCodeUnits: 4 * 1024 * 1024,
  astNodes: 1e6,
  workUnits: 1e6,
  nestingDepth: 512,
  outputCodeUnits: 16 * 1024 * 1024,
  scratchBytes: 64 * 1024 * 1024,
  capabilityCalls: 4096
});
function normalizeTemplateRenderLimits(limits) {
  const normalized = {
    ...defaultLimits,
    ...limits
  };
  for (const [name, value] of Object.entries(normalized)) if (value !== Number.POSITIVE_INFINITY && (!Number.isSafeInteger(value) || value < 0)) throw new RangeError(`${name} must be a non-negative integer or Infinity`);
  return Object.freeze(normalized);
}
function isAstNode(value) {
  return Boolean(value && typeof value === "object" && typeof value.type === "string" && typeof value.line === "number" && typeof value.column === "number");
}
var hostTypes = types;
function randomInteger(maximum) {
  return randomInt(maximum);
}
function estimateStringBytes(value) {
  return Buffer.byteLength(value);
}
function isJsonSyntaxError(error) {
  return types.isNativeError(error) && error.name === "SyntaxError";
}
var reservedNames = Object.freeze(/* @__PURE__ */ new Set([
  "constructor",
  "prototype",
  "__proto__"
]));
var maximumSafeValueEntries = 1e5;
var RuntimeSafeString = class {
  kind = "safe-string";
  /** Trusted string content. */
  value;
  constructor(value) {
    this.value = value;
    Object.freeze(this);
  }
};
var RuntimeContainerValue = class {
  #trackRuntimeParents;
  #parents;
  constructor(trackRuntimeParents) {
    this.#trackRuntimeParents = trackRuntimeParents;
  }
  tracksRuntimeParents() {
    return this.#trackRuntimeParents;
  }
  assertRuntimeMutationAllowed() {
    if (!this.#trackRuntimeParents) throw new TypeError("Persistent runtime values cannot be mutated");
  }
  addRuntimeParent(parent) {
    this.#parents ??= /* @__PURE__ */ new Map();
    this.#parents.set(parent, (this.#parents.get(parent) ?? 0) + 1);
  }
  removeRuntimeParent(parent) {
    const count = this.#parents?.get(parent);
    if (count === void 0) return;
    if (count === 1) this.#parents?.delete(parent);
    else this.#parents?.set(parent, count - 1);
  }
  runtimeParents() {
    return this.#parents?.keys() ?? emptyRuntimeContainerParents;
  }
};
var emptyRuntimeContainerParents = Object.freeze([]);
var RuntimeArray = class extends RuntimeContainerValue {
  kind = "array";
  #items = [];
  #present;
  #containsCallable = false;
  #nestingDepth = 1;
  constructor(items, trackRuntimeParents = true) {
    super(trackRuntimeParents);
    this.#replace(items, false);
    Object.freeze(this);
  }
  /** Replaces the sparse contents after validating closed-container invariants. */
  replace(items, chargeWork) {
    this.assertRuntimeMutationAllowed();
    this.#replace(items, true, chargeWork);
  }
  #replace(items, validateContainment, chargeWork) {
    if (hostTypes.isProxy(items)) throw new TypeError("Proxy objects cannot be used as runtime arrays");
    if (!Array.isArray(items)) throw new TypeError("Runtime arrays require an array");
    assertRuntimeContainerSize(items.length);
    const ancestry = validateContainment ? inspectRuntimeContainerAncestry(this, chargeWork) : emptyRuntimeContainerAncestry;
    const copied = [];
    copied.length = items.length;
    const present = /* @__PURE__ */ new Set();
    let containsCallable = false;
    let nestingDepth = 1;
    for (let index = 0; index < items.length; index += 1) {
      const descriptor = Object.getOwnPropertyDescriptor(items, `${index}`);
      if (descriptor === void 0) {
        defineOwnArrayIndex(copied, index, void 0);
        continue;
      }
      if (!("value" in descriptor)) throw new TypeError("Runtime arrays cannot contain accessors");
      const value = descriptor.value;
      if (validateContainment) assertRuntimeValueCanBeContained(this, value);
      defineOwnArrayIndex(copied, index, value);
      present.add(index);
      containsCallable ||= runtimeValueContainsCallable(value);
      nestingDepth = Math.max(nestingDepth, runtimeValueNestingDepth(value) + 1);
    }
    assertRuntimeValueDepth(nestingDepth + ancestry.maximumDepth);
    for (const value of this.presentValues()) unregisterRuntimeContainerParent(this, value);
    this.#items = Object.freeze(copied);
    this.#present = present.size === copied.length ? void 0 : present;
    this.#containsCallable = containsCallable;
    this.#nestingDepth = nestingDepth;
    for (const value of this.presentValues()) registerRuntimeContainerParent(this, value);
    refreshRuntimeContainerAncestors(ancestry.ancestors);
  }
  /** Number of contained values. */
  get length() {
    return this.#items.length;
  }
  /** Returns one contained value without invoking host behavior. */
  at(index) {
    return this.#items[index];
  }
  /** Returns whether one numeric position is an own present element. */
  has(index) {
    return Number.isInteger(index) && index >= 0 && index < this.#items.length && (this.#present === void 0 || this.#present.has(index));
  }
  /** Iterates every numeric position, exposing holes as `undefined`. */
  *values() {
    for (let index = 0; index < this.#items.length; index += 1) yield this.#items[index];
  }
  /** Iterates only present elements, skipping sparse holes. */
  *presentValues() {
    for (let index = 0; index < this.#items.length; index += 1) if (this.has(index)) yield this.#items[index];
  }
  /** Returns whether any present element transitively contains callable authority. */
  containsCallable() {
    return this.#containsCallable;
  }
  containsMutable() {
    return true;
  }
  metadataWorkUnits() {
    return this.#items.length;
  }
  /** Returns the deepest closed container level including this array. */
  nestingDepth() {
    return this.#nestingDepth;
  }
  /** Returns a mutable sparse copy without exposing interpreter storage. */
  copySparse() {
    const output = [];
    output.length = this.#items.length;
    for (let index = 0; index < this.#items.length; index += 1) if (this.has(index)) defineOwnArrayIndex(output, index, this.#items[index]);
    return output;
  }
  /** Refreshes metadata after a nested mutable container changes. */
  refreshMetadata() {
    let containsCallable = false;
    let nestingDepth = 1;
    for (const value of this.presentValues()) {
      containsCallable ||= runtimeValueContainsCallable(value);
      nestingDepth = Math.max(nestingDepth, runtimeValueNestingDepth(value) + 1);
    }
    this.#containsCallable = containsCallable;
    this.#nestingDepth = nestingDepth;
  }
};
var RuntimeMap = class extends RuntimeContainerValue {
  kind = "map";
  #entries = /* @__PURE__ */ new Map();
  #containsCallable = false;
  #nestingDepth = 1;
  constructor(entries, trackRuntimeParents = true) {
    super(trackRuntimeParents);
    for (const [key, value] of entries) {
      assertAllowedRuntimeMapKey(key);
      this.#entries.set(key, value);
      assertRuntimeContainerSize(this.#entries.size);
    }
    for (const [key, value] of this.#entries) {
      this.#containsCallable ||= runtimeValueContainsCallable(key) || runtimeValueContainsCallable(value);
      this.#nestingDepth = Math.max(this.#nestingDepth, runtimeValueNestingDepth(key) + 1, runtimeValueNestingDepth(value) + 1);
      registerRuntimeContainerParent(this, key);
      registerRuntimeContainerParent(this, value);
    }
    assertRuntimeValueDepth(this.#nestingDepth);
    Object.freeze(this);
  }
  /** Number of contained entries. */
  get size() {
    return this.#entries.size;
  }
  /** Returns one value using SameValueZero key identity. */
  get(key) {
    return this.#entries.get(key);
  }
  /** Returns whether one key exists using SameValueZero identity. */
  has(key) {
    return this.#entries.has(key);
  }
  /** Adds or replaces one closed entry. */
  set(key, value, chargeWork) {
    this.assertRuntimeMutationAllowed();
    assertAllowedRuntimeMapKey(key);
    const replacing = this.#entries.has(key);
    if (!replacing) assertRuntimeContainerSize(this.#entries.size + 1);
    const ancestry = inspectRuntimeContainerAncestry(this, chargeWork);
    assertRuntimeValueCanBeContained(this, key);
    assertRuntimeValueCanBeContained(this, value);
    let containsCallable = this.#containsCallable;
    let nestingDepth = this.#nestingDepth;
    if (replacing) ({ containsCallable, nestingDepth } = this.#metadataWith(key, value));
    else {
      containsCallable ||= runtimeValueContainsCallable(key) || runtimeValueContainsCallable(value);
      nestingDepth = Math.max(nestingDepth, runtimeValueNestingDepth(key) + 1, runtimeValueNestingDepth(value) + 1);
    }
    assertRuntimeValueDepth(nestingDepth + ancestry.maximumDepth);
    if (replacing) unregisterRuntimeContainerParent(this, this.#entries.get(key));
    else registerRuntimeContainerParent(this, key);
    this.#entries.set(key, value);
    registerRuntimeContainerParent(this, value);
    this.#containsCallable = containsCallable;
    this.#nestingDepth = nestingDepth;
    refreshRuntimeContainerAncestors(ancestry.ancestors);
    return this;
  }
  /** Removes one entry. */
  delete(key, chargeWork) {
    this.assertRuntimeMutationAllowed();
    if (!this.#entries.has(key)) return false;
    const ancestry = inspectRuntimeContainerAncestry(this, chargeWork);
    const value = this.#entries.get(key);
    const deleted = this.#entries.delete(key);
    if (deleted) {
      unregisterRuntimeContainerParent(this, key);
      unregisterRuntimeContainerParent(this, value);
      this.refreshMetadata();
      refreshRuntimeContainerAncestors(ancestry.ancestors);
    }
    return deleted;
  }
  /** Removes every entry. */
  clear(chargeWork) {
    this.assertRuntimeMutationAllowed();
    if (this.#entries.size === 0) return;
    const ancestry = inspectRuntimeContainerAncestry(this, chargeWork);
    for (const [key, value] of this.#entries) {
      unregisterRuntimeContainerParent(this, key);
      unregisterRuntimeContainerParent(this, value);
    }
    this.#entries.clear();
    this.#containsCallable = false;
    this.#nestingDepth = 1;
    refreshRuntimeContainerAncestors(ancestry.ancestors);
  }
  /** Iterates entries in insertion order. */
  entries() {
    return this.#entries.entries();
  }
  /** Iterates keys in insertion order. */
  keys() {
    return this.#entries.keys();
  }
  /** Iterates values in insertion order. */
  values() {
    return this.#entries.values();
  }
  /** Returns whether any key or value transitively contains callable authority. */
  containsCallable() {
    return this.#containsCallable;
  }
  containsMutable() {
    return true;
  }
  metadataWorkUnits() {
    return this.#entries.size;
  }
  /** Returns the deepest closed container level including this Map. */
  nestingDepth() {
    return this.#nestingDepth;
  }
  /** Refreshes metadata after a nested mutable container changes. */
  refreshMetadata() {
    let containsCallable = false;
    let nestingDepth = 1;
    for (const [key, value] of this.#entries) {
      containsCallable ||= runtimeValueContainsCallable(key) || runtimeValueContainsCallable(value);
      nestingDepth = Math.max(nestingDepth, runtimeValueNestingDepth(key) + 1, runtimeValueNestingDepth(value) + 1);
    }
    this.#containsCallable = containsCallable;
    this.#nestingDepth = nestingDepth;
  }
  #metadataWith(key, replacement) {
    let containsCallable = false;
    let nestingDepth = 1;
    for (const [entryKey, entryValue] of this.#entries) {
      const value = sameRuntimeMapKey(entryKey, key) ? replacement : entryValue;
      containsCallable ||= runtimeValueContainsCallable(entryKey) || runtimeValueContainsCallable(value);
      nestingDepth = Math.max(nestingDepth, runtimeValueNestingDepth(entryKey) + 1, runtimeValueNestingDepth(value) + 1);
    }
    return {
      containsCallable,
      nestingDepth
    };
  }
};
var RuntimeSet = class extends RuntimeContainerValue {
  kind = "set";
  #values = /* @__PURE__ */ new Set();
  #containsCallable = false;
  #nestingDepth = 1;
  constructor(values, trackRuntimeParents = true) {
    super(trackRuntimeParents);
    for (const value of values) {
      this.#values.add(value);
      assertRuntimeContainerSize(this.#values.size);
    }
    for (const value of this.#values) {
      this.#containsCallable ||= runtimeValueContainsCallable(value);
      this.#nestingDepth = Math.max(this.#nestingDepth, runtimeValueNestingDepth(value) + 1);
      registerRuntimeContainerParent(this, value);
    }
    assertRuntimeValueDepth(this.#nestingDepth);
    Object.freeze(this);
  }
  /** Number of contained values. */
  get size() {
    return this.#values.size;
  }
  /** Returns whether one value exists using SameValueZero identity. */
  has(value) {
    return this.#values.has(value);
  }
  /** Adds one closed value. */
  add(value, chargeWork) {
    this.assertRuntimeMutationAllowed();
    if (this.#values.has(value)) return this;
    assertRuntimeContainerSize(this.#values.size + 1);
    const ancestry = inspectRuntimeContainerAncestry(this, chargeWork);
    assertRuntimeValueCanBeContained(this, value);
    const nestingDepth = Math.max(this.#nestingDepth, runtimeValueNestingDepth(value) + 1);
    assertRuntimeValueDepth(nestingDepth + ancestry.maximumDepth);
    this.#values.add(value);
    registerRuntimeContainerParent(this, value);
    this.#containsCallable ||= runtimeValueContainsCallable(value);
    this.#nestingDepth = nestingDepth;
    refreshRuntimeContainerAncestors(ancestry.ancestors);
    return this;
  }
  /** Removes one value. */
  delete(value, chargeWork) {
    this.assertRuntimeMutationAllowed();
    if (!this.#values.has(value)) return false;
    const ancestry = inspectRuntimeContainerAncestry(this, chargeWork);
    const deleted = this.#values.delete(value);
    if (deleted) {
      unregisterRuntimeContainerParent(this, value);
      this.refreshMetadata();
      refreshRuntimeContainerAncestors(ancestry.ancestors);
    }
    return deleted;
  }
  /** Removes every value. */
  clear(chargeWork) {
    this.assertRuntimeMutationAllowed();
    if (this.#values.size === 0) return;
    const ancestry = inspectRuntimeContainerAncestry(this, chargeWork);
    for (const value of this.#values) unregisterRuntimeContainerParent(this, value);
    this.#values.clear();
    this.#containsCallable = false;
    this.#nestingDepth = 1;
    refreshRuntimeContainerAncestors(ancestry.ancestors);
  }
  /** Iterates values in insertion order. */
  values() {
    return this.#values.values();
  }
  /** Returns whether any value transitively contains callable authority. */
  containsCallable() {
    return this.#containsCallable;
  }
  containsMutable() {
    return true;
  }
  metadataWorkUnits() {
    return this.#values.size;
  }
  /** Returns the deepest closed container level including this Set. */
  nestingDepth() {
    return this.#nestingDepth;
  }
  /** Refreshes metadata after a nested mutable container changes. */
  refreshMetadata() {
    let containsCallable = false;
    let nestingDepth = 1;
    for (const value of this.#values) {
      containsCallable ||= runtimeValueContainsCallable(value);
      nestingDepth = Math.max(nestingDepth, runtimeValueNestingDepth(value) + 1);
    }
    this.#containsCallable = containsCallable;
    this.#nestingDepth = nestingDepth;
  }
};
var RuntimeRecord = class RuntimeRecord2 extends RuntimeContainerValue {
  kind = "record";
  #entries;
  #containsCallable;
  #containsMutable;
  #nestingDepth;
  constructor(entries, trackRuntimeParents = true) {
    super(trackRuntimeParents);
    const indexedEntries = /* @__PURE__ */ new Map();
    const namedEntries = /* @__PURE__ */ new Map();
    let entryCount = 0;
    for (const [name, value] of entries) {
      entryCount += 1;
      assertRuntimeContainerSize(entryCount);
      if (isReservedName(name)) throw new TypeError(`Template record key ${name} is reserved`);
      (isCanonicalArrayIndex(name) ? indexedEntries : namedEntries).set(name, value);
    }
    if (indexedEntries.size === 0) this.#entries = namedEntries;
    else {
      const orderedEntries = Array.from(indexedEntries.entries());
      orderedEntries.sort(([left], [right]) => Number(left) - Number(right));
      for (const entry of namedEntries) orderedEntries.push(entry);
      this.#entries = new Map(orderedEntries);
    }
    let containsCallable = false;
    let containsMutable = false;
    let nestingDepth = 1;
    for (const value of this.#entries.values()) {
      containsCallable ||= runtimeValueContainsCallable(value);
      containsMutable ||= runtimeValueContainsMutable(value);
      nestingDepth = Math.max(nestingDepth, runtimeValueNestingDepth(value) + 1);
    }
    assertRuntimeValueDepth(nestingDepth);
    this.#containsCallable = containsCallable;
    this.#containsMutable = containsMutable;
    this.#nestingDepth = nestingDepth;
    for (const value of this.#entries.values()) registerRuntimeContainerParent(this, value);
    Object.freeze(this);
  }
  /** Number of contained entries. */
  get size() {
    return this.#entries.size;
  }
  /** Returns one own entry; reserved names always fail closed. */
  get(name) {
    if (isReservedName(name)) return;
    return this.#entries.get(name);
  }
  /** Returns whether one allowed own entry exists. */
  has(name) {
    return !isReservedName(name) && this.#entries.has(name);
  }
  /** Iterates array indices numerically, then named entries by first insertion. */
  entries() {
    return this.#entries.entries();
  }
  /** Returns whether any own entry transitively contains callable authority. */
  containsCallable() {
    return this.#containsCallable;
  }
  containsMutable() {
    return this.#containsMutable;
  }
  metadataWorkUnits() {
    return this.#entries.size;
  }
  /** Returns the deepest closed container level including this record. */
  nestingDepth() {
    return this.#nestingDepth;
  }
  /** Returns a derived record with one allowed own entry replaced. */
  with(name, value) {
    if (isReservedName(name)) throw new TypeError(`Template record key ${name} is reserved`);
    const entries = new Map(this.#entries);
    entries.set(name, value);
    return new RuntimeRecord2(entries, this.tracksRuntimeParents());
  }
  /** Refreshes metadata after a nested mutable container changes. */
  refreshMetadata() {
    let containsCallable = false;
    let nestingDepth = 1;
    for (const value of this.#entries.values()) {
      containsCallable ||= runtimeValueContainsCallable(value);
      nestingDepth = Math.max(nestingDepth, runtimeValueNestingDepth(value) + 1);
    }
    this.#containsCallable = containsCallable;
    this.#nestingDepth = nestingDepth;
  }
};
var RuntimeRegex = class {
  kind = "regex";
  source;
  flags;
  #lastIndex = 0;
  constructor(source, flags) {
    this.source = source;
    this.flags = flags;
    Object.freeze(this);
  }
  /** Current closed state for global or sticky regex execution. */
  get lastIndex() {
    return this.#lastIndex;
  }
  /** Updates closed regex state after an approved native execution. */
  setLastIndex(lastIndex) {
    this.#lastIndex = lastIndex;
  }
};
var canonicalRegexFlags = "gimy";
function runtimeRegexToString(value) {
  let source = "";
  if (value.source === "") source = "(?:)";
  else for (let index = 0; index < value.source.length; index += 1) {
    const character = value.source[index];
    if (character === "\n") source += "\\n";
    else if (character === "\r") source += "\\r";
    else if (character === "\u2028") source += "\\u2028";
    else if (character === "\u2029") source += "\\u2029";
    else source += character;
  }
  let flags = "";
  for (let flagIndex = 0; flagIndex < 4; flagIndex += 1) {
    const expected = canonicalRegexFlags[flagIndex];
    for (let index = 0; index < value.flags.length; index += 1) if (value.flags[index] === expected) {
      flags += expected;
      break;
    }
  }
  return `/${source}/${flags}`;
}
var RuntimeCallable = class {
  kind = "callable";
  callableKind;
  id;
  constructor(callableKind, id) {
    this.callableKind = callableKind;
    this.id = id;
    Object.freeze(this);
  }
};
function runtimeContainer(value) {
  return value instanceof RuntimeContainerValue ? value : void 0;
}
function registerRuntimeContainerParent(parent, value) {
  const child = runtimeContainer(value);
  if (!parent.tracksRuntimeParents() || !child?.tracksRuntimeParents() || !child.containsMutable()) return;
  child.addRuntimeParent(parent);
}
function unregisterRuntimeContainerParent(parent, value) {
  const child = runtimeContainer(value);
  if (!parent.tracksRuntimeParents() || !child?.tracksRuntimeParents() || !child.containsMutable()) return;
  child.removeRuntimeParent(parent);
}
var emptyRuntimeContainerAncestry = Object.freeze({
  ancestors: emptyRuntimeContainerParents,
  maximumDepth: 0
});
function inspectRuntimeContainerAncestry(value, chargeWork) {
  let maximum = 0;
  const pending = [[value, 0]];
  const depths = /* @__PURE__ */ new Map();
  while (pending.length > 0) {
    const [child, depth] = pending.pop();
    for (const parent of child.runtimeParents()) {
      chargeWork?.();
      const parentDepth = depth + 1;
      if (parentDepth <= (depths.get(parent) ?? -1)) continue;
      if (!depths.has(parent)) chargeRuntimeWorkUnits(parent.metadataWorkUnits(), chargeWork);
      depths.set(parent, parentDepth);
      maximum = Math.max(maximum, parentDepth);
      pending.push([parent, parentDepth]);
    }
  }
  const ancestors = Array.from(depths.entries());
  ancestors.sort(([, left], [, right]) => {
    chargeWork?.();
    return left - right;
  });
  return {
    ancestors: ancestors.map(([ancestor]) => ancestor),
    maximumDepth: maximum
  };
}
function chargeRuntimeWorkUnits(units, chargeWork) {
  if (!chargeWork) return;
  for (let unit = 0; unit < units; unit += 1) chargeWork();
}
function refreshRuntimeContainerAncestors(ancestors) {
  for (const ancestor of ancestors) ancestor.refreshMetadata();
}
function sameRuntimeMapKey(left, right) {
  return left === right || typeof left === "number" && typeof right === "number" && Number.isNaN(left) && Number.isNaN(right);
}
function isReservedName(name) {
  return reservedNames.has(name);
}
function isCanonicalArrayIndex(name) {
  const index = Number(name);
  return Number.isInteger(index) && index >= 0 && index < 4294967295 && `${index}` === name;
}
function defineOwnArrayIndex(target, index, value) {
  Object.defineProperty(target, index, {
    configurable: true,
    enumerable: true,
    value,
    writable: true
  });
}
function copyRuntimeValue(value) {
  return copyValue(value, createSafeValueCopyState(true), 0);
}
function copyPersistentRuntimeValue(value) {
  return copyValue(value, createSafeValueCopyState(false), 0);
}
function cloneRuntimeValue(value) {
  return cloneValue(value, /* @__PURE__ */ new Map());
}
function cloneRuntimeContext(context) {
  const cloned = cloneRuntimeValue(context);
  if (!(cloned instanceof RuntimeRecord)) throw new TypeError("Runtime context must be a record");
  return cloned;
}
function copyRuntimeContext(context) {
  return copyRuntimeContextWithParentTracking(context, true);
}
function copyPersistentRuntimeContext(context) {
  return copyRuntimeContextWithParentTracking(context, false);
}
function copyRuntimeContextWithParentTracking(context, trackRuntimeParents) {
  if (hostTypes.isProxy(context)) throw new TypeError("Proxy objects cannot be used as template values");
  const rootEntries = Reflect.ownKeys(context).length;
  assertRuntimeContainerSize(rootEntries);
  const state = createSafeValueCopyState(trackRuntimeParents);
  state.remainingEntries += rootEntries;
  const copied = copyValue(context, state, 0);
  if (!(copied instanceof RuntimeRecord)) throw new TypeError("Template context must be a plain record");
  return copied;
}
function withRuntimeContextPath(context, path, value) {
  if (!Array.isArray(path) || path.length === 0) throw new TypeError("Prepared context update path must be a non-empty array");
  if (path.length > 256) throw new RangeError(`Prepared context update paths cannot exceed 256 segments`);
  return replaceRuntimeContextPath(context, path.map((name) => {
    if (typeof name !== "string") throw new TypeError("Prepared context update path must contain only strings");
    if (isReservedName(name)) throw new TypeError(`Template record key ${name} is reserved`);
    return name;
  }), 0, value);
}
function copyPublicValue(value) {
  return toPublicValue(value, createPublicValueCopyState(), 0);
}
function copyPublicValueWithWork(value, chargeWork) {
  return toPublicValue(value, createPublicValueCopyState(), 0, chargeWork);
}
function renderRuntimeValue(value, chargeWork) {
  assertRuntimeValueHasNoCallable(value);
  return renderRuntimeValueUnchecked(value, chargeWork);
}
function renderedRuntimeValueCodeUnits(value, chargeWork) {
  assertRuntimeValueHasNoCallable(value);
  return renderedRuntimeValueCodeUnitsUnchecked(value, chargeWork);
}
function assertRuntimeValueHasNoCallable(value) {
  if (value === null || typeof value !== "object") return;
  if (value instanceof RuntimeCallable) throw new TypeError("Callable values cannot be coerced");
  if ((value instanceof RuntimeArray || value instanceof RuntimeRecord || value instanceof RuntimeMap || value instanceof RuntimeSet) && value.containsCallable()) throw new TypeError("Callable values cannot be coerced");
}
function runtimeValueContainsCallable(value) {
  if (value === null || typeof value !== "object") return false;
  if (value instanceof RuntimeCallable) return true;
  if (value instanceof RuntimeArray || value instanceof RuntimeRecord || value instanceof RuntimeMap || value instanceof RuntimeSet) return value.containsCallable();
  return false;
}
function runtimeValueContainsMutable(value) {
  return runtimeContainer(value)?.containsMutable() ?? false;
}
function runtimeValueNestingDepth(value) {
  if (value instanceof RuntimeArray || value instanceof RuntimeRecord || value instanceof RuntimeMap || value instanceof RuntimeSet) return value.nestingDepth();
  return 0;
}
function renderRuntimeValueUnchecked(value, chargeWork) {
  if (value === void 0 || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (value === Number.POSITIVE_INFINITY) return "Infinity";
    if (value === Number.NEGATIVE_INFINITY) return "-Infinity";
    return `${value}`;
  }
  if (value instanceof RuntimeSafeString) return value.value;
  if (value instanceof RuntimeArray) {
    const output = [];
    for (const item of value.values()) {
      chargeWork?.();
      output.push(renderRuntimeValueUnchecked(item, chargeWork));
    }
    return output.join(",");
  }
  if (value instanceof RuntimeRecord) return "[object Object]";
  if (value instanceof RuntimeMap) return "[object Map]";
  if (value instanceof RuntimeSet) return "[object Set]";
  if (value instanceof RuntimeRegex) return runtimeRegexToString(value);
  throw new TypeError("Callable values cannot be rendered");
}
function renderedRuntimeValueCodeUnitsUnchecked(value, chargeWork) {
  if (value === void 0 || value === null) return 0;
  if (typeof value === "string") return value.length;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (typeof value === "number") return renderRuntimeValueUnchecked(value).length;
  if (value instanceof RuntimeSafeString) return value.value.length;
  if (value instanceof RuntimeArray) {
    let codeUnits = Math.max(0, value.length - 1);
    for (const item of value.values()) {
      chargeWork?.();
      codeUnits += renderedRuntimeValueCodeUnitsUnchecked(item, chargeWork);
    }
    return codeUnits;
  }
  if (value instanceof RuntimeRecord) return 15;
  if (value instanceof RuntimeMap) return 12;
  if (value instanceof RuntimeSet) return 12;
  if (value instanceof RuntimeRegex) return runtimeRegexToString(value).length;
  throw new TypeError("Callable values cannot be rendered");
}
function runtimeTruthy(value) {
  if (value === void 0 || value === null || value === false) return false;
  if (typeof value === "number") return value !== 0 && !Number.isNaN(value);
  if (typeof value === "string") return value.length > 0;
  if (value instanceof RuntimeSafeString) return true;
  return true;
}
function createSafeValueCopyState(trackRuntimeParents) {
  return {
    ancestors: /* @__PURE__ */ new Set(),
    aliases: /* @__PURE__ */ new Map(),
    trackRuntimeParents,
    remainingEntries: maximumSafeValueEntries
  };
}
function copyValue(value, state, parentDepth) {
  if (value === void 0 || value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number") return value;
  if (typeof value !== "object") throw new TypeError(`Unsupported template value of type ${typeof value}`);
  if (hostTypes.isProxy(value)) throw new TypeError("Proxy objects cannot be used as template values");
  assertRuntimeValueDepth(parentDepth + 1);
  if (state.ancestors.has(value)) throw new TypeError("Cyclic template values are not supported");
  const existing = state.aliases.get(value);
  if (existing !== void 0) return existing;
  state.ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Array.prototype) throw new TypeError("Template arrays cannot use a custom prototype");
      assertRuntimeContainerSize(value.length);
      reserveSafeValueEntries(state, value.length);
      validateArrayKeys(value);
      const items = [];
      items.length = value.length;
      for (let index = 0; index < value.length; index += 1) {
        const descriptor = Object.getOwnPropertyDescriptor(value, String(index));
        if (descriptor !== void 0) defineOwnArrayIndex(items, index, copyDataDescriptor(descriptor, state, parentDepth + 1));
      }
      const copied2 = new RuntimeArray(items, state.trackRuntimeParents);
      state.aliases.set(value, copied2);
      return copied2;
    }
    if (hostTypes.isMap(value)) {
      const map2 = value;
      if (Object.getPrototypeOf(value) !== Map.prototype) throw new TypeError("Template Maps cannot use a custom prototype");
      if (Reflect.ownKeys(value).length !== 0) throw new TypeError("Template Maps cannot have custom properties");
      const size = mapSize(map2);
      assertRuntimeContainerSize(size);
      reserveSafeValueEntries(state, size);
      const entries2 = [];
      mapForEach(map2, (entryValue, entryKey) => {
        const key = copyValue(entryKey, state, parentDepth + 1);
        if (typeof key === "string" && isReservedName(key)) throw new TypeError(`Template Map key ${key} is reserved`);
        entries2.push([key, copyValue(entryValue, state, parentDepth + 1)]);
      });
      const copied2 = new RuntimeMap(entries2, state.trackRuntimeParents);
      state.aliases.set(value, copied2);
      return copied2;
    }
    if (hostTypes.isSet(value)) {
      const set2 = value;
      if (Object.getPrototypeOf(value) !== Set.prototype) throw new TypeError("Template Sets cannot use a custom prototype");
      if (Reflect.ownKeys(value).length !== 0) throw new TypeError("Template Sets cannot have custom properties");
      const size = setSize(set2);
      assertRuntimeContainerSize(size);
      reserveSafeValueEntries(state, size);
      const values = [];
      setForEach(set2, (entryValue) => {
        values.push(copyValue(entryValue, state, parentDepth + 1));
      });
      const copied2 = new RuntimeSet(values, state.trackRuntimeParents);
      state.aliases.set(value, copied2);
      return copied2;
    }
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) throw new TypeError("Only plain records can be used as template values");
    const keys = Reflect.ownKeys(value);
    assertRuntimeContainerSize(keys.length);
    reserveSafeValueEntries(state, keys.length);
    const entries = [];
    for (const key of keys) {
      if (typeof key !== "string") throw new TypeError("Template records cannot contain symbol keys");
      if (isReservedName(key)) throw new TypeError(`Template record key ${key} is reserved`);
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor?.enumerable) entries.push([key, copyDataDescriptor(descriptor, state, parentDepth + 1)]);
    }
    const copied = new RuntimeRecord(entries, state.trackRuntimeParents);
    state.aliases.set(value, copied);
    return copied;
  } finally {
    state.ancestors.delete(value);
  }
}
function copyDataDescriptor(descriptor, state, parentDepth) {
  if (!("value" in descriptor)) throw new TypeError("Template values cannot contain accessors");
  return copyValue(descriptor.value, state, parentDepth);
}
function validateArrayKeys(value) {
  for (const key of Reflect.ownKeys(value)) {
    if (key === "length") continue;
    if (typeof key !== "string" || !isArrayIndex(key, value.length)) throw new TypeError("Template arrays cannot have custom properties");
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && !("value" in descriptor)) throw new TypeError("Template values cannot contain accessors");
  }
}
function replaceRuntimeContextPath(context, path, index, value) {
  const name = path[index];
  if (name === void 0) throw new TypeError("Prepared context update path cannot contain undefined");
  if (index === path.length - 1) return context.with(name, value);
  let child;
  if (!context.has(name)) child = new RuntimeRecord([], context.tracksRuntimeParents());
  else {
    const existing = context.get(name);
    if (!(existing instanceof RuntimeRecord)) throw new TypeError(`Prepared context path ${path.slice(0, index + 1).join(".")} is not a record`);
    child = existing;
  }
  return context.with(name, replaceRuntimeContextPath(child, path, index + 1, value));
}
function isArrayIndex(value, length) {
  return isCanonicalArrayIndex(value) && Number(value) < length;
}
function createPublicValueCopyState() {
  return {
    aliases: /* @__PURE__ */ new Map(),
    remainingEntries: maximumSafeValueEntries
  };
}
function toPublicValue(value, state, parentDepth, chargeWork) {
  if (value === void 0 || value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number") return value;
  if (value instanceof RuntimeSafeString) return value.value;
  const existing = state.aliases.get(value);
  if (existing !== void 0) return existing;
  if (value instanceof RuntimeArray) {
    assertRuntimeValueDepth(parentDepth + 1);
    reserveSafeValueEntries(state, value.length);
    const output = [];
    output.length = value.length;
    state.aliases.set(value, output);
    for (let index = 0; index < value.length; index += 1) {
      chargeWork?.();
      if (value.has(index)) {
        const publicItem = toPublicValue(value.at(index), state, parentDepth + 1, chargeWork);
        defineOwnArrayIndex(output, index, publicItem === void 0 ? null : publicItem);
      }
    }
    return Object.freeze(output);
  }
  if (value instanceof RuntimeRecord) {
    assertRuntimeValueDepth(parentDepth + 1);
    reserveSafeValueEntries(state, value.size);
    const output = /* @__PURE__ */ Object.create(null);
    state.aliases.set(value, output);
    for (const [key, item] of value.entries()) {
      chargeWork?.();
      if (isReservedName(key)) throw new TypeError(`Template record key ${key} is reserved`);
      const publicItem = toPublicValue(item, state, parentDepth + 1, chargeWork);
      if (publicItem !== void 0) output[key] = publicItem;
    }
    return Object.freeze(output);
  }
  if (value instanceof RuntimeMap) {
    assertRuntimeValueDepth(parentDepth + 1);
    reserveSafeValueEntries(state, value.size);
    const output = /* @__PURE__ */ new Map();
    state.aliases.set(value, output);
    for (const [key, item] of value.entries()) {
      chargeWork?.();
      const publicKey = toPublicValue(key, state, parentDepth + 1, chargeWork);
      if (typeof publicKey === "string" && isReservedName(publicKey)) throw new TypeError(`Template Map key ${publicKey} is reserved`);
      output.set(publicKey, toPublicValue(item, state, parentDepth + 1, chargeWork));
    }
    return output;
  }
  if (value instanceof RuntimeSet) {
    assertRuntimeValueDepth(parentDepth + 1);
    reserveSafeValueEntries(state, value.size);
    const output = /* @__PURE__ */ new Set();
    state.aliases.set(value, output);
    for (const item of value.values()) {
      chargeWork?.();
      output.add(toPublicValue(item, state, parentDepth + 1, chargeWork));
    }
    return output;
  }
  if (value instanceof RuntimeRegex) return runtimeRegexToString(value);
  throw new TypeError("Callable values cannot cross the capability boundary");
}
function assertRuntimeContainerSize(entries) {
  if (entries > 1e5) throw new RangeError(`Template value containers cannot exceed ${maximumSafeValueEntries} entries`);
}
function assertRuntimeValueDepth(depth) {
  if (depth > 256) throw new RangeError(`Template value nesting cannot exceed 256 levels`);
}
function reserveSafeValueEntries(state, entries) {
  if (entries > state.remainingEntries) throw new RangeError(`Template value copies cannot exceed ${maximumSafeValueEntries} structured entries`);
  state.remainingEntries -= entries;
}
function cloneValue(value, aliases) {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof RuntimeSafeString || value instanceof RuntimeRegex || value instanceof RuntimeCallable) return value;
  const existing = aliases.get(value);
  if (existing !== void 0) return existing;
  if (value instanceof RuntimeArray) {
    const items = value.copySparse();
    for (let index = 0; index < items.length; index += 1) if (value.has(index)) defineOwnArrayIndex(items, index, cloneValue(value.at(index), aliases));
    const cloned = new RuntimeArray(items);
    aliases.set(value, cloned);
    return cloned;
  }
  if (value instanceof RuntimeRecord) {
    const entries = [];
    for (const [key, item] of value.entries()) entries.push([key, cloneValue(item, aliases)]);
    const cloned = new RuntimeRecord(entries);
    aliases.set(value, cloned);
    return cloned;
  }
  if (value instanceof RuntimeMap) {
    const entries = [];
    for (const [key, item] of value.entries()) entries.push([cloneValue(key, aliases), cloneValue(item, aliases)]);
    const cloned = new RuntimeMap(entries);
    aliases.set(value, cloned);
    return cloned;
  }
  if (value instanceof RuntimeSet) {
    const values = [];
    for (const item of value.values()) values.push(cloneValue(item, aliases));
    const cloned = new RuntimeSet(values);
    aliases.set(value, cloned);
    return cloned;
  }
  return assertNeverRuntimeValue(value);
}
function assertRuntimeValueCanBeContained(owner, value) {
  const pending = [value];
  const visited = /* @__PURE__ */ new Set();
  while (pending.length > 0) {
    const candidate = pending.pop();
    if (candidate === void 0 || candidate === null || typeof candidate !== "object") continue;
    if (candidate === owner) throw new TypeError("Cyclic template values are not supported");
    if (visited.has(candidate)) continue;
    visited.add(candidate);
    if (candidate instanceof RuntimeArray) pending.push(...candidate.presentValues());
    else if (candidate instanceof RuntimeRecord) for (const [, item] of candidate.entries()) pending.push(item);
    else if (candidate instanceof RuntimeMap) for (const [key, item] of candidate.entries()) pending.push(key, item);
    else if (candidate instanceof RuntimeSet) pending.push(...candidate.values());
  }
}
function assertAllowedRuntimeMapKey(key) {
  const stringKey = key instanceof RuntimeSafeString ? key.value : key;
  if (typeof stringKey === "string" && isReservedName(stringKey)) throw new TypeError(`Template Map key ${stringKey} is reserved`);
}
function assertNeverRuntimeValue(value) {
  throw new TypeError(`Unknown runtime value ${typeof value}`);
}
var mapSizeGetter = Object.getOwnPropertyDescriptor(Map.prototype, "size")?.get;
var setSizeGetter = Object.getOwnPropertyDescriptor(Set.prototype, "size")?.get;
var mapForEachIntrinsic = Map.prototype.forEach;
var setForEachIntrinsic = Set.prototype.forEach;
function mapSize(value) {
  if (!mapSizeGetter) throw new TypeError("Map size intrinsic is unavailable");
  return mapSizeGetter.call(value);
}
function setSize(value) {
  if (!setSizeGetter) throw new TypeError("Set size intrinsic is unavailable");
  return setSizeGetter.call(value);
}
function mapForEach(value, callback) {
  mapForEachIntrinsic.call(value, callback);
}
function setForEach(value, callback) {
  setForEachIntrinsic.call(value, callback);
}
function scanIdentifier(source, start, allowLeadingDigit = false) {
  let nameStart = start;
  if (allowLeadingDigit) while (nameStart < source.length && isAsciiDigit$1(source.charCodeAt(nameStart))) nameStart += 1;
  if (!isIdentifierStart(source.charCodeAt(nameStart))) return;
  let end = nameStart + 1;
  while (end < source.length && isIdentifierContinuation(source.charCodeAt(end))) end += 1;
  return {
    value: source.slice(start, end),
    end
  };
}
function isIdentifierStart(value) {
  return value === 95 || isAsciiLetter(value);
}
function isIdentifierContinuation(value) {
  return isIdentifierStart(value) || isAsciiDigit$1(value);
}
function isAsciiLetter(value) {
  return value >= 65 && value <= 90 || value >= 97 && value <= 122;
}
function isAsciiDigit$1(value) {
  return value >= 48 && value <= 57;
}
var allowedRegularExpressionFlags = Object.freeze([
  "g",
  "i",
  "m",
  "y"
]);
var asciiLetterPattern = /^[A-Za-z]$/;
var RegexLiteralSyntaxError = class extends Error {
  offset;
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
};
function scanRegexLiteral(source, start) {
  let pattern = "";
  let backslashRun = 0;
  for (let index = start + 2; index < source.length; index += 1) {
    const character = source[index];
    if ((character !== "/" || backslashRun > 0) && pattern.length >= 16384) throw new RegexLiteralSyntaxError("Regular-expression literal exceeds the maximum length", start);
    if (character === "\\") {
      pattern += character;
      backslashRun += 1;
      continue;
    }
    if (character === "/") {
      if (backslashRun > 0) {
        if (backslashRun % 2 === 0) throw new RegexLiteralSyntaxError("Ambiguous regular-expression delimiter escape", start);
        pattern += character;
        backslashRun = 0;
        continue;
      }
      return finishRegexLiteral(source, start, index, pattern);
    }
    pattern += character;
    backslashRun = 0;
  }
  throw new RegexLiteralSyntaxError("Unterminated regular-expression literal", start);
}
function finishRegexLiteral(source, start, delimiter, pattern) {
  let end = delimiter + 1;
  let flags = "";
  for (; end < source.length; end += 1) {
    const character = source[end];
    if (!isAllowedRegularExpressionFlag(character)) break;
    if (flags.includes(character)) throw new RegexLiteralSyntaxError("Duplicate regular-expression flag", start);
    flags += character;
  }
  if (end < source.length && asciiLetterPattern.test(source[end])) throw new RegexLiteralSyntaxError("Unsupported regular-expression flag", start);
  try {
    new RegExp(pattern, flags);
  } catch {
    throw new RegexLiteralSyntaxError("Invalid regular-expression literal", start);
  }
  return Object.freeze({
    source: pattern,
    flags,
    end
  });
}
function isAllowedRegularExpressionFlag(value) {
  return allowedRegularExpressionFlags.some((flag) => flag === value);
}
var codeWhitespaceCharacters = /* @__PURE__ */ new Set([
  " ",
  "	",
  "\n",
  "\r",
  "\xA0"
]);
var templateWhitespacePattern = /\s/;
function isCodeWhitespace(value) {
  return value !== void 0 && codeWhitespaceCharacters.has(value);
}
function isTemplateWhitespace(value) {
  return value !== void 0 && templateWhitespacePattern.test(value);
}
function trimCodeWhitespace(value) {
  return trimCodeWhitespaceEnd(trimCodeWhitespaceStart(value));
}
function trimCodeWhitespaceStart(value) {
  let index = 0;
  while (isCodeWhitespace(value[index])) index += 1;
  return value.slice(index);
}
function trimCodeWhitespaceEnd(value) {
  let index = value.length;
  while (isCodeWhitespace(value[index - 1])) index -= 1;
  return value.slice(0, index);
}
var simpleStringEscapes = Object.freeze({
  n: "\n",
  r: "\r",
  t: "	"
});
var decimalNumberPattern = /^\d+(?:\.\d*)?/;
var invalidNumericSuffixPattern = /^[A-Za-z_]$/;
var literalNames = /* @__PURE__ */ new Set([
  "true",
  "false",
  "null",
  "none"
]);
var ExpressionParser = class {
  #tokens;
  #node;
  #maximumDepth;
  #index = 0;
  #depth = 0;
  constructor(source, line, column, node, maximumDepth = Number.POSITIVE_INFINITY) {
    this.#tokens = tokenize(source, line, column);
    this.#node = node;
    this.#maximumDepth = maximumDepth;
  }
  parse() {
    const expression = this.#parseInlineIf();
    this.#expect("eof");
    return expression;
  }
  parseTargetList() {
    const targets = [];
    do {
      const token = this.#expect("name");
      if (literalNames.has(token.value)) this.#fail("Binding targets must be ordinary names", token);
      targets.push(this.#symbol(token));
    } while (this.#consume(","));
    this.#expect("eof");
    return Object.freeze(targets);
  }
  parseSignature() {
    const children = this.#parseArguments(")");
    this.#expect("eof");
    for (const child of children) if (child.type === "KeywordArgs") {
      for (const pair of child.children) if (pair.type !== "Pair" || pair.key.type !== "Symbol") this.#fail("Defaulted formal parameters must use names", pair);
    } else if (child.type !== "Symbol") this.#fail("Formal parameters must be names", child);
    return this.#make("NodeList", { children });
  }
  /** Parses one filter-block header around an already parsed capture node. */
  parseFilterInvocation(input) {
    const filter = this.#parseFilterInvocation(input);
    this.#expect("eof");
    return filter;
  }
  #parseInlineIf() {
    const body = this.#parseOr();
    if (!this.#consumeName("if")) return body;
    const cond = this.#parseOr();
    const otherwise = this.#consumeName("else") ? this.#nested(() => this.#parseOr()) : void 0;
    return this.#make("InlineIf", {
      cond,
      body,
      else_: otherwise
    }, body);
  }
  #parseOr() {
    let left = this.#parseAnd();
    while (this.#consumeName("or")) left = this.#make("Or", {
      left,
      right: this.#parseAnd()
    }, left);
    return left;
  }
  #parseAnd() {
    let left = this.#parseNot();
    while (this.#consumeName("and")) left = this.#make("And", {
      left,
      right: this.#parseNot()
    }, left);
    return left;
  }
  #parseNot() {
    const position = this.#peek();
    if (this.#consumeName("not")) {
      const target = this.#nested(() => this.#parseNot());
      return this.#lowerObservableNot(target, position);
    }
    return this.#parseMembership();
  }
  #parseMembership() {
    let left = this.#parseTest();
    for (; ; ) {
      let negate = false;
      if (this.#peek().value === "not" && this.#peek(1).value === "in") {
        this.#index += 2;
        negate = true;
      } else if (!this.#consumeName("in")) return left;
      const membership = this.#make("In", {
        left,
        right: this.#parseTest()
      }, left);
      left = negate ? this.#make("Not", { target: membership }, left) : membership;
    }
  }
  #parseTest() {
    const left = this.#parseCompare();
    if (this.#consumeName("is")) {
      const negate = this.#consumeName("not");
      const right = this.#parseCompare();
      const test = this.#make("Is", {
        left,
        right
      }, right);
      return negate ? this.#make("Not", { target: test }, left) : test;
    }
    return left;
  }
  #parseCompare() {
    return this.#parseEquality();
  }
  #parseEquality() {
    const left = this.#parseRelational();
    const operations = [];
    while ([
      "==",
      "===",
      "!=",
      "!=="
    ].includes(this.#peek().value)) {
      const token = this.#peek();
      this.#index += 1;
      const expr = this.#parseRelational();
      operations.push(this.#make("CompareOperand", {
        expr,
        operator: token.value
      }, expr));
    }
    return this.#makeComparison(left, operations);
  }
  #parseRelational() {
    const left = this.#parseAdditive();
    const operations = [];
    while ([
      "<",
      "<=",
      ">",
      ">="
    ].includes(this.#peek().value)) {
      const token = this.#peek();
      this.#index += 1;
      const expr = this.#parseAdditive();
      operations.push(this.#make("CompareOperand", {
        expr,
        operator: token.value
      }, expr));
    }
    return this.#makeComparison(left, operations);
  }
  #makeComparison(left, operations) {
    if (operations.length === 0) return left;
    return this.#make("Compare", {
      expr: left,
      ops: Object.freeze(operations)
    }, left);
  }
  #lowerObservableNot(target, position) {
    switch (target.type) {
      case "Add":
      case "Concat":
      case "Sub":
      case "Mul":
      case "Div":
      case "Mod":
        return this.#make(target.type, {
          left: this.#lowerObservableNot(target.left, position),
          right: target.right
        }, position);
      case "Compare":
        return this.#make("Compare", {
          expr: this.#lowerObservableNot(target.expr, position),
          ops: target.ops
        }, position);
      default:
        return this.#make("Not", { target }, position);
    }
  }
  #parseAdditive() {
    let left = this.#parseMultiply();
    for (; ; ) if (this.#consume("+")) left = this.#make("Add", {
      left,
      right: this.#parseMultiply()
    }, left);
    else if (this.#consume("-")) left = this.#make("Sub", {
      left,
      right: this.#parseMultiply()
    }, left);
    else if (this.#consume("~")) left = this.#make("Concat", {
      left,
      right: this.#parseMultiply()
    }, left);
    else return left;
  }
  #parseMultiply() {
    return this.#materializeMultiplicative(this.#parseMultiplySequence());
  }
  #parseMultiplySequence() {
    const sequence = this.#parseDivideSequence();
    while (this.#consume("*")) this.#appendMultiplicative(sequence, "Mul", this.#parseDivideSequence());
    return sequence;
  }
  #parseDivideSequence() {
    const sequence = this.#parseFloorDivideSequence();
    while (this.#consume("/")) this.#appendMultiplicative(sequence, "Div", this.#parseFloorDivideSequence());
    return sequence;
  }
  #parseFloorDivideSequence() {
    let sequence = this.#parseModuloSequence();
    while (this.#consume("//")) {
      this.#appendMultiplicative(sequence, "Div", this.#parseModuloSequence());
      const target = this.#materializeMultiplicative(sequence);
      sequence = {
        first: this.#make("Floor", { target }, target),
        operations: []
      };
    }
    return sequence;
  }
  #parseModuloSequence() {
    const sequence = {
      first: this.#parsePower(),
      operations: []
    };
    while (this.#consume("%")) sequence.operations.push({
      type: "Mod",
      right: this.#parsePower()
    });
    return sequence;
  }
  #appendMultiplicative(sequence, type, right) {
    sequence.operations.push({
      type,
      right: right.first
    }, ...right.operations);
  }
  #materializeMultiplicative(sequence) {
    let left = sequence.first;
    for (const operation of sequence.operations) left = this.#make(operation.type, {
      left,
      right: operation.right
    }, left);
    return left;
  }
  #parsePower() {
    let left = this.#parseFilter();
    while (this.#consume("**")) left = this.#make("Pow", {
      left,
      right: this.#parseFilter()
    }, left);
    return left;
  }
  #parseFilter() {
    let expression = this.#parseUnary();
    while (this.#consume("|")) expression = this.#parseFilterInvocation(expression);
    return expression;
  }
  #parseFilterInvocation(input) {
    const name = this.#parseFilterName();
    const supplied = this.#consume("(") ? this.#nested(() => this.#parseArguments(")")) : Object.freeze([]);
    return this.#make("Filter", {
      name,
      args: this.#make("NodeList", { children: Object.freeze([input, ...supplied]) }, input)
    }, name);
  }
  #parseFilterName() {
    const first = this.#expect("name");
    const segments = [first.value];
    this.#assertAllowedName(first.value, first);
    while (this.#consume(".")) {
      const segment = this.#expect("name");
      this.#assertAllowedName(segment.value, segment);
      segments.push(segment.value);
    }
    return this.#make("Symbol", { value: segments.join(".") }, first);
  }
  #parseUnary() {
    const operator = this.#peek();
    if (this.#consume("-")) {
      const target = this.#nested(() => this.#parseUnary());
      if (target.type === "Neg") this.#fail("Repeated unparenthesized unary - is not supported", target);
      return this.#make("Neg", { target }, operator);
    }
    if (this.#consume("+")) {
      const target = this.#nested(() => this.#parseUnary());
      if (target.type === "Pos") this.#fail("Repeated unparenthesized unary + is not supported", target);
      return this.#make("Pos", { target }, operator);
    }
    return this.#parsePostfix();
  }
  #parsePostfix() {
    let expression = this.#parsePrimary();
    for (; ; ) if (this.#consume(".")) {
      const key = this.#expect("name");
      this.#assertAllowedName(key.value, key);
      expression = this.#make("LookupVal", {
        target: expression,
        val: this.#literal(key.value, key)
      }, key);
    } else if (this.#consume("[")) {
      const value = this.#nested(() => this.#parseSubscript());
      this.#expectValue("]");
      if (value.type === "Literal" && typeof value.value === "string") this.#assertAllowedName(value.value, value);
      expression = this.#make("LookupVal", {
        target: expression,
        val: value
      }, value);
    } else if (this.#consume("(")) expression = this.#make("FunCall", {
      name: expression,
      args: this.#nested(() => this.#argumentList())
    }, expression);
    else return expression;
  }
  #parseSubscript() {
    const position = this.#peek();
    let start;
    if (this.#peek().value !== ":" && this.#peek().value !== "]") start = this.#parseInlineIf();
    if (!this.#consume(":")) {
      if (!start) this.#fail("Expected subscript expression");
      return start;
    }
    let stop;
    let step;
    if (this.#peek().value !== ":" && this.#peek().value !== "]") stop = this.#parseInlineIf();
    if (this.#consume(":") && this.#peek().value !== "]") step = this.#parseInlineIf();
    return this.#make("Slice", {
      start: start ?? this.#literal(null, position),
      stop: stop ?? this.#literal(null, position),
      step: step ?? this.#literal(1, position)
    }, position);
  }
  #parsePrimary() {
    const token = this.#peek();
    if (token.kind === "number") {
      this.#index += 1;
      return this.#literal(Number(token.value), token);
    }
    if (token.kind === "string") {
      this.#index += 1;
      return this.#literal(token.value, token);
    }
    if (token.kind === "regex") {
      this.#index += 1;
      const separator = token.value.lastIndexOf("/");
      const regex = Object.freeze({
        type: "regex-literal",
        source: token.value.slice(0, separator),
        flags: token.value.slice(separator + 1)
      });
      return this.#literal(regex, token);
    }
    if (token.kind === "name") {
      this.#index += 1;
      if (token.value === "true") return this.#literal(true, token);
      if (token.value === "false") return this.#literal(false, token);
      if (token.value === "none" || token.value === "null") return this.#literal(null, token);
      return this.#symbol(token);
    }
    if (this.#consume("(")) {
      const children = this.#nested(() => this.#parseDelimited(")"));
      if (children.length === 0) this.#fail("Parenthesized expression cannot be empty", token);
      return this.#make("Group", { children }, token);
    }
    if (this.#consume("[")) return this.#make("Array", { children: this.#nested(() => this.#parseDelimited("]")) }, token);
    if (this.#consume("{")) {
      const pairs2 = this.#nested(() => this.#parseDictionary());
      return this.#make("Dict", { children: Object.freeze(pairs2) }, token);
    }
    this.#fail(token.value === "" ? "Unexpected expression token at end of input" : `Unexpected expression token ${formatDiagnosticValue(token.value)}`);
  }
  #parseDictionary() {
    const pairs2 = [];
    if (!this.#consume("}")) {
      do {
        const keyToken = this.#peek();
        let key;
        if (keyToken.kind === "name" && !literalNames.has(keyToken.value)) {
          this.#index += 1;
          key = this.#symbol(keyToken);
        } else if (keyToken.kind === "string") {
          this.#index += 1;
          key = this.#literal(keyToken.value, keyToken);
        } else this.#fail("Dictionary keys must be strings or names", keyToken);
        if ((key.type === "Symbol" || key.type === "Literal") && typeof key.value === "string") this.#assertAllowedName(key.value, key);
        this.#expectValue(":");
        pairs2.push(this.#make("Pair", {
          key,
          value: this.#parseInlineIf()
        }, keyToken));
      } while (this.#consume(","));
      this.#expectValue("}");
    }
    return pairs2;
  }
  #parseDelimited(end) {
    const children = [];
    if (this.#consume(end)) return Object.freeze(children);
    do
      children.push(this.#parseInlineIf());
    while (this.#consume(","));
    this.#expectValue(end);
    return Object.freeze(children);
  }
  #argumentList() {
    return this.#make("NodeList", { children: this.#parseArguments(")") });
  }
  #parseArguments(end) {
    const positional = [];
    const keywords = [];
    if (this.#consume(end)) return Object.freeze(positional);
    do
      if (this.#peek().kind === "name" && this.#peek(1).value === "=") {
        const key = this.#symbol(this.#expect("name"));
        this.#expectValue("=");
        keywords.push(this.#make("Pair", {
          key,
          value: this.#parseInlineIf()
        }, key));
      } else positional.push(this.#parseInlineIf());
    while (this.#consume(","));
    this.#expectValue(end);
    if (keywords.length > 0) positional.push(this.#make("KeywordArgs", { children: Object.freeze(keywords) }));
    return Object.freeze(positional);
  }
  #symbol(token) {
    this.#assertAllowedName(token.value, token);
    return this.#make("Symbol", { value: token.value }, token);
  }
  #assertAllowedName(value, position) {
    if (isReservedName(value)) this.#fail(`Template name ${formatDiagnosticValue(value)} is reserved`, position);
  }
  #literal(value, position) {
    return this.#make("Literal", { value }, position);
  }
  #make(type, fields, position = this.#peek()) {
    return this.#node({
      type,
      line: position.line,
      column: position.column,
      ...fields
    });
  }
  #peek(offset = 0) {
    return this.#tokens[Math.min(this.#index + offset, this.#tokens.length - 1)];
  }
  #consume(value) {
    if (this.#peek().kind !== "operator" || this.#peek().value !== value) return false;
    this.#index += 1;
    return true;
  }
  #consumeName(value) {
    if (this.#peek().kind !== "name" || this.#peek().value !== value) return false;
    this.#index += 1;
    return true;
  }
  #expect(kind) {
    const token = this.#peek();
    if (token.kind !== kind) this.#fail(token.value === "" ? `Expected ${kind}, received end of input` : `Expected ${kind}, received ${formatDiagnosticValue(token.value)}`, token);
    this.#index += 1;
    return token;
  }
  #expectValue(value) {
    if (!this.#consume(value)) this.#fail(`Expected ${value}`);
  }
  #nested(parse2) {
    this.#depth += 1;
    if (this.#maximumDepth !== Number.POSITIVE_INFINITY && this.#depth > this.#maximumDepth) {
      const token = this.#peek();
      throw new TemplateLimitError("nestingDepth", {
        phase: "parse",
        line: token.line + 1,
        column: token.column + 1,
        configured: this.#maximumDepth,
        observed: this.#depth
      });
    }
    try {
      return parse2();
    } finally {
      this.#depth -= 1;
    }
  }
  #fail(message, token = this.#peek()) {
    throw new ExpressionSyntaxError(message, token.line, token.column);
  }
};
var ExpressionSyntaxError = class extends Error {
  line;
  column;
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
  }
};
function tokenize(source, initialLine, initialColumn) {
  const tokens = [];
  let index = 0;
  let line = initialLine;
  let column = initialColumn;
  const emit = (kind, value, tokenLine, tokenColumn) => {
    tokens.push(Object.freeze({
      kind,
      value,
      line: tokenLine,
      column: tokenColumn
    }));
  };
  while (index < source.length) {
    const character = source[index];
    if (isCodeWhitespace(character)) {
      ({ line, column } = advanceSourcePosition(source, index, index + 1, line, column));
      index += 1;
      continue;
    }
    const tokenLine = line;
    const tokenColumn = column;
    const previous = tokens.at(-1);
    const name = scanIdentifier(source, index, previous?.kind === "operator" && previous.value === ".");
    if (name) {
      if (name.value === "r" && source[name.end] === "/") {
        let regex;
        try {
          regex = scanRegexLiteral(source, index);
        } catch (error) {
          if (error instanceof RegexLiteralSyntaxError) throw new ExpressionSyntaxError(error.message, tokenLine, tokenColumn);
          throw error;
        }
        emit("regex", `${regex.source}/${regex.flags}`, tokenLine, tokenColumn);
        const consumed = regex.end - index;
        index = regex.end;
        column += consumed;
      } else {
        emit("name", name.value, tokenLine, tokenColumn);
        const consumed = name.end - index;
        index = name.end;
        column += consumed;
      }
      continue;
    }
    const afterOperand = previous !== void 0 && (previous.kind === "name" || previous.kind === "number" || previous.kind === "string" || previous.kind === "regex" || previous.kind === "operator" && [
      ")",
      "]",
      "}"
    ].includes(previous.value));
    if (character === "." && isAsciiDigit(source[index + 1]) && !afterOperand) throw new ExpressionSyntaxError("Invalid numeric literal", tokenLine, tokenColumn);
    const number = decimalNumberPattern.exec(source.slice(index));
    if (number) {
      const suffix = source[index + number[0].length];
      if (suffix !== void 0 && invalidNumericSuffixPattern.test(suffix)) throw new ExpressionSyntaxError("Invalid numeric literal", tokenLine, tokenColumn);
      emit("number", number[0], tokenLine, tokenColumn);
      index += number[0].length;
      column += number[0].length;
      continue;
    }
    if (character === '"' || character === "'") {
      const string2 = readString(source, index, character, tokenLine, tokenColumn);
      emit("string", string2.value, tokenLine, tokenColumn);
      ({ line, column } = advanceSourcePosition(source, index, string2.end, line, column));
      index = string2.end;
      continue;
    }
    const operator = [
      "===",
      "!==",
      "**",
      "//",
      "==",
      "!=",
      "<=",
      ">="
    ].find((candidate) => source.startsWith(candidate, index));
    const value = operator ?? character;
    if (!operator && !"()[]{}.,:|~+-*/%<>=.".includes(character)) throw new ExpressionSyntaxError(`Unexpected character ${formatDiagnosticValue(character)}`, tokenLine, tokenColumn);
    emit("operator", value, tokenLine, tokenColumn);
    index += value.length;
    column += value.length;
  }
  emit("eof", "", line, column);
  return Object.freeze(tokens);
}
function isAsciiDigit(value) {
  return value !== void 0 && value >= "0" && value <= "9";
}
function readString(source, start, quote, line, column) {
  let value = "";
  for (let index = start + 1; index < source.length; index += 1) {
    const character = source[index];
    if (character === quote) return {
      value,
      end: index + 1
    };
    if (character !== "\\") {
      value += character;
      continue;
    }
    index += 1;
    if (index >= source.length) break;
    const escaped = source[index];
    if (Object.hasOwn(simpleStringEscapes, escaped)) value += simpleStringEscapes[escaped];
    else value += escaped;
  }
  throw new ExpressionSyntaxError("Unterminated string literal", line, column);
}
function advanceSourcePosition(source, start, end, initialLine, initialColumn) {
  let line = initialLine;
  let column = initialColumn;
  for (let index = start; index < end; index += 1) if (source[index] === "\n") {
    line += 1;
    column = 0;
  } else column += 1;
  return {
    line,
    column
  };
}
function findCodeTerminator(source, start, terminator) {
  for (let index = start; index <= source.length - terminator.length; ) {
    const skipped2 = skipCodeToken(source, index);
    if (skipped2 !== void 0) index = skipped2;
    else if (source.startsWith(terminator, index)) return index;
    else index += 1;
  }
  return -1;
}
function findMatchingCodeDelimiter(source, start) {
  const opening = source[start];
  if (opening !== "(" && opening !== "[" && opening !== "{") return -1;
  const stack = [opening];
  for (let index = start + 1; index < source.length; ) {
    const skipped2 = skipCodeToken(source, index);
    if (skipped2 !== void 0) {
      index = skipped2;
      continue;
    }
    const character = source[index];
    if (character === "(" || character === "[" || character === "{") stack.push(character);
    else if (character === ")" || character === "]" || character === "}") {
      if (character === closingDelimiter(stack.at(-1))) {
        stack.pop();
        if (stack.length === 0) return index;
      }
    }
    index += 1;
  }
  return -1;
}
function findTopLevelCodeCharacter(source, expected) {
  let depth = 0;
  for (let index = 0; index < source.length; ) {
    const skipped2 = skipCodeToken(source, index);
    if (skipped2 !== void 0) {
      index = skipped2;
      continue;
    }
    const character = source[index];
    if (character === "(" || character === "[" || character === "{") depth += 1;
    else if (character === ")" || character === "]" || character === "}") depth -= 1;
    else if (depth === 0 && character === expected) return index;
    index += 1;
  }
  return -1;
}
function splitTopLevelCodeKeyword(source, keyword) {
  let depth = 0;
  for (let index = 0; index < source.length; ) {
    const identifier = scanIdentifier(source, index, true);
    if (identifier) {
      if (identifier.value === "r" && source[identifier.end] === "/") {
        index = scanRegexLiteral(source, index).end;
        continue;
      }
      if (depth === 0 && identifier.value === keyword && isCodeWhitespace(source[index - 1] ?? " ") && isCodeWhitespace(source[identifier.end] ?? " ")) return {
        left: trimCodeWhitespace(source.slice(0, index)),
        right: trimCodeWhitespace(source.slice(identifier.end))
      };
      index = identifier.end;
      continue;
    }
    const skipped2 = skipCodeToken(source, index);
    if (skipped2 !== void 0) {
      index = skipped2;
      continue;
    }
    const character = source[index];
    if (character === "(" || character === "[" || character === "{") depth += 1;
    else if (character === ")" || character === "]" || character === "}") depth -= 1;
    index += 1;
  }
}
function skipCodeToken(source, index) {
  const stringEnd = skipQuotedString(source, index);
  if (stringEnd !== void 0) return stringEnd;
  const identifier = scanIdentifier(source, index, true);
  if (!identifier) {
    let end = index;
    while (end < source.length && source[end] >= "0" && source[end] <= "9") end += 1;
    return end > index ? end : void 0;
  }
  if (identifier.value === "r" && source[identifier.end] === "/") return scanRegexLiteral(source, index).end;
  return identifier.end;
}
function skipQuotedString(source, start) {
  const quote = source[start];
  if (quote !== '"' && quote !== "'") return;
  for (let index = start + 1; index < source.length; index += 1) {
    const character = source[index];
    if (character === "\\") index += 1;
    else if (character === quote) return index + 1;
  }
  return source.length;
}
function closingDelimiter(opening) {
  if (opening === "(") return ")";
  if (opening === "[") return "]";
  if (opening === "{") return "}";
}
var macroSignaturePattern = /^([A-Za-z_][A-Za-z0-9_]*)[ \t\n\r\u00a0]*\(([^]*)\)$/;
var trailingWhitespacePattern = /\s+$/;
var optionalLeadingWhitespacePattern = /^\s*/;
var leadingNewlinePattern = /^(?:\r?\n)/;
var indentationPattern = /^\s*$/;
var tagNamePattern = /^[A-Za-z_][A-Za-z0-9_]*/;
var emptyStructuralTags = /* @__PURE__ */ new Set([
  "else",
  "endif",
  "endfor",
  "endmacro",
  "endcall",
  "endfilter",
  "endset",
  "default",
  "endswitch"
]);
var statementTags = Object.freeze([
  "if",
  "for",
  "set",
  "macro",
  "call",
  "filter",
  "block",
  "switch",
  "include",
  "import",
  "from",
  "extends"
]);
var structuralStopTags = /* @__PURE__ */ new Set([
  ...emptyStructuralTags,
  "elif",
  "elseif",
  "case"
]);
var NunjitsuParseError = class extends Error {
  line;
  column;
  constructor(message, line, column) {
    super(message);
    this.name = "NunjitsuParseError";
    this.line = line;
    this.column = column;
  }
};
function parseTemplate(source, options = {
  trimBlocks: false,
  lstripBlocks: false
}) {
  try {
    return new TemplateParser(scanTemplate(source, options), options.astNodes, options.nestingDepth).parse();
  } catch (error) {
    if (error instanceof NunjitsuParseError) throw error;
    if (error instanceof TemplateLimitError) throw withTemplateLimitErrorContext(error, "parse");
    if (error instanceof ExpressionSyntaxError) throw new NunjitsuParseError(error.message, error.line, error.column);
    if (error instanceof RegexLiteralSyntaxError) {
      const position = sourcePosition(source, error.offset);
      throw new NunjitsuParseError(error.message, position.line, position.column);
    }
    throw new NunjitsuParseError("Invalid template syntax");
  }
}
var TemplateParser = class {
  #tokens;
  #maximumNodes;
  #maximumDepth;
  #index = 0;
  #nodeCount = 0;
  #bodyDepth = 0;
  constructor(tokens, maximumNodes = Number.POSITIVE_INFINITY, maximumDepth = Number.POSITIVE_INFINITY) {
    this.#tokens = tokens;
    this.#maximumNodes = maximumNodes;
    this.#maximumDepth = maximumDepth;
  }
  parse() {
    const parsed = this.#parseBody(/* @__PURE__ */ new Set());
    if (parsed.stop) this.#fail(`Unexpected ${formatDiagnosticValue(tagName(parsed.stop.value))} tag`, parsed.stop);
    const rootChildren = parsed.body.type === "NodeList" ? parsed.body.children : [parsed.body];
    const root = this.#make("Root", { children: Object.freeze(Array.from(rootChildren)) }, this.#tokens[0]);
    validateUniqueBlocks(root);
    return root;
  }
  #parseBody(stops) {
    this.#bodyDepth += 1;
    if (this.#maximumDepth !== Number.POSITIVE_INFINITY && this.#bodyDepth > this.#maximumDepth) {
      const token = this.#tokens[Math.max(0, this.#index - 1)];
      throw new TemplateLimitError("nestingDepth", {
        phase: "parse",
        line: token === void 0 ? void 0 : token.line + 1,
        column: token === void 0 ? void 0 : token.column + 1,
        configured: this.#maximumDepth,
        observed: this.#bodyDepth
      });
    }
    try {
      return this.#parseBodyContents(stops);
    } finally {
      this.#bodyDepth -= 1;
    }
  }
  #parseBodyContents(stops) {
    const children = [];
    while (this.#index < this.#tokens.length) {
      const token = this.#tokens[this.#index++];
      if (token.kind === "text") {
        if (token.value.length > 0) {
          const text = this.#make("TemplateData", { value: token.value }, token);
          children.push(this.#make("Output", { children: Object.freeze([text]) }, token));
        }
        continue;
      }
      if (token.kind === "variable") {
        const expression = this.#expression(token.value, token);
        children.push(this.#make("Output", { children: Object.freeze([expression]) }, token));
        continue;
      }
      const name = tagName(token.value);
      if (stops.has(name)) {
        this.#validateStructuralStop(name, token);
        return {
          body: this.#nodeList(children, token),
          stop: token
        };
      }
      if (structuralStopTags.has(name)) this.#fail(structuralTagMismatch(name, stops), token);
      children.push(this.#parseStatement(name, tagRemainder(token.value), token));
    }
    return { body: this.#nodeList(children) };
  }
  #parseStatement(name, remainder, token) {
    switch (name) {
      case "if":
        return this.#parseIf(remainder, token);
      case "for":
        return this.#parseFor(remainder, token);
      case "set":
        return this.#parseSet(remainder, token);
      case "macro":
        return this.#parseMacro(remainder, token);
      case "call":
        return this.#parseCall(remainder, token);
      case "filter":
        return this.#parseFilterBlock(remainder, token);
      case "block":
        return this.#parseBlock(remainder, token);
      case "switch":
        return this.#parseSwitch(remainder, token);
      case "include":
      case "import":
      case "from":
      case "extends":
        this.#fail(`Unsupported template-loading tag ${formatDiagnosticValue(name)}`, token);
      default:
        if (name === "") this.#fail("Template block tag cannot be empty", token);
        this.#fail(unknownNameMessage("template tag", name, statementTags), token);
    }
  }
  #parseIf(conditionSource, token) {
    const condition = this.#expression(conditionSource, token);
    const parsed = this.#parseBody(/* @__PURE__ */ new Set([
      "elif",
      "elseif",
      "else",
      "endif"
    ]));
    if (!parsed.stop) this.#fail("Missing endif tag", token);
    const stopName = tagName(parsed.stop.value);
    let otherwise;
    if (stopName === "elif" || stopName === "elseif") otherwise = this.#parseIf(tagRemainder(parsed.stop.value), parsed.stop);
    else if (stopName === "else") {
      const alternate = this.#parseBody(/* @__PURE__ */ new Set(["endif"]));
      if (!alternate.stop) this.#fail("Missing endif tag", token);
      otherwise = alternate.body;
    }
    return this.#make("If", {
      cond: condition,
      body: parsed.body,
      else_: otherwise
    }, token);
  }
  #parseFor(header, token) {
    const split = splitTopLevelCodeKeyword(header, "in");
    if (!split) this.#fail("For tag requires an in expression", token);
    const targets = this.#targets(split.left, token);
    if (targets.length === 1 && targets[0]?.type === "Symbol" && targets[0].value === "loop") this.#fail("A single loop target cannot be named loop", token);
    const name = targets.length === 1 ? targets[0] : this.#make("Array", { children: targets }, token);
    const arr = this.#expression(split.right, token);
    const parsed = this.#parseBody(/* @__PURE__ */ new Set(["else", "endfor"]));
    if (!parsed.stop) this.#fail("Missing endfor tag", token);
    let otherwise;
    if (tagName(parsed.stop.value) === "else") {
      const alternate = this.#parseBody(/* @__PURE__ */ new Set(["endfor"]));
      if (!alternate.stop) this.#fail("Missing endfor tag", token);
      otherwise = alternate.body;
    }
    return this.#make("For", {
      arr,
      name,
      body: parsed.body,
      else_: otherwise
    }, token);
  }
  #parseSet(header, token) {
    const assignment = findTopLevelCodeCharacter(header, "=");
    if (assignment >= 0) {
      const targets2 = this.#targets(header.slice(0, assignment), token);
      const value = this.#expression(header.slice(assignment + 1), token);
      return this.#make("Set", {
        targets: targets2,
        value
      }, token);
    }
    const targets = this.#targets(header, token);
    const parsed = this.#parseBody(/* @__PURE__ */ new Set(["endset"]));
    if (!parsed.stop) this.#fail("Missing endset tag", token);
    if (containsMacroDeclaration(parsed.body)) this.#fail("Macro declarations are not supported inside set captures", token);
    const capture = this.#make("Capture", { body: parsed.body }, token);
    return this.#make("Set", {
      targets,
      body: capture
    }, token);
  }
  #parseMacro(header, token) {
    const signature = macroSignaturePattern.exec(trimCodeWhitespace(header));
    if (!signature) this.#fail("Invalid macro signature", token);
    const name = this.#expression(signature[1], token, false);
    if (name.type !== "Symbol") this.#fail("Macro name must be an identifier", token);
    const args = this.#signature(signature[2], token);
    const parsed = this.#parseBody(/* @__PURE__ */ new Set(["endmacro"]));
    if (!parsed.stop) this.#fail("Missing endmacro tag", token);
    return this.#make("Macro", {
      name,
      args,
      body: parsed.body
    }, token);
  }
  #parseCall(header, token) {
    let callerArguments = "";
    let callSource = trimCodeWhitespace(header);
    if (callSource.startsWith("(")) {
      const closing = findMatchingCodeDelimiter(callSource, 0);
      if (closing < 0) this.#fail("Invalid call-block arguments", token);
      callerArguments = callSource.slice(1, closing);
      callSource = trimCodeWhitespace(callSource.slice(closing + 1));
    }
    const call = this.#expression(callSource, token);
    if (call.type !== "FunCall" || call.args.type !== "NodeList") this.#fail("Call block requires a function call", token);
    if (!isStaticCallBlockTarget(call.name)) this.#fail("Call block target must be a static macro reference", token);
    const parsed = this.#parseBody(/* @__PURE__ */ new Set(["endcall"]));
    if (!parsed.stop) this.#fail("Missing endcall tag", token);
    const callerName = this.#expression("caller", token);
    const caller = this.#make("Caller", {
      name: callerName,
      args: this.#signature(callerArguments, token),
      body: parsed.body
    }, token);
    return this.#make("CallBlock", {
      call,
      caller
    }, token);
  }
  #parseFilterBlock(header, token) {
    const parsed = this.#parseBody(/* @__PURE__ */ new Set(["endfilter"]));
    if (!parsed.stop) this.#fail("Missing endfilter tag", token);
    if (containsMacroDeclaration(parsed.body)) this.#fail("Macro declarations are not supported inside filter captures", token);
    const capture = this.#make("Capture", { body: parsed.body }, token);
    const position = tokenValuePosition(token, header);
    const filter = new ExpressionParser(header, position.line, position.column, (node) => this.#freezeNode(node), this.#maximumDepth).parseFilterInvocation(capture);
    return this.#make("Output", { children: Object.freeze([filter]) }, token);
  }
  #parseBlock(header, token) {
    const name = this.#expression(trimCodeWhitespace(header), token);
    if (name.type !== "Symbol") this.#fail("Block name must be an identifier", token);
    const parsed = this.#parseBody(/* @__PURE__ */ new Set(["endblock"]));
    if (!parsed.stop) this.#fail("Missing endblock tag", token);
    const closingName = tagRemainder(parsed.stop.value);
    if (closingName !== "" && closingName !== name.value) this.#fail("Endblock name must match its opening block", parsed.stop);
    return this.#make("Block", {
      name,
      body: parsed.body
    }, token);
  }
  #parseSwitch(header, token) {
    const expression = this.#expression(header, token);
    const cases = [];
    let fallback;
    let next = this.#parseBody(/* @__PURE__ */ new Set([
      "case",
      "default",
      "endswitch"
    ]));
    if (next.body.type === "NodeList" && next.body.children.length > 0) this.#fail("Switch content must begin with case or default", token);
    while (next.stop && tagName(next.stop.value) === "case") {
      const caseToken = next.stop;
      const cond = this.#expression(tagRemainder(caseToken.value), caseToken);
      next = this.#parseBody(/* @__PURE__ */ new Set([
        "case",
        "default",
        "endswitch"
      ]));
      cases.push(this.#make("Case", {
        cond,
        body: next.body
      }, caseToken));
    }
    if (next.stop && tagName(next.stop.value) === "default") {
      const parsed = this.#parseBody(/* @__PURE__ */ new Set(["endswitch"]));
      fallback = parsed.body;
      next = parsed;
    }
    if (!next.stop || tagName(next.stop.value) !== "endswitch") this.#fail("Missing endswitch tag", token);
    if (cases.length === 0 && fallback === void 0) this.#fail("Switch requires at least one case or default", token);
    return this.#make("Switch", {
      expr: expression,
      cases: Object.freeze(cases),
      default: fallback
    }, token);
  }
  #expression(source, token, fromEnd = true) {
    const position = tokenValuePosition(token, source, fromEnd);
    return new ExpressionParser(source, position.line, position.column, (node) => this.#freezeNode(node), this.#maximumDepth).parse();
  }
  #targets(source, token) {
    const position = tokenValuePosition(token, source, false);
    return new ExpressionParser(source, position.line, position.column, (node) => this.#freezeNode(node), this.#maximumDepth).parseTargetList();
  }
  #signature(source, token) {
    if (trimCodeWhitespace(source) === "") return this.#make("NodeList", { children: Object.freeze([]) }, token);
    const position = tokenValuePosition(token, source);
    return new ExpressionParser(`${source})`, position.line, position.column, (node) => this.#freezeNode(node), this.#maximumDepth).parseSignature();
  }
  #nodeList(children, token) {
    return this.#make("NodeList", { children: Object.freeze(Array.from(children)) }, token);
  }
  #validateStructuralStop(name, token) {
    if (emptyStructuralTags.has(name) && tagRemainder(token.value) !== "") this.#fail(`${name} tag does not accept trailing content`, token);
  }
  #make(type, fields, token) {
    return this.#freezeNode({
      type,
      line: token?.line ?? 0,
      column: token?.column ?? 0,
      ...fields
    });
  }
  #freezeNode(node) {
    this.#nodeCount += 1;
    if (this.#maximumNodes !== Number.POSITIVE_INFINITY && this.#nodeCount > this.#maximumNodes) throw new TemplateLimitError("astNodes", {
      phase: "parse",
      line: node.line + 1,
      column: node.column + 1,
      configured: this.#maximumNodes,
      observed: this.#nodeCount
    });
    return Object.freeze(node);
  }
  #fail(message, token) {
    throw new NunjitsuParseError(message, token.line, token.column);
  }
};
function isStaticCallBlockTarget(node) {
  if (node.type === "Symbol") return true;
  if (node.type !== "LookupVal" || !isStaticCallBlockTarget(node.target)) return false;
  const key = node.val;
  return key.type === "Literal" && (key.value === void 0 || key.value === null || typeof key.value !== "object");
}
function scanTemplate(source, options) {
  const tokens = [];
  const variableStart = options.cookiecutterCompat ? "{{" : "${{";
  let index = 0;
  let line = 0;
  let column = 0;
  let pendingText = "";
  let textLine = 0;
  let textColumn = 0;
  let lineHasContent = false;
  const advance = (value) => {
    for (let offset = 0; offset < value.length; offset += 1) {
      const character = value[offset];
      if (character === "\n") {
        line += 1;
        column = 0;
        lineHasContent = false;
      } else {
        column += 1;
        if (!isTemplateWhitespace(character)) lineHasContent = true;
      }
    }
    index += value.length;
  };
  const appendText = (value) => {
    if (pendingText.length === 0) {
      textLine = line;
      textColumn = column;
    }
    pendingText += value;
    advance(value);
  };
  const flushText = () => {
    if (pendingText.length > 0) {
      tokens.push(Object.freeze({
        kind: "text",
        value: pendingText,
        line: textLine,
        column: textColumn,
        valueLine: textLine,
        valueColumn: textColumn
      }));
      pendingText = "";
    }
  };
  while (index < source.length) {
    const opening = nextOpening(source, index, variableStart);
    const unexpectedCommentEnd = source.indexOf("#}", index);
    if (unexpectedCommentEnd >= 0 && (!opening || unexpectedCommentEnd < opening.index)) {
      const position = sourcePosition(source, unexpectedCommentEnd);
      throw new NunjitsuParseError("Unexpected end of comment", position.line, position.column);
    }
    if (!opening) {
      appendText(source.slice(index));
      break;
    }
    appendText(source.slice(index, opening.index));
    const startLine = line;
    const startColumn = column;
    if (opening.kind === "block" && options.lstripBlocks) pendingText = stripBlockIndent(pendingText, lineHasContent);
    const leftTrim = source.startsWith(`${opening.value}-`, opening.index);
    if (leftTrim) pendingText = pendingText.replace(trailingWhitespacePattern, "");
    flushText();
    advance(opening.value);
    if (leftTrim) advance("-");
    const close = opening.kind === "block" ? "%}" : opening.kind === "comment" ? "#}" : "}}";
    const end = opening.kind === "comment" ? source.indexOf(close, index) : findCodeTerminator(source, index, close);
    if (end < 0) throw new NunjitsuParseError(`Unterminated ${opening.kind} tag`, startLine, startColumn);
    const rightTrim = source[end - 1] === "-";
    const contentEnd = rightTrim ? end - 1 : end;
    const content = source.slice(index, contentEnd);
    const contentLine = line;
    const contentColumn = column;
    advance(source.slice(index, end + close.length));
    if (opening.kind !== "comment") {
      const startTrimmedContent = trimCodeWhitespaceStart(content);
      const value = opening.kind === "variable" ? startTrimmedContent : trimCodeWhitespace(content);
      const valuePosition = advancePosition(content.slice(0, content.length - startTrimmedContent.length), contentLine, contentColumn);
      const token = Object.freeze({
        kind: opening.kind,
        value,
        line: startLine,
        column: startColumn,
        valueLine: valuePosition.line,
        valueColumn: valuePosition.column
      });
      const rawName = opening.kind === "block" ? tagName(token.value) : "";
      if (rawName === "raw" || rawName === "verbatim") {
        if (tagRemainder(token.value) !== "") throw new NunjitsuParseError(`${rawName} tag does not accept trailing content`, startLine, startColumn);
        if (options.trimBlocks) {
          const newline = leadingNewlinePattern.exec(source.slice(index))?.[0];
          if (newline) advance(newline);
        }
        const closing = findRawEnd(source, index, rawName);
        if (!closing) throw new NunjitsuParseError(`Missing ${formatDiagnosticValue(`end${rawName}`)} tag`, startLine, startColumn);
        if (closing.terminalLineBreak) {
          const position = sourcePosition(source, closing.start);
          throw new NunjitsuParseError(`${rawName} closing tag cannot contain a line break`, position.line, position.column);
        }
        appendText(source.slice(index, closing.start));
        advance(source.slice(index, closing.end));
        if (rightTrim) {
          const whitespace = optionalLeadingWhitespacePattern.exec(source.slice(index))[0];
          advance(whitespace);
        }
        continue;
      }
      tokens.push(token);
    }
    if (rightTrim) {
      const whitespace = optionalLeadingWhitespacePattern.exec(source.slice(index))[0];
      advance(whitespace);
    } else if (opening.kind === "block" && options.trimBlocks) {
      const newline = leadingNewlinePattern.exec(source.slice(index))?.[0];
      if (newline) advance(newline);
    }
  }
  flushText();
  return Object.freeze(tokens);
}
function nextOpening(source, start, variableStart) {
  const candidates = [
    {
      kind: "variable",
      index: source.indexOf(variableStart, start),
      value: variableStart
    },
    {
      kind: "block",
      index: source.indexOf("{%", start),
      value: "{%"
    },
    {
      kind: "comment",
      index: source.indexOf("{#", start),
      value: "{#"
    }
  ].filter((candidate) => candidate.index >= 0);
  candidates.sort((left, right) => left.index - right.index);
  return candidates[0];
}
function sourcePosition(source, offset) {
  let line = 0;
  let column = 0;
  for (let index = 0; index < offset; index += 1) if (source[index] === "\n") {
    line += 1;
    column = 0;
  } else column += 1;
  return {
    line,
    column
  };
}
function advancePosition(value, initialLine, initialColumn) {
  let line = initialLine;
  let column = initialColumn;
  for (let index = 0; index < value.length; index += 1) if (value[index] === "\n") {
    line += 1;
    column = 0;
  } else column += 1;
  return {
    line,
    column
  };
}
function tokenValuePosition(token, source, fromEnd = true) {
  const diagnosticSource = source.endsWith(")") && !token.value.includes(source) ? source.slice(0, -1) : source;
  const offset = diagnosticSource === "" ? token.value.length : fromEnd ? token.value.lastIndexOf(diagnosticSource) : token.value.indexOf(diagnosticSource);
  return advancePosition(token.value.slice(0, offset < 0 ? 0 : offset), token.valueLine, token.valueColumn);
}
function findRawEnd(source, start, name) {
  let depth = 1;
  let index = start;
  while (index < source.length) {
    const markerStart = source.indexOf("{%", index);
    if (markerStart < 0) return;
    const marker = scanRawMarker(source, markerStart, name);
    if (!marker) {
      index = markerStart + 2;
      continue;
    }
    if (marker.kind === "open") depth += 1;
    else {
      depth -= 1;
      if (depth === 0) return {
        start: markerStart,
        end: marker.end,
        terminalLineBreak: marker.hasLineBreak
      };
    }
    index = marker.end;
  }
}
function scanRawMarker(source, start, name) {
  let index = start + 2;
  if (source[index] === "-") return;
  while (isTemplateWhitespace(source[index])) index += 1;
  const closingName = `end${name}`;
  let kind;
  if (source.startsWith(closingName, index)) {
    kind = "close";
    index += closingName.length;
  } else if (source.startsWith(name, index)) {
    kind = "open";
    index += name.length;
  } else return;
  while (isTemplateWhitespace(source[index])) index += 1;
  if (source.startsWith("%}", index)) {
    const end = index + 2;
    const marker = source.slice(start, end);
    return {
      kind,
      end,
      hasLineBreak: marker.includes("\n")
    };
  }
}
function stripBlockIndent(value, lineHasContent) {
  if (lineHasContent) return value;
  const newline = value.lastIndexOf("\n");
  const suffix = value.slice(newline + 1);
  return indentationPattern.test(suffix) ? value.slice(0, newline + 1) : value;
}
function tagName(value) {
  return tagNamePattern.exec(trimCodeWhitespace(value))?.[0] ?? "";
}
function tagRemainder(value) {
  return trimCodeWhitespace(trimCodeWhitespace(value).slice(tagName(value).length));
}
function unknownNameMessage(description, name, candidates) {
  const suggestion = suggestDiagnosticName(name, candidates);
  return `Unknown ${description} ${formatDiagnosticValue(name)}` + (suggestion ? `; did you mean ${formatDiagnosticValue(suggestion)}?` : "");
}
function structuralTagMismatch(name, expected) {
  if (expected.size === 0) return `Unexpected ${formatDiagnosticValue(name)} tag without a matching opening tag`;
  const names = Array.from(expected, (value) => formatDiagnosticValue(value));
  const expectedDescription = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")}, or ${names.at(-1)}`;
  return `Unexpected ${formatDiagnosticValue(name)} tag; expected ${expectedDescription}`;
}
function validateUniqueBlocks(root) {
  const blocks = /* @__PURE__ */ new Map();
  visitAstNodes(root, (node) => {
    if (node.type !== "Block" || node.name.type !== "Symbol") return;
    const name = node.name.value;
    if (typeof name !== "string") return;
    const first = blocks.get(name);
    if (first) throw new NunjitsuParseError(`Block ${formatDiagnosticValue(name)} is declared more than once; the first declaration is at line ${first.line + 1}, column ${first.column + 1}`, node.line, node.column);
    blocks.set(name, node);
  });
}
function visitAstNodes(node, visit2) {
  visit2(node);
  for (const value of Object.values(node)) if (isAstNode(value)) visitAstNodes(value, visit2);
  else if (Array.isArray(value)) {
    for (const child of value) if (isAstNode(child)) visitAstNodes(child, visit2);
  }
}
function containsMacroDeclaration(node) {
  if (node.type === "Macro") return true;
  for (const value of Object.values(node)) {
    if (isAstNode(value) && containsMacroDeclaration(value)) return true;
    if (Array.isArray(value)) {
      for (const child of value) if (isAstNode(child) && containsMacroDeclaration(child)) return true;
    }
  }
  return false;
}
var legacyRegExpStateResetPattern = /()()()()()()()()()/;
function clearLegacyRegExpState() {
  legacyRegExpStateResetPattern.exec("");
}
function normalizeMacroArguments(positionalNames, defaultNames, arguments_) {
  const suppliedCount = arguments_.positional.length;
  const positionalCount = positionalNames.length;
  const keyword = new Map(arguments_.keyword);
  if (suppliedCount > positionalCount) {
    const positional = arguments_.positional.slice(0, positionalCount);
    const surplus = arguments_.positional.slice(positionalCount);
    for (let index = 0; index < surplus.length && index < defaultNames.length; index += 1) keyword.set(defaultNames[index], surplus[index]);
    return {
      positional,
      keyword
    };
  }
  if (suppliedCount < positionalCount) {
    const positional = arguments_.positional.slice();
    for (let index = suppliedCount; index < positionalCount; index += 1) {
      const name = positionalNames[index];
      positional.push(keyword.get(name));
      keyword.delete(name);
    }
    return {
      positional,
      keyword
    };
  }
  return {
    positional: arguments_.positional,
    keyword
  };
}
function runtimeToPrimitive(value, chargeWork) {
  assertRuntimeValueHasNoCallable(value);
  if (isRuntimePrimitive(value)) return value;
  if (value instanceof RuntimeSafeString) return value.value;
  if (value instanceof RuntimeArray) {
    const items = [];
    for (const item of value.values()) {
      chargeWork?.();
      items.push(item === void 0 || item === null ? "" : runtimeToString(item, chargeWork));
    }
    return items.join(",");
  }
  if (value instanceof RuntimeRecord) return "[object Object]";
  if (value instanceof RuntimeMap) return "[object Map]";
  if (value instanceof RuntimeSet) return "[object Set]";
  if (value instanceof RuntimeRegex) return runtimeRegexToString(value);
  if (value instanceof RuntimeCallable) throw new TypeError("Callable values cannot be coerced");
  return assertNever(value);
}
function runtimeToNumber(value, chargeWork) {
  const primitive = runtimeToPrimitive(value, chargeWork);
  if (primitive === void 0) return NaN;
  if (primitive === null) return 0;
  if (primitive === true) return 1;
  if (primitive === false) return 0;
  if (typeof primitive === "number") return primitive;
  return primitive.trim() === "" ? 0 : Number(primitive);
}
function runtimeToString(value, chargeWork) {
  return primitiveToString(runtimeToPrimitive(value, chargeWork));
}
function runtimeToPropertyKey(value, chargeWork) {
  return runtimeToString(value, chargeWork);
}
function runtimeArrayIndexFromPropertyKey(key, length) {
  const index = Number(key);
  return Number.isSafeInteger(index) && index >= 0 && index < length && `${index}` === key ? index : void 0;
}
function runtimeStrictEqual(left, right) {
  return left === right;
}
function runtimeLooseEqual(left, right, chargeWork) {
  if (left === right) return true;
  const leftPrimitive = isRuntimePrimitive(left);
  const rightPrimitive = isRuntimePrimitive(right);
  if (!leftPrimitive && !rightPrimitive) return false;
  return primitiveLooseEqual(leftPrimitive ? left : runtimeToPrimitive(left, chargeWork), rightPrimitive ? right : runtimeToPrimitive(right, chargeWork));
}
function runtimeAdd(left, right, chargeWork) {
  const leftPrimitive = runtimeToPrimitive(left, chargeWork);
  const rightPrimitive = runtimeToPrimitive(right, chargeWork);
  if (typeof leftPrimitive === "string" || typeof rightPrimitive === "string") return primitiveToString(leftPrimitive) + primitiveToString(rightPrimitive);
  return runtimeToNumber(leftPrimitive) + runtimeToNumber(rightPrimitive);
}
function runtimeConcat(left, right, chargeWork) {
  return runtimeToString(left, chargeWork) + runtimeToString(right, chargeWork);
}
function runtimeOrder(left, right, chargeWork) {
  const leftPrimitive = runtimeToPrimitive(left, chargeWork);
  const rightPrimitive = runtimeToPrimitive(right, chargeWork);
  if (typeof leftPrimitive === "string" && typeof rightPrimitive === "string") {
    if (leftPrimitive < rightPrimitive) return -1;
    if (leftPrimitive > rightPrimitive) return 1;
    return 0;
  }
  const leftNumber = runtimeToNumber(leftPrimitive);
  const rightNumber = runtimeToNumber(rightPrimitive);
  if (leftNumber < rightNumber) return -1;
  if (leftNumber > rightNumber) return 1;
  if (leftNumber === rightNumber) return 0;
  return NaN;
}
function primitiveLooseEqual(left, right) {
  if (left === right) return true;
  if (left === void 0 || left === null || right === void 0 || right === null) return (left === void 0 || left === null) && (right === void 0 || right === null);
  if (typeof left === typeof right) return false;
  if (typeof left === "boolean") return primitiveLooseEqual(left ? 1 : 0, right);
  if (typeof right === "boolean") return primitiveLooseEqual(left, right ? 1 : 0);
  if (typeof left === "number" && typeof right === "string") return left === runtimeToNumber(right);
  if (typeof left === "string" && typeof right === "number") return runtimeToNumber(left) === right;
  return false;
}
function primitiveToString(value) {
  if (value === void 0) return "undefined";
  if (value === null) return "null";
  if (value === true) return "true";
  if (value === false) return "false";
  if (typeof value === "string") return value;
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "Infinity";
  if (value === Number.NEGATIVE_INFINITY) return "-Infinity";
  return `${value}`;
}
function isRuntimePrimitive(value) {
  return value === void 0 || value === null || typeof value === "boolean" || typeof value === "number" || typeof value === "string";
}
function assertNever(value) {
  throw new TypeError(`Unknown runtime value ${typeof value}`);
}
var lineBreakPattern = /\r\n|\n/g;
var htmlTagPattern = /<\/?([a-z][a-z0-9]*)\b[^>]*>|<!--[\s\S]*?-->/gi;
var lineEdgeSpacesPattern = /^ +| +$/gm;
var repeatedSpacesPattern = / +/g;
var windowsLineBreakPattern = /\r\n/g;
var excessBlankLinesPattern = /\n\n\n+/g;
var repeatedWhitespacePattern = /\s+/g;
var wordPattern = /\w+/g;
var urlizeSeparatorPattern = /(\s+)/;
var urlizePunctuationPattern = /^(?:\(|<|&lt;)?(.*?)(?:\.|,|\)|\n|&gt;)?$/;
var httpUrlPattern = /^https?:\/\//;
var wwwUrlPattern = /^www\./;
var emailAddressPattern = /^[\w.!#$%&'*+\-/=?^`{|}~]+@[a-z\d-]+(?:\.[a-z\d-]+)+$/i;
var commonDomainPattern = /\.(?:org|net|com)(?::|\/|$)/;
var htmlEscapeCharacterPattern = /[&"'<>\\]/g;
var maximumRepeatedSpaces = 16 * 1024 * 1024;
var maximumStripTagsPasses = 8;
var randomFractionResolution = 4294967296;
var htmlEscapeReplacements = Object.freeze({
  "&": "&amp;",
  '"': "&quot;",
  "'": "&#39;",
  "<": "&lt;",
  ">": "&gt;",
  "\\": "&#92;"
});
var builtinFilterNames = Object.freeze([
  "abs",
  "batch",
  "capitalize",
  "center",
  "d",
  "default",
  "dictsort",
  "dump",
  "e",
  "escape",
  "first",
  "float",
  "forceescape",
  "groupby",
  "indent",
  "int",
  "join",
  "last",
  "length",
  "list",
  "lower",
  "nl2br",
  "random",
  "reject",
  "rejectattr",
  "replace",
  "reverse",
  "round",
  "safe",
  "select",
  "selectattr",
  "slice",
  "sort",
  "string",
  "striptags",
  "sum",
  "title",
  "trim",
  "truncate",
  "upper",
  "urlencode",
  "urlize",
  "wordcount"
]);
var builtinFilters = new Set(builtinFilterNames);
var builtinTestArities = /* @__PURE__ */ new Map([
  ["callable", 0],
  ["defined", 0],
  ["divisibleby", 1],
  ["escaped", 0],
  ["eq", 1],
  ["equalto", 1],
  ["even", 0],
  ["falsy", 0],
  ["ge", 1],
  ["greaterthan", 1],
  ["gt", 1],
  ["iterable", 0],
  ["le", 1],
  ["lessthan", 1],
  ["lower", 0],
  ["lt", 1],
  ["mapping", 0],
  ["ne", 1],
  ["null", 0],
  ["number", 0],
  ["odd", 0],
  ["sameas", 1],
  ["string", 0],
  ["truthy", 0],
  ["undefined", 0],
  ["upper", 0]
]);
var builtinTestNames = Object.freeze(Array.from(builtinTestArities.keys()));
var macroFilterPositionalNames = /* @__PURE__ */ new Map([["int", Object.freeze(["default", "base"])], ["sort", Object.freeze([
  "reverse",
  "case_sensitive",
  "attribute"
])]]);
function hasBuiltinFilter(name) {
  return builtinFilters.has(name);
}
function listBuiltinFilterNames() {
  return builtinFilterNames;
}
function hasBuiltinTest(name) {
  return builtinTestArities.has(name);
}
function listBuiltinTestNames() {
  return builtinTestNames;
}
function builtinTestArity(name) {
  return builtinTestArities.get(name);
}
function lowerBuiltinFilterArguments(name, positional, keyword) {
  for (const value of positional) assertRuntimeValueHasNoCallable(value);
  for (const value of keyword.values()) assertRuntimeValueHasNoCallable(value);
  const positionalNames = macroFilterPositionalNames.get(name);
  if (positionalNames) return {
    positional: normalizeMacroArguments(positionalNames, [], {
      positional,
      keyword
    }).positional,
    keyword: /* @__PURE__ */ new Map(),
    scratch: Object.freeze([...positional, ...keyword.values()])
  };
  if (keyword.size === 0) return {
    positional,
    keyword,
    scratch: positional
  };
  const entries = Array.from(keyword.entries());
  entries.push(["__keywords", true]);
  const loweredPositional = Object.freeze([...positional, new RuntimeRecord(entries)]);
  return {
    positional: loweredPositional,
    keyword: /* @__PURE__ */ new Map(),
    scratch: loweredPositional
  };
}
function applyBuiltinFilter(name, input, positional, keyword, reserveIndexedValues, allowRegexExecution = false) {
  if (!builtinFilters.has(name)) return;
  assertRuntimeValueHasNoCallable(input);
  for (const value of positional) assertRuntimeValueHasNoCallable(value);
  for (const value of keyword.values()) assertRuntimeValueHasNoCallable(value);
  if (name === "abs") return Math.abs(runtimeToNumber(input));
  if (name === "batch") return batchRuntimeValues(input, positional, reserveIndexedValues);
  if (name === "capitalize") {
    const text = normalizedRuntimeText(input).toLowerCase();
    return copySafeness(input, text.charAt(0).toUpperCase() + text.slice(1));
  }
  if (name === "center") {
    const normalized = normalizeRuntimeTextInput(input);
    const widthValue = runtimeTruthy(positional[0]) ? positional[0] : 80;
    const length = runtimeDirectLength(normalized);
    if (runtimeOrder(length, widthValue) >= 0) return normalized;
    const spaces = runtimeToNumber(widthValue) - runtimeToNumber(length);
    const text = runtimeToString(normalized);
    return copySafeness(normalized, repeatSpaces(spaces / 2 - spaces % 2) + text + repeatSpaces(spaces / 2));
  }
  if (name === "default" || name === "d") return runtimeTruthy(keywordArgument(keyword, "boolean", positional, 1)) ? runtimeTruthy(input) ? input : positional[0] : input === void 0 ? positional[0] : input;
  if (name === "dictsort") return dictsortRuntimeValues(input, positional);
  if (name === "dump") {
    const spacing = jsonIndentation(positional[0]);
    return JSON.stringify(toJsonValue(input, /* @__PURE__ */ new Map()), null, spacing);
  }
  if (name === "escape" || name === "e") return input instanceof RuntimeSafeString ? input : new RuntimeSafeString(escapeHtml(renderRuntimeValue(input)));
  if (name === "forceescape") return new RuntimeSafeString(escapeHtml(renderRuntimeValue(input)));
  if (name === "safe") return input instanceof RuntimeSafeString ? input : new RuntimeSafeString(renderRuntimeValue(input));
  if (name === "first" || name === "last") return edgeRuntimeValue(input, name === "last");
  if (name === "float") {
    const parsed = Number.parseFloat(runtimeToString(input));
    return Number.isNaN(parsed) ? positional[0] : parsed;
  }
  if (name === "int") {
    const fallback = keywordArgument(keyword, "default", positional, 0);
    const baseValue = keywordArgument(keyword, "base", positional, 1);
    const base = baseValue === void 0 ? 10 : Math.trunc(runtimeToNumber(baseValue));
    const parsed = Number.parseInt(runtimeToString(input), base);
    return Number.isNaN(parsed) ? fallback : parsed;
  }
  if (name === "reverse") {
    if (typeof input === "string" || input instanceof RuntimeSafeString) {
      const reversed = runtimeText(input).split("").reverse().join("");
      return input instanceof RuntimeSafeString ? new RuntimeSafeString(reversed) : reversed;
    }
    if (input instanceof RuntimeArray) return new RuntimeArray(input.copySparse().reverse());
    if (input instanceof RuntimeRecord) return new RuntimeArray(mapRuntimeRecordValues(input, reserveIndexedValues).reverse());
    return new RuntimeArray([]);
  }
  if (name === "groupby") return groupRuntimeValues(input, positional[0], reserveIndexedValues);
  if (name === "join") return joinRuntimeValues(input, positional, reserveIndexedValues);
  if (name === "sum") return sumRuntimeValues(input, positional, reserveIndexedValues);
  if (name === "sort") return sortRuntimeValues(input, positional, keyword, reserveIndexedValues);
  if (name === "selectattr" || name === "rejectattr") return selectRuntimeAttributes(input, positional, name === "selectattr");
  if (name === "select" || name === "reject") return selectRuntimeValues(input, positional, name === "select", reserveIndexedValues);
  if (name === "indent") {
    const normalized = normalizeRuntimeTextInput(input);
    const text = runtimeText(normalized);
    if (typeof normalized === "string" && normalized === "") return "";
    const widthValue = runtimeTruthy(positional[0]) ? positional[0] : 4;
    const indentFirst = runtimeTruthy(positional[1]);
    const lines = text.split("\n");
    const indentation = repeatSpaces(runtimeToNumber(widthValue));
    for (let index = indentFirst ? 0 : 1; index < lines.length; index += 1) lines[index] = `${indentation}${lines[index]}`;
    return copySafeness(normalized, lines.join("\n"));
  }
  if (name === "length") return runtimeLength(input);
  if (name === "list") return listRuntimeValue(input);
  if (name === "lower" || name === "upper") {
    const text = normalizedRuntimeText(input);
    return name === "lower" ? text.toLowerCase() : text.toUpperCase();
  }
  if (name === "nl2br") return copySafeness(input, (input === void 0 || input === null ? "" : runtimeText(input)).replace(lineBreakPattern, "<br />\n"));
  if (name === "random") return randomRuntimeValue(input);
  if (name === "replace") return replaceRuntimeValue(input, positional, allowRegexExecution);
  if (name === "round") {
    const factor = 10 ** runtimeToNumber(runtimeTruthy(positional[0]) ? positional[0] : 0);
    const method = positional[1];
    return (method === "ceil" ? Math.ceil : method === "floor" ? Math.floor : Math.round)(runtimeToNumber(input) * factor) / factor;
  }
  if (name === "slice") return sliceRuntimeValues(input, positional);
  if (name === "string") {
    if (input === void 0 || input === null) throw new TypeError("string requires a value");
    if (input instanceof RuntimeSafeString) return input;
    return copySafeness(input, renderRuntimeValue(input));
  }
  if (name === "striptags") {
    const stripped = stripHtmlTags(normalizedRuntimeText(input)).trim();
    return copySafeness(input, runtimeTruthy(positional[0]) ? stripped.replace(lineEdgeSpacesPattern, "").replace(repeatedSpacesPattern, " ").replace(windowsLineBreakPattern, "\n").replace(excessBlankLinesPattern, "\n\n") : stripped.replace(repeatedWhitespacePattern, " "));
  }
  if (name === "title") {
    const words = normalizedRuntimeText(input).split(" ");
    for (let index = 0; index < words.length; index += 1) {
      const lower = words[index].toLowerCase();
      words[index] = lower.charAt(0).toUpperCase() + lower.slice(1);
    }
    return copySafeness(input, words.join(" "));
  }
  if (name === "trim") return copySafeness(input, runtimeText(input).trim());
  if (name === "truncate") return truncateRuntimeValue(input, positional);
  if (name === "urlencode") return urlencodeRuntimeValue(input);
  if (name === "urlize") return urlizeRuntimeValue(input, positional);
  if (name === "wordcount") {
    const normalized = normalizeRuntimeTextInput(input);
    if (!runtimeTruthy(normalized)) return null;
    return runtimeText(normalized).match(wordPattern)?.length ?? null;
  }
}
function stripHtmlTags(value) {
  let stripped = value;
  for (let pass = 0; pass < maximumStripTagsPasses; pass += 1) {
    const next = stripped.replace(htmlTagPattern, "");
    if (next === stripped) return stripped;
    stripped = next;
  }
  if (stripped.replace(htmlTagPattern, "") !== stripped) throw new TypeError("striptags input contains excessively nested markup");
  return stripped;
}
function batchRuntimeValues(input, positional, reserveIndexedValues) {
  if (input === void 0 || input === null) throw new TypeError("batch requires a sequence");
  const width = Math.trunc(runtimeToNumber(positional[0]));
  if (!Number.isSafeInteger(width) || width <= 0) throw new TypeError("Batch size must be a positive integer");
  const values = input instanceof RuntimeRecord ? indexedRuntimeRecordValues(input, reserveIndexedValues) : runtimeSequenceValues(input);
  if (!values) return new RuntimeArray([]);
  const fill = positional[1];
  const output = [];
  let row = [];
  for (const value of values) {
    row.push(value);
    if (row.length === width) {
      output.push(new RuntimeArray(row));
      row = [];
    }
  }
  if (row.length > 0) {
    if (runtimeTruthy(fill)) while (row.length < width) row.push(fill);
    output.push(new RuntimeArray(row));
  }
  return new RuntimeArray(output);
}
function dictsortRuntimeValues(input, positional) {
  if (!(input instanceof RuntimeRecord)) throw new TypeError("dictsort requires a record");
  const caseSensitive = runtimeTruthy(positional[0]);
  const byValue = positional[1];
  if (byValue !== void 0 && byValue !== "key" && byValue !== "value") throw new TypeError("dictsort can only sort by key or value");
  const by = byValue ?? "key";
  const values = Array.from(input.entries());
  values.sort((left, right) => compareRuntimeDictsortValues(by === "key" ? left[0] : left[1], by === "key" ? right[0] : right[1], caseSensitive));
  return new RuntimeArray(values.map((entry) => new RuntimeArray(entry)));
}
function edgeRuntimeValue(input, last) {
  if (input === void 0 || input === null) throw new TypeError(`${last ? "last" : "first"} requires a sequence`);
  if (input instanceof RuntimeArray) return input.at(last ? input.length - 1 : 0);
  if (typeof input === "string" || input instanceof RuntimeSafeString) {
    const text = runtimeText(input);
    return text[last ? text.length - 1 : 0];
  }
  if (input instanceof RuntimeRecord) {
    if (!last) return input.get("0");
    const index = runtimeToNumber(input.get("length")) - 1;
    return input.get(runtimeToPropertyKey(index));
  }
}
function randomRuntimeValue(input) {
  if (input === void 0 || input === null) throw new TypeError("random requires a sequence");
  if (input instanceof RuntimeRecord) {
    const length = runtimeToNumber(input.get("length"));
    const index = Number.isSafeInteger(length) && length > 0 ? randomInteger(length) : Math.floor(randomInteger(randomFractionResolution) / randomFractionResolution * length);
    return input.get(runtimeToPropertyKey(index));
  }
  const values = runtimeSequenceValues(input);
  if (!values || values.length === 0) return;
  return values[randomInteger(values.length)];
}
function runtimeLength(input) {
  if (input instanceof RuntimeArray) return input.length;
  if (input instanceof RuntimeMap || input instanceof RuntimeSet) return input.size;
  if (input instanceof RuntimeRecord) return input.size;
  if (typeof input === "string" || input instanceof RuntimeSafeString) return renderRuntimeValue(input).length;
  return input === void 0 || input === null || input === false ? 0 : void 0;
}
function listRuntimeValue(input) {
  if (input instanceof RuntimeArray) return input;
  if (typeof input === "string" || input instanceof RuntimeSafeString) return new RuntimeArray(renderRuntimeValue(input).split(""));
  if (input instanceof RuntimeRecord) {
    const output = [];
    for (const [key, value] of input.entries()) output.push(new RuntimeRecord([["key", key], ["value", value]]));
    return new RuntimeArray(output);
  }
  if (input instanceof RuntimeMap) {
    const output = [];
    for (const [key, value] of input.entries()) output.push(new RuntimeArray([key, value]));
    return new RuntimeArray(output);
  }
  if (input instanceof RuntimeSet) return new RuntimeArray(Array.from(input.values()));
  throw new TypeError("list requires an iterable value");
}
function selectRuntimeValues(input, positional, select, reserveIndexedValues) {
  const testName = positional[0] === void 0 ? "truthy" : runtimeToString(positional[0]);
  if (!hasBuiltinTest(testName)) throw new Error(`Unknown template test ${testName}`);
  if (input === void 0 || input === null) throw new TypeError(`${select ? "select" : "reject"} requires a sequence`);
  const values = input instanceof RuntimeRecord ? sliceRuntimeRecordValues(input, reserveIndexedValues) : input instanceof RuntimeArray ? Array.from(input.presentValues()) : runtimeSequenceValues(input);
  if (!values) return new RuntimeArray([]);
  const testArguments = positional.slice(1);
  assertBuiltinTestArity(testName, testArguments.length);
  const output = [];
  for (const value of values) {
    const result = applyBuiltinTest(testName, value, testArguments);
    if (result === void 0) throw new Error(`Invalid template test ${testName}`);
    if (result === select) output.push(value);
  }
  return new RuntimeArray(output);
}
function replaceRuntimeValue(input, positional, allowRegexExecution) {
  const search = positional[0];
  const replacement = positional[1];
  const maximumValue = positional[2] === void 0 ? -1 : positional[2];
  if (search instanceof RuntimeRegex) {
    if (!allowRegexExecution) throw new TypeError("Regular-expression replacement is disabled");
    if (typeof input !== "string" && !(input instanceof RuntimeSafeString)) throw new TypeError("Regular-expression replacement requires a string");
    return runtimeText(input).replace(new RegExp(search.source, search.flags), runtimeToString(replacement));
  }
  if (typeof search !== "string" && typeof search !== "number") return input;
  let coercedInput = input;
  if (typeof coercedInput === "number") coercedInput = runtimeToString(coercedInput);
  if (typeof coercedInput !== "string" && !(coercedInput instanceof RuntimeSafeString)) return coercedInput;
  const text = runtimeText(coercedInput);
  const needle = runtimeToString(search);
  if (needle === "") {
    const replacementText2 = runtimeToString(replacement);
    const separator = replacement === void 0 ? "," : replacementText2;
    const output = replacementText2 + text.split("").join(separator) + replacementText2;
    return copySafeness(coercedInput, output);
  }
  const nextIndex = text.indexOf(needle);
  if (maximumValue === 0 || nextIndex < 0) return coercedInput;
  const replacementText = runtimeToString(replacement);
  if (maximumValue === -1) return copySafeness(input, text.split(needle).join(replacementText));
  const maximum = runtimeToNumber(maximumValue);
  let remaining = text;
  const chunks = [];
  for (let count = 0; count < maximum; count += 1) {
    const index = remaining.indexOf(needle);
    if (index < 0) break;
    chunks.push(remaining.slice(0, index), replacementText);
    remaining = remaining.slice(index + needle.length);
  }
  chunks.push(remaining);
  return copySafeness(input, chunks.join(""));
}
function sliceRuntimeValues(input, positional) {
  const values = input instanceof RuntimeArray ? input.copySparse() : runtimeSequenceValues(input);
  if (!values) throw new TypeError("slice requires a sequence");
  const count = Math.trunc(runtimeToNumber(positional[0]));
  if (!Number.isSafeInteger(count) || count <= 0) throw new TypeError("Slice count must be a positive integer");
  const base = Math.floor(values.length / count);
  const extra = values.length % count;
  const fill = positional[1];
  const output = [];
  let offset = 0;
  const text = typeof input === "string" || input instanceof RuntimeSafeString ? runtimeText(input) : void 0;
  for (let index = 0; index < count; index += 1) {
    const length = base + (index < extra ? 1 : 0);
    const part = text === void 0 ? values.slice(offset, offset + length) : text.slice(offset, offset + length);
    offset += length;
    if (!Array.isArray(part) && runtimeTruthy(fill) && index >= extra) throw new TypeError("slice cannot append a fill value to a string");
    if (Array.isArray(part) && runtimeTruthy(fill) && index >= extra) part.push(fill);
    output.push(Array.isArray(part) ? new RuntimeArray(part) : part);
  }
  return new RuntimeArray(output);
}
function truncateRuntimeValue(input, positional) {
  const normalized = normalizeRuntimeTextInput(input);
  const lengthValue = runtimeTruthy(positional[0]) ? positional[0] : 255;
  if (runtimeOrder(runtimeDirectLength(normalized), lengthValue) <= 0) return normalized;
  const text = runtimeText(normalized);
  const length = runtimeToNumber(lengthValue);
  let truncated;
  if (runtimeTruthy(positional[1])) truncated = text.substring(0, length);
  else {
    const index = text.lastIndexOf(" ", length);
    truncated = text.substring(0, index < 0 ? length : index);
  }
  const end = positional[2] === void 0 || positional[2] === null ? "..." : runtimeToString(positional[2]);
  return copySafeness(input, truncated + end);
}
function urlencodeRuntimeValue(input) {
  if (typeof input === "string" || input instanceof RuntimeSafeString) return encodeURIComponent(runtimeText(input));
  const output = [];
  if (input instanceof RuntimeRecord) for (const [key, value] of input.entries()) output.push(urlencodeRuntimePair(key, value));
  else if (input instanceof RuntimeArray) {
    output.length = input.length;
    for (let index = 0; index < input.length; index += 1) if (input.has(index)) {
      const [key, item] = urlencodeRuntimeEntry(input.at(index));
      defineOwnArrayIndex(output, index, urlencodeRuntimePair(key, item));
    }
  }
  return output.join("&");
}
function urlencodeRuntimeEntry(value) {
  if (value === void 0 || value === null) throw new TypeError("urlencode sequence entries cannot be nullish");
  if (value instanceof RuntimeArray) return [value.at(0), value.at(1)];
  if (value instanceof RuntimeRecord) return [value.get("0"), value.get("1")];
  if (typeof value === "string" || value instanceof RuntimeSafeString) {
    const text = runtimeText(value);
    return [text[0], text[1]];
  }
  return [void 0, void 0];
}
function urlencodeRuntimePair(key, value) {
  return `${encodeURIComponent(runtimeToString(key))}=${encodeURIComponent(runtimeToString(value))}`;
}
function urlizeRuntimeValue(input, positional) {
  const length = substrLength(positional[0]);
  const nofollow = positional[1] === true ? ' rel="nofollow"' : "";
  const output = [];
  for (const word of runtimeText(input).split(urlizeSeparatorPattern)) {
    if (word.length === 0) continue;
    const possible = urlizePunctuationPattern.exec(word)?.[1] ?? word;
    const short = possible.slice(0, length);
    if (httpUrlPattern.test(possible)) output.push(`<a href="${possible}"${nofollow}>${short}</a>`);
    else if (wwwUrlPattern.test(possible)) output.push(`<a href="http://${possible}"${nofollow}>${short}</a>`);
    else if (emailAddressPattern.test(possible)) output.push(`<a href="mailto:${possible}">${possible}</a>`);
    else if (commonDomainPattern.test(possible)) output.push(`<a href="http://${possible}"${nofollow}>${short}</a>`);
    else output.push(word);
  }
  return output.join("");
}
function copySafeness(input, output) {
  return input instanceof RuntimeSafeString ? new RuntimeSafeString(output) : output;
}
function runtimeText(input) {
  if (typeof input === "string") return input;
  if (input instanceof RuntimeSafeString) return input.value;
  throw new TypeError("Filter input must be a string");
}
function normalizedRuntimeText(input) {
  return runtimeText(normalizeRuntimeTextInput(input));
}
function normalizeRuntimeTextInput(input) {
  return input === void 0 || input === null || input === false ? "" : input;
}
function runtimeDirectLength(input) {
  if (typeof input === "string" || input instanceof RuntimeSafeString) return runtimeText(input).length;
  if (input instanceof RuntimeArray) return input.length;
  if (input instanceof RuntimeRecord) return input.get("length");
}
function repeatSpaces(bound) {
  if (Number.isNaN(bound) || bound <= 0) return "";
  if (!Number.isFinite(bound) || bound > maximumRepeatedSpaces) throw new RangeError("Filter spacing exceeds the supported bound");
  return " ".repeat(Math.ceil(bound));
}
function substrLength(value) {
  if (value === void 0 || typeof value === "number" && Number.isNaN(value)) return Number.POSITIVE_INFINITY;
  const number = runtimeToNumber(value);
  if (Number.isNaN(number) || number <= 0) return 0;
  return Number.isFinite(number) ? Math.trunc(number) : number;
}
function jsonIndentation(value) {
  if (typeof value === "string") return value.slice(0, 10);
  if (typeof value !== "number") return;
  if (Number.isNaN(value) || value <= 0) return;
  return Math.min(10, Math.trunc(value));
}
function runtimeSequenceValues(input) {
  if (input instanceof RuntimeArray) return Array.from(input.values());
  if (typeof input === "string" || input instanceof RuntimeSafeString) return runtimeText(input).split("");
}
function keywordArgument(keyword, name, positional, index) {
  return keyword.has(name) ? keyword.get(name) : positional[index];
}
function escapeHtml(value) {
  return value.replace(htmlEscapeCharacterPattern, (character) => htmlEscapeReplacements[character]);
}
function toJsonValue(value, aliases) {
  if (value instanceof RuntimeSafeString) return value.value;
  if (value instanceof RuntimeArray) {
    const existing = aliases.get(value);
    if (existing !== void 0) return existing;
    const output = Object.setPrototypeOf([], null);
    aliases.set(value, output);
    output.length = value.length;
    for (let index = 0; index < value.length; index += 1) if (value.has(index)) defineOwnArrayIndex(output, index, toJsonValue(value.at(index), aliases));
    return output;
  }
  if (value instanceof RuntimeRecord) {
    const existing = aliases.get(value);
    if (existing !== void 0) return existing;
    const output = /* @__PURE__ */ Object.create(null);
    aliases.set(value, output);
    for (const [key, item] of value.entries()) output[key] = toJsonValue(item, aliases);
    return output;
  }
  if (value instanceof RuntimeCallable) throw new TypeError("Callable values cannot be serialized");
  if (value instanceof RuntimeRegex) return /* @__PURE__ */ Object.create(null);
  if (value instanceof RuntimeMap || value instanceof RuntimeSet) return /* @__PURE__ */ Object.create(null);
  return value;
}
function joinRuntimeValues(input, positional, reserveIndexedValues) {
  const separatorValue = positional[0];
  const separator = runtimeTruthy(separatorValue) ? runtimeToString(separatorValue) : "";
  const attribute = optionalDirectAttributeKey(positional[1]);
  const output = [];
  if (attribute === void 0) {
    const values = requireRuntimeArray(input, "join");
    output.length = values.length;
    for (let index = 0; index < values.length; index += 1) {
      if (!values.has(index)) continue;
      const item = values.at(index);
      defineOwnArrayIndex(output, index, item === void 0 || item === null ? "" : runtimeToString(item));
    }
  } else {
    const projection = projectRuntimeAttributeValues(input, attribute, reserveIndexedValues);
    output.length = projection.length;
    for (let offset = 0; offset < projection.values.length; offset += 1) {
      const item = projection.values[offset];
      defineOwnArrayIndex(output, projection.indices?.[offset] ?? offset, item === void 0 || item === null ? "" : runtimeToString(item));
    }
  }
  return output.join(separator);
}
function sumRuntimeValues(input, positional, reserveIndexedValues) {
  const attribute = optionalDirectAttributeKey(positional[0]);
  let reduced = 0;
  if (attribute === void 0) {
    const values = requireRuntimeArray(input, "sum");
    for (const value of values.presentValues()) reduced = runtimeAdd(reduced, value);
  } else {
    const projection = projectRuntimeAttributeValues(input, attribute, reserveIndexedValues);
    for (let index = 0; index < projection.values.length; index += 1) reduced = runtimeAdd(reduced, projection.values[index]);
  }
  return runtimeAdd(positional[1] === void 0 ? 0 : positional[1], reduced);
}
function requireRuntimeArray(input, operation) {
  if (!(input instanceof RuntimeArray)) throw new TypeError(`${operation} requires an array`);
  return input;
}
function createTransientArray() {
  return Object.setPrototypeOf([], null);
}
function projectRuntimeAttributeValues(input, attribute, reserveIndexedValues) {
  if (input instanceof RuntimeArray) {
    const indices = createTransientArray();
    const values = createTransientArray();
    let offset = 0;
    for (let index = 0; index < input.length; index += 1) if (input.has(index)) {
      indices[offset] = index;
      values[offset] = lookupRuntimeAttribute(input.at(index), attribute);
      offset += 1;
    }
    return {
      indices,
      length: input.length,
      values
    };
  }
  if (typeof input === "string") {
    const values = createTransientArray();
    values.length = input.length;
    for (let index = 0; index < input.length; index += 1) values[index] = lookupRuntimeAttribute(input[index], attribute);
    return {
      length: input.length,
      values
    };
  }
  if (input instanceof RuntimeRecord) {
    const values = mapRuntimeRecordValues(input, reserveIndexedValues);
    for (let index = 0; index < values.length; index += 1) defineOwnArrayIndex(values, index, lookupRuntimeAttribute(values[index], attribute));
    return {
      length: values.length,
      values
    };
  }
  if (input instanceof RuntimeSafeString && input.value.length > 0) lookupRuntimeAttribute(void 0, attribute);
  return {
    length: 0,
    values: []
  };
}
function sortRuntimeValues(input, positional, keyword, reserveIndexedValues) {
  const values = input instanceof RuntimeRecord ? mapRuntimeRecordValues(input, reserveIndexedValues) : input instanceof RuntimeArray ? input.copySparse() : runtimeSequenceValues(input);
  if (!values) return new RuntimeArray([]);
  const reverse = runtimeTruthy(keywordArgument(keyword, "reverse", positional, 0));
  const caseSensitive = runtimeTruthy(keywordArgument(keyword, "case_sensitive", positional, 1));
  const attribute = getterAttributePath(keywordArgument(keyword, "attribute", positional, 2));
  values.sort((left, right) => {
    return compareRuntimeSortValues(lookupRuntimeAttributePath(left, attribute), lookupRuntimeAttributePath(right, attribute), caseSensitive, reverse);
  });
  return new RuntimeArray(values);
}
function selectRuntimeAttributes(input, positional, select) {
  if (!(input instanceof RuntimeArray)) throw new TypeError(`${select ? "selectattr" : "rejectattr"} requires an array`);
  const attribute = directAttributeKey(positional[0]);
  const output = [];
  for (const value of input.presentValues()) if (runtimeTruthy(lookupRuntimeAttribute(value, attribute)) === select) output.push(value);
  return new RuntimeArray(output);
}
function optionalDirectAttributeKey(value) {
  if (!runtimeTruthy(value)) return;
  return directAttributeKey(value);
}
function directAttributeKey(value) {
  const key = runtimeToPropertyKey(value);
  assertAllowedAttributeKey(key);
  return key;
}
function getterAttributePath(value) {
  if (!runtimeTruthy(value)) return [];
  const path = typeof value === "string" ? value.split(".") : [runtimeToPropertyKey(value)];
  for (const segment of path) assertAllowedAttributeKey(segment);
  return path;
}
function assertAllowedAttributeKey(key) {
  if (isReservedName(key)) throw new TypeError(`Template attribute ${key} is reserved`);
}
function lookupRuntimeAttribute(value, key) {
  if (value === void 0 || value === null) throw new TypeError("Cannot read a template attribute from a nullish value");
  return readRuntimeOwnValue(value, key);
}
function lookupRuntimeAttributePath(value, path) {
  let current = value;
  for (const segment of path) {
    if (current === void 0 || current === null) throw new TypeError("Cannot read a template attribute from a nullish value");
    if (!hasRuntimeConstantKey(current, segment)) return;
    current = readRuntimeOwnValue(current, segment);
  }
  return current;
}
function compareRuntimeSortValues(left, right, caseSensitive, reverse) {
  let normalizedLeft = left;
  let normalizedRight = right;
  if (!caseSensitive && isRuntimeString(left) && isRuntimeString(right)) {
    normalizedLeft = runtimeText(left).toLowerCase();
    normalizedRight = runtimeText(right).toLowerCase();
  }
  const order = runtimeOrder(normalizedLeft, normalizedRight);
  if (order < 0) return reverse ? 1 : -1;
  if (order > 0) return reverse ? -1 : 1;
  return 0;
}
function compareRuntimeDictsortValues(left, right, caseSensitive) {
  const normalizedLeft = !caseSensitive && isRuntimeString(left) ? runtimeText(left).toUpperCase() : left;
  const normalizedRight = !caseSensitive && isRuntimeString(right) ? runtimeText(right).toUpperCase() : right;
  if (runtimeOrder(normalizedLeft, normalizedRight) > 0) return 1;
  return runtimeStrictEqual(normalizedLeft, normalizedRight) ? 0 : -1;
}
function isRuntimeString(value) {
  return typeof value === "string" || value instanceof RuntimeSafeString;
}
function groupRuntimeValues(input, attribute, reserveIndexedValues) {
  if (input === void 0 || input === null) throw new TypeError("groupby requires a sequence");
  const values = input instanceof RuntimeRecord ? indexedRuntimeRecordValues(input, reserveIndexedValues) : runtimeSequenceValues(input);
  if (!values) return new RuntimeRecord([]);
  const path = getterAttributePath(attribute);
  const grouped = /* @__PURE__ */ new Map();
  for (const value of values) {
    const renderedKey = runtimeToPropertyKey(lookupRuntimeAttributePath(value, path));
    if (isReservedName(renderedKey)) throw new TypeError(`Template record key ${renderedKey} is reserved`);
    const values2 = grouped.get(renderedKey) ?? [];
    values2.push(value);
    grouped.set(renderedKey, values2);
  }
  const entries = [];
  for (const [key, values2] of grouped) entries.push([key, new RuntimeArray(values2)]);
  return new RuntimeRecord(entries);
}
function indexedRuntimeRecordValues(input, reserveIndexedValues) {
  const count = indexedComparisonCount(input.get("length"));
  reserveIndexedValues(count);
  const values = [];
  for (let index = 0; index < count; index += 1) values.push(input.get(`${index}`));
  return values;
}
function mapRuntimeRecordValues(input, reserveIndexedValues) {
  const length = input.get("length");
  if (typeof length === "number" && !Number.isNaN(length)) {
    if (!Number.isInteger(length) || length < 0 || length > 4294967295) throw new RangeError("Invalid array-like record length");
  }
  return indexedRuntimeRecordValues(input, reserveIndexedValues);
}
function sliceRuntimeRecordValues(input, reserveIndexedValues) {
  const count = arrayLikeToLength(input.get("length"));
  reserveIndexedValues(count);
  const values = [];
  for (let index = 0; index < count; index += 1) {
    const key = `${index}`;
    if (input.has(key)) values.push(input.get(key));
  }
  return values;
}
function indexedComparisonCount(value) {
  const length = runtimeToNumber(value);
  if (Number.isNaN(length) || length <= 0) return 0;
  return Number.isFinite(length) ? Math.ceil(length) : length;
}
function arrayLikeToLength(value) {
  const length = runtimeToNumber(value);
  if (Number.isNaN(length) || length <= 0) return 0;
  if (!Number.isFinite(length)) return Number.MAX_SAFE_INTEGER;
  return Math.min(Math.floor(length), Number.MAX_SAFE_INTEGER);
}
function applyBuiltinTest(name, input, positional) {
  if (!hasBuiltinTest(name)) return;
  assertBuiltinTestArity(name, positional.length);
  if (name !== "callable" && name !== "eq" && name !== "equalto" && name !== "sameas" && name !== "ne") {
    assertRuntimeValueHasNoCallable(input);
    for (const value of positional) assertRuntimeValueHasNoCallable(value);
  }
  switch (name) {
    case "callable":
      return input instanceof RuntimeCallable;
    case "defined":
      return input !== void 0;
    case "divisibleby":
      return runtimeToNumber(input) % runtimeToNumber(positional[0]) === 0;
    case "escaped":
      return input instanceof RuntimeSafeString;
    case "eq":
    case "equalto":
    case "sameas":
      return positional.length === 1 && input === positional[0];
    case "even":
      return runtimeToNumber(input) % 2 === 0;
    case "falsy":
      return !runtimeTruthy(input);
    case "ge":
      return runtimeOrder(input, positional[0]) >= 0;
    case "greaterthan":
    case "gt":
      return runtimeOrder(input, positional[0]) > 0;
    case "iterable":
      if (input === void 0 || input === null) throw new TypeError("iterable test requires a value");
      return typeof input === "string" || input instanceof RuntimeSafeString || input instanceof RuntimeArray || input instanceof RuntimeMap || input instanceof RuntimeSet;
    case "le":
      return runtimeOrder(input, positional[0]) <= 0;
    case "lessthan":
    case "lt":
      return runtimeOrder(input, positional[0]) < 0;
    case "lower": {
      if (input instanceof RuntimeSafeString) return false;
      const text = runtimeText(input);
      return text.toLowerCase() === text;
    }
    case "mapping":
      return input instanceof RuntimeRecord || input instanceof RuntimeMap || input instanceof RuntimeSafeString || input instanceof RuntimeRegex;
    case "ne":
      return positional.length !== 1 || input !== positional[0];
    case "null":
      return input === null;
    case "number":
      return typeof input === "number";
    case "odd":
      return runtimeToNumber(input) % 2 === 1;
    case "string":
      return typeof input === "string";
    case "truthy":
      return runtimeTruthy(input);
    case "undefined":
      return input === void 0;
    case "upper": {
      if (input instanceof RuntimeSafeString) return false;
      const text = runtimeText(input);
      return text.toUpperCase() === text;
    }
    default:
      return;
  }
}
function assertBuiltinTestArity(name, actual) {
  const expected = builtinTestArity(name);
  if (expected === void 0) throw new Error(`Unknown template test ${name}`);
  if (actual !== expected) throw new TypeError(`Template test ${name} requires ${expected} positional argument${expected === 1 ? "" : "s"}`);
}
function lookupRuntimeValue(target, key) {
  return readRuntimeOwnValue(target, runtimeToPropertyKey(key));
}
function hasRuntimeConstantKey(target, propertyKey) {
  if (target instanceof RuntimeRecord) return target.has(propertyKey);
  if (target instanceof RuntimeArray) return propertyKey === "length" || runtimeArrayIndexFromPropertyKey(propertyKey, target.length) !== void 0;
  if (target instanceof RuntimeMap || target instanceof RuntimeSet) return propertyKey === "size";
  if (typeof target === "string") return propertyKey === "length" || runtimeArrayIndexFromPropertyKey(propertyKey, target.length) !== void 0;
  if (target instanceof RuntimeSafeString) return propertyKey === "val" || propertyKey === "length" || runtimeArrayIndexFromPropertyKey(propertyKey, target.value.length) !== void 0;
  return false;
}
function readRuntimeOwnValue(target, propertyKey) {
  if (target instanceof RuntimeRecord) return target.get(propertyKey);
  if (target instanceof RuntimeArray) {
    if (propertyKey === "length") return target.length;
    const index = runtimeArrayIndexFromPropertyKey(propertyKey, target.length);
    return index === void 0 ? void 0 : target.at(index);
  }
  if (target instanceof RuntimeMap || target instanceof RuntimeSet) return propertyKey === "size" ? target.size : void 0;
  if (typeof target === "string") {
    const text = target;
    if (propertyKey === "length") return text.length;
    const index = runtimeArrayIndexFromPropertyKey(propertyKey, text.length);
    return index === void 0 ? void 0 : text[index];
  }
  if (target instanceof RuntimeSafeString) {
    if (propertyKey === "val") return target.value;
    if (propertyKey === "length") return target.value.length;
    const index = runtimeArrayIndexFromPropertyKey(propertyKey, target.value.length);
    return index === void 0 ? void 0 : target.value[index];
  }
}
function lookupRuntimeConstantKey(target, key) {
  return lookupRuntimeValue(target, key);
}
var runtimeEvaluationErrors = /* @__PURE__ */ new WeakSet();
var RuntimeEvaluationError = class RuntimeEvaluationError2 extends Error {
  /** Stable internal evaluator failure category. */
  code;
  /** Zero-based template line when known. */
  line;
  /** Zero-based template column when known. */
  column;
  /** Creates one cause-free internal evaluator diagnostic. */
  constructor(code, message, line, column) {
    super(message);
    this.name = "RuntimeEvaluationError";
    this.code = code;
    this.line = line;
    this.column = column;
    runtimeEvaluationErrors.add(this);
  }
  /** Adds the deepest available zero-based template location. */
  withLocation(line, column) {
    return this.line === void 0 ? new RuntimeEvaluationError2(this.code, this.message, line, column) : this;
  }
  /** Converts an unknown internal failure without retaining it. */
  static from(error, line, column) {
    if (RuntimeEvaluationError2.is(error)) return error.withLocation(line, column);
    return new RuntimeEvaluationError2("evaluation_error", extractNativeErrorMessage(error) ?? "Template evaluation failed", line, column);
  }
  /** Checks the private renderer-owned error brand without invoking object behavior. */
  static is(error) {
    return typeof error === "object" && error !== null && runtimeEvaluationErrors.has(error);
  }
};
function extractNativeErrorMessage(error) {
  if (!hostTypes.isNativeError(error)) return;
  const descriptor = Object.getOwnPropertyDescriptor(error, "message");
  return descriptor && "value" in descriptor && typeof descriptor.value === "string" ? descriptor.value : void 0;
}
var stringMethods = /* @__PURE__ */ new Set([
  "charAt",
  "charCodeAt",
  "concat",
  "endsWith",
  "includes",
  "indexOf",
  "lastIndexOf",
  "replace",
  "slice",
  "split",
  "startsWith",
  "substring",
  "toLowerCase",
  "toUpperCase",
  "trim",
  "trimEnd",
  "trimStart"
]);
var numberMethods = /* @__PURE__ */ new Set([
  "toExponential",
  "toFixed",
  "toPrecision",
  "toString"
]);
var arrayMethods = /* @__PURE__ */ new Set([
  "at",
  "concat",
  "copyWithin",
  "fill",
  "flat",
  "includes",
  "indexOf",
  "join",
  "lastIndexOf",
  "pop",
  "push",
  "reverse",
  "shift",
  "slice",
  "sort",
  "splice",
  "unshift"
]);
var jinjaArrayMethods = /* @__PURE__ */ new Set([
  "append",
  "count",
  "find",
  "index",
  "insert",
  "remove"
]);
var jinjaRecordMethods = /* @__PURE__ */ new Set([
  "get",
  "has_key",
  "items",
  "keys",
  "values"
]);
var mapMethods = /* @__PURE__ */ new Set([
  "clear",
  "delete",
  "entries",
  "get",
  "has",
  "keys",
  "set",
  "values"
]);
var setMethods = /* @__PURE__ */ new Set([
  "add",
  "clear",
  "delete",
  "entries",
  "has",
  "values"
]);
var mutatingMethodNames = /* @__PURE__ */ new Set([
  "add",
  "append",
  "clear",
  "copyWithin",
  "delete",
  "fill",
  "insert",
  "pop",
  "push",
  "remove",
  "reverse",
  "set",
  "shift",
  "sort",
  "splice",
  "unshift"
]);
function isMutatingRuntimeIntrinsicName(name) {
  return mutatingMethodNames.has(name);
}
function resolveRuntimeIntrinsic(receiver, name, cookiecutterCompat) {
  if (isReservedName(name) || receiver === void 0 || receiver === null || typeof receiver === "boolean" || receiver instanceof RuntimeRecord && !cookiecutterCompat) return;
  let found = false;
  if (typeof receiver === "string" || receiver instanceof RuntimeSafeString) found = stringMethods.has(name);
  else if (typeof receiver === "number") found = numberMethods.has(name);
  else if (receiver instanceof RuntimeArray) found = arrayMethods.has(name) || cookiecutterCompat && jinjaArrayMethods.has(name);
  else if (receiver instanceof RuntimeRecord) found = cookiecutterCompat && !receiver.has(name) && jinjaRecordMethods.has(name);
  else if (receiver instanceof RuntimeMap) found = mapMethods.has(name);
  else if (receiver instanceof RuntimeSet) found = setMethods.has(name);
  else if (receiver instanceof RuntimeRegex) found = name === "test";
  return found ? Object.freeze({
    receiver,
    name
  }) : void 0;
}
function runtimeIntrinsicArity(method, cookiecutterCompat) {
  const { name, receiver } = method;
  if (typeof receiver === "string" || receiver instanceof RuntimeSafeString) {
    if (name === "replace") return {
      minimum: 2,
      maximum: 2
    };
    if (name === "split" || name === "includes" || name === "startsWith" || name === "endsWith" || name === "indexOf" || name === "lastIndexOf") return {
      minimum: name === "split" ? 0 : 1,
      maximum: 2
    };
    if (name === "slice" || name === "substring") return {
      minimum: 0,
      maximum: 2
    };
    if (name === "charAt" || name === "charCodeAt") return {
      minimum: 0,
      maximum: 1
    };
    if (name === "concat") return {
      minimum: 0,
      maximum: Number.POSITIVE_INFINITY
    };
    return {
      minimum: 0,
      maximum: 0
    };
  }
  if (typeof receiver === "number") return {
    minimum: 0,
    maximum: 1
  };
  if (receiver instanceof RuntimeArray) {
    if (name === "at" || name === "count" || name === "index" || name === "find" || name === "remove") return {
      minimum: 1,
      maximum: 1
    };
    if (name === "append") return {
      minimum: 1,
      maximum: 1
    };
    if (name === "insert") return {
      minimum: 2,
      maximum: 2
    };
    if (name === "includes" || name === "indexOf" || name === "lastIndexOf") return {
      minimum: 1,
      maximum: 2
    };
    if (name === "copyWithin" || name === "fill") return {
      minimum: 1,
      maximum: 3
    };
    if (name === "flat" || name === "join") return {
      minimum: 0,
      maximum: 1
    };
    if (name === "slice") return {
      minimum: 0,
      maximum: 2
    };
    if (name === "pop") return {
      minimum: 0,
      maximum: cookiecutterCompat ? 1 : 0
    };
    if (name === "shift" || name === "sort" || name === "reverse") return {
      minimum: 0,
      maximum: 0
    };
    return {
      minimum: 0,
      maximum: Number.POSITIVE_INFINITY
    };
  }
  if (receiver instanceof RuntimeRecord) return name === "get" ? {
    minimum: 1,
    maximum: 2
  } : name === "has_key" ? {
    minimum: 1,
    maximum: 1
  } : {
    minimum: 0,
    maximum: 0
  };
  if (receiver instanceof RuntimeMap) {
    if (name === "set") return {
      minimum: 2,
      maximum: 2
    };
    if (name === "get" || name === "has" || name === "delete") return {
      minimum: 1,
      maximum: 1
    };
    return {
      minimum: 0,
      maximum: 0
    };
  }
  if (receiver instanceof RuntimeSet) {
    if (name === "add" || name === "has" || name === "delete") return {
      minimum: 1,
      maximum: 1
    };
    return {
      minimum: 0,
      maximum: 0
    };
  }
  return {
    minimum: 1,
    maximum: 1
  };
}
function invokeRuntimeIntrinsic(method, positional, options) {
  assertRuntimeValueHasNoCallable(method.receiver);
  for (const value of positional) assertRuntimeValueHasNoCallable(value);
  const { receiver, name } = method;
  if (typeof receiver === "string" || receiver instanceof RuntimeSafeString) return invokeStringIntrinsic(receiver instanceof RuntimeSafeString ? receiver.value : receiver, name, positional, options);
  if (typeof receiver === "number") return invokeNumberIntrinsic(receiver, name, positional);
  if (receiver instanceof RuntimeArray) return invokeArrayIntrinsic(receiver, name, positional, options);
  if (receiver instanceof RuntimeRecord) return invokeRecordIntrinsic(receiver, name, positional);
  if (receiver instanceof RuntimeMap) return invokeMapIntrinsic(receiver, name, positional, options);
  if (receiver instanceof RuntimeSet) return invokeSetIntrinsic(receiver, name, positional, options);
  if (receiver instanceof RuntimeRegex && name === "test") {
    assertRegexExecution(options);
    const regex = createNativeRegex(receiver);
    const result = regex.test(runtimeToString(positional[0], options.chargeWork));
    receiver.setLastIndex(regex.lastIndex);
    return result;
  }
  throw new TypeError(`Unsupported template intrinsic ${name}`);
}
function invokeStringIntrinsic(text, name, positional, options) {
  const first = positional[0];
  const second = positional[1];
  switch (name) {
    case "replace": {
      const replacement = runtimeToString(second, options.chargeWork);
      if (first instanceof RuntimeRegex) {
        assertRegexExecution(options);
        const regex = createNativeRegex(first);
        const output = text.replace(regex, replacement);
        first.setLastIndex(regex.lastIndex);
        return output;
      }
      return text.replace(runtimeToString(first, options.chargeWork), replacement);
    }
    case "split": {
      const limit = second === void 0 ? void 0 : toUint32(second, options.chargeWork);
      if (first instanceof RuntimeRegex) {
        assertRegexExecution(options);
        return new RuntimeArray(text.split(createNativeRegex(first), limit));
      }
      const separator = first === void 0 ? void 0 : runtimeToString(first, options.chargeWork);
      return new RuntimeArray(separator === void 0 ? limit === 0 ? [] : [text] : limit === void 0 ? text.split(separator) : text.split(separator, limit));
    }
    case "includes":
      return text.includes(runtimeToString(first, options.chargeWork), optionalInteger(second, options.chargeWork));
    case "startsWith":
      return text.startsWith(runtimeToString(first, options.chargeWork), optionalInteger(second, options.chargeWork));
    case "endsWith":
      return text.endsWith(runtimeToString(first, options.chargeWork), optionalInteger(second, options.chargeWork));
    case "indexOf":
      return text.indexOf(runtimeToString(first, options.chargeWork), optionalInteger(second, options.chargeWork));
    case "lastIndexOf":
      return text.lastIndexOf(runtimeToString(first, options.chargeWork), optionalNumber(second, options.chargeWork));
    case "slice":
      return text.slice(optionalInteger(first, options.chargeWork), optionalInteger(second, options.chargeWork));
    case "substring":
      return text.substring(optionalInteger(first, options.chargeWork) ?? 0, optionalInteger(second, options.chargeWork));
    case "trim":
      return text.trim();
    case "trimStart":
      return text.trimStart();
    case "trimEnd":
      return text.trimEnd();
    case "toLowerCase":
      return text.toLowerCase();
    case "toUpperCase":
      return text.toUpperCase();
    case "charAt":
      return text.charAt(optionalInteger(first, options.chargeWork) ?? 0);
    case "charCodeAt":
      return text.charCodeAt(optionalInteger(first, options.chargeWork) ?? 0);
    case "concat":
      return text.concat(...positional.map((value) => runtimeToString(value, options.chargeWork)));
    default:
      throw new TypeError(`Unsupported string intrinsic ${name}`);
  }
}
function invokeNumberIntrinsic(value, name, positional) {
  const argument = positional[0] === void 0 ? void 0 : runtimeToNumber(positional[0]);
  switch (name) {
    case "toFixed":
      return argument === void 0 ? value.toFixed() : value.toFixed(argument);
    case "toExponential":
      return argument === void 0 ? value.toExponential() : value.toExponential(argument);
    case "toPrecision":
      return argument === void 0 ? value.toPrecision() : value.toPrecision(argument);
    case "toString":
      return argument === void 0 ? value.toString() : value.toString(argument);
    default:
      throw new TypeError(`Unsupported number intrinsic ${name}`);
  }
}
function invokeArrayIntrinsic(receiver, name, positional, options) {
  const items = receiver.copySparse();
  const first = positional[0];
  const second = positional[1];
  const third = positional[2];
  switch (name) {
    case "at":
      return items.at(toInteger(first, options.chargeWork));
    case "concat":
      return concatRuntimeArrays(receiver, positional);
    case "flat":
      return flatRuntimeArray(receiver, optionalDepth(first, options.chargeWork), options.chargeWork);
    case "includes":
      return items.includes(first, optionalInteger(second, options.chargeWork));
    case "indexOf":
      return items.indexOf(first, optionalInteger(second, options.chargeWork));
    case "lastIndexOf":
      return second === void 0 ? items.lastIndexOf(first) : items.lastIndexOf(first, toInteger(second, options.chargeWork));
    case "join":
      return joinRuntimeArray(receiver, first, options.chargeWork);
    case "slice":
      return new RuntimeArray(items.slice(optionalInteger(first, options.chargeWork), optionalInteger(second, options.chargeWork)));
    case "push":
    case "append": {
      const length = items.push(...positional);
      receiver.replace(items, options.chargeWork);
      return length;
    }
    case "pop": {
      if (options.cookiecutterCompat && first !== void 0) {
        const index = normalizeExistingIndex(toInteger(first, options.chargeWork), items.length);
        if (index === void 0) return void 0;
        const removed = items.splice(index, 1);
        receiver.replace(items, options.chargeWork);
        return removed[0];
      }
      const value = items.pop();
      receiver.replace(items, options.chargeWork);
      return value;
    }
    case "shift": {
      const value = items.shift();
      receiver.replace(items, options.chargeWork);
      return value;
    }
    case "unshift": {
      const length = items.unshift(...positional);
      receiver.replace(items, options.chargeWork);
      return length;
    }
    case "splice": {
      const start = first === void 0 ? 0 : toInteger(first, options.chargeWork);
      const removed = first === void 0 ? [] : second === void 0 ? items.splice(start) : items.splice(start, Math.max(0, toInteger(second, options.chargeWork)), ...positional.slice(2));
      receiver.replace(items, options.chargeWork);
      return new RuntimeArray(removed);
    }
    case "sort":
      items.sort(compareRuntimeArrayItems);
      receiver.replace(items, options.chargeWork);
      return receiver;
    case "reverse":
      items.reverse();
      receiver.replace(items, options.chargeWork);
      return receiver;
    case "fill":
      items.fill(first, optionalInteger(second, options.chargeWork) ?? 0, optionalInteger(third, options.chargeWork) ?? items.length);
      receiver.replace(items, options.chargeWork);
      return receiver;
    case "copyWithin":
      items.copyWithin(toInteger(first, options.chargeWork), optionalInteger(second, options.chargeWork) ?? 0, optionalInteger(third, options.chargeWork) ?? items.length);
      receiver.replace(items, options.chargeWork);
      return receiver;
    case "insert": {
      const removed = items.splice(toInteger(first, options.chargeWork), 0, second);
      receiver.replace(items, options.chargeWork);
      return new RuntimeArray(removed);
    }
    case "remove": {
      const index = items.indexOf(first);
      const removed = index < 0 ? [] : items.splice(index, 1);
      receiver.replace(items, options.chargeWork);
      return new RuntimeArray(removed);
    }
    case "count": {
      let count = 0;
      for (const item of receiver.presentValues()) {
        options.chargeWork?.();
        if (runtimeStrictEqual(item, first)) count += 1;
      }
      return count;
    }
    case "index":
    case "find":
      return items.indexOf(first);
    default:
      throw new TypeError(`Unsupported array intrinsic ${name}`);
  }
}
function invokeRecordIntrinsic(receiver, name, positional) {
  if (name === "get") {
    const key = runtimeToString(positional[0]);
    return receiver.has(key) ? receiver.get(key) : positional[1];
  }
  if (name === "has_key") return receiver.has(runtimeToString(positional[0]));
  if (name === "keys") return new RuntimeArray(Array.from(receiver.entries(), ([key]) => key));
  if (name === "values") return new RuntimeArray(Array.from(receiver.entries(), ([, value]) => value));
  if (name === "items") return new RuntimeArray(Array.from(receiver.entries(), ([key, value]) => new RuntimeArray([key, value])));
  throw new TypeError(`Unsupported record intrinsic ${name}`);
}
function invokeMapIntrinsic(receiver, name, positional, options) {
  if (name === "get") return receiver.get(positional[0]);
  if (name === "has") return receiver.has(positional[0]);
  if (name === "set") return receiver.set(positional[0], positional[1], options.chargeWork);
  if (name === "delete") return receiver.delete(positional[0], options.chargeWork);
  if (name === "clear") {
    receiver.clear(options.chargeWork);
    return;
  }
  if (name === "keys") return new RuntimeArray(Array.from(receiver.keys()));
  if (name === "values") return new RuntimeArray(Array.from(receiver.values()));
  if (name === "entries") return new RuntimeArray(Array.from(receiver.entries(), ([key, value]) => new RuntimeArray([key, value])));
  throw new TypeError(`Unsupported Map intrinsic ${name}`);
}
function invokeSetIntrinsic(receiver, name, positional, options) {
  if (name === "has") return receiver.has(positional[0]);
  if (name === "add") return receiver.add(positional[0], options.chargeWork);
  if (name === "delete") return receiver.delete(positional[0], options.chargeWork);
  if (name === "clear") {
    receiver.clear(options.chargeWork);
    return;
  }
  if (name === "values") return new RuntimeArray(Array.from(receiver.values()));
  if (name === "entries") return new RuntimeArray(Array.from(receiver.values(), (value) => new RuntimeArray([value, value])));
  throw new TypeError(`Unsupported Set intrinsic ${name}`);
}
function concatRuntimeArrays(receiver, positional) {
  const output = receiver.copySparse();
  for (const value of positional) if (value instanceof RuntimeArray) {
    const start = output.length;
    output.length += value.length;
    for (let index = 0; index < value.length; index += 1) if (value.has(index)) defineOwnArrayIndex(output, start + index, value.at(index));
  } else output.push(value);
  return new RuntimeArray(output);
}
function flatRuntimeArray(receiver, depth, chargeWork) {
  const output = [];
  appendFlattenedValues(output, receiver, depth, chargeWork);
  return new RuntimeArray(output);
}
function appendFlattenedValues(output, value, depth, chargeWork) {
  for (let index = 0; index < value.length; index += 1) {
    chargeWork?.();
    if (!value.has(index)) continue;
    const item = value.at(index);
    if (depth > 0 && item instanceof RuntimeArray) appendFlattenedValues(output, item, depth - 1, chargeWork);
    else output.push(item);
  }
}
function joinRuntimeArray(receiver, separatorValue, chargeWork) {
  const separator = separatorValue === void 0 ? "," : runtimeToString(separatorValue, chargeWork);
  const output = [];
  output.length = receiver.length;
  for (let index = 0; index < receiver.length; index += 1) {
    chargeWork?.();
    const value = receiver.at(index);
    output[index] = !receiver.has(index) || value === void 0 || value === null ? "" : runtimeToString(value, chargeWork);
  }
  return output.join(separator);
}
function compareRuntimeArrayItems(left, right) {
  const leftText = runtimeToString(left);
  const rightText = runtimeToString(right);
  return leftText < rightText ? -1 : leftText > rightText ? 1 : 0;
}
function normalizeExistingIndex(index, length) {
  const normalized = index < 0 ? length + index : index;
  return normalized >= 0 && normalized < length ? normalized : void 0;
}
function optionalDepth(value, chargeWork) {
  if (value === void 0) return 1;
  const depth = toInteger(value, chargeWork);
  return Math.max(0, depth);
}
function optionalInteger(value, chargeWork) {
  return value === void 0 ? void 0 : toInteger(value, chargeWork);
}
function optionalNumber(value, chargeWork) {
  return value === void 0 ? void 0 : runtimeToNumber(value, chargeWork);
}
function toInteger(value, chargeWork) {
  const number = runtimeToNumber(value, chargeWork);
  if (Number.isNaN(number) || number === 0) return 0;
  if (!Number.isFinite(number)) return number;
  return Math.trunc(number);
}
function toUint32(value, chargeWork) {
  return runtimeToNumber(value, chargeWork) >>> 0;
}
function assertRegexExecution(options) {
  if (!options.allowRegexExecution) throw new TypeError("Template regular-expression execution is disabled");
}
function createNativeRegex(value) {
  const regex = new RegExp(value.source, value.flags);
  regex.lastIndex = value.lastIndex;
  return regex;
}
var LexicalScopePlan = class {
  #nodeSlots = /* @__PURE__ */ new WeakMap();
  #callableFrames = /* @__PURE__ */ new WeakMap();
  #blockFrames = /* @__PURE__ */ new WeakMap();
  #loops = /* @__PURE__ */ new WeakMap();
  /** Returns the direct slot selected for one reference or binding node. */
  slot(node) {
    return this.#nodeSlots.get(node);
  }
  /** Returns the compiled frame created for one macro or synthetic caller. */
  callableFrame(node) {
    const frame = this.#callableFrames.get(node);
    if (!frame) throw new Error(`Missing callable frame plan for ${node.type}`);
    return frame;
  }
  /** Returns the compiled frame created for one standalone block. */
  blockFrame(node) {
    const frame = this.#blockFrames.get(node);
    if (!frame) throw new Error("Missing block frame plan");
    return frame;
  }
  /** Returns the branch-specific plan and control slot for one loop. */
  loop(node) {
    const loop = this.#loops.get(node);
    if (!loop) throw new Error("Missing loop plan");
    return loop;
  }
  /** Records one direct slot during static planning. */
  bindSlot(node, slot) {
    this.#nodeSlots.set(node, slot);
  }
  /** Records one callable frame during static planning. */
  bindCallableFrame(node, frame) {
    this.#callableFrames.set(node, frame);
  }
  /** Records one block frame during static planning. */
  bindBlockFrame(node, frame) {
    this.#blockFrames.set(node, frame);
  }
  /** Records one loop plan during static planning. */
  bindLoop(node, loop) {
    this.#loops.set(node, loop);
  }
};
var CompiledFramePlan = class {
  slots;
  scope;
  constructor(slots, scope) {
    this.slots = slots;
    this.scope = scope;
  }
};
var LexicalLoopPlan = class {
  lengthSlot;
  #single;
  #array;
  #record;
  constructor(lengthSlot, single, array, record) {
    this.lengthSlot = lengthSlot;
    this.#single = single;
    this.#array = array;
    this.#record = record;
  }
  /** Selects the body plan emitted for the runtime container branch. */
  body(targetCount, arrayInput) {
    const scope = targetCount === 1 ? this.#single : arrayInput ? this.#array : this.#record;
    if (!scope) throw new Error("Missing loop body plan");
    return scope;
  }
  /** Selects the final compiler mapping used by a loop else body. */
  otherwise(targetCount) {
    const scope = targetCount === 1 ? this.#single : this.#record;
    if (!scope) throw new Error("Missing loop else plan");
    return scope;
  }
};
var LexicalSlotPlan = class {
  #root;
  mayMutateContext;
  constructor(root, mayMutateContext) {
    this.#root = root;
    this.mayMutateContext = mayMutateContext;
  }
  /** Returns the compiled frame that owns root render storage. */
  rootFrame() {
    return this.#root;
  }
};
var RuntimeLexicalFrame = class {
  #parent;
  #values = /* @__PURE__ */ new Map();
  constructor(slots, parent) {
    this.#parent = parent;
    for (const slot of slots) this.#values.set(slot, void 0);
  }
  /** Reads one exact slot without falling through to runtime name lookup. */
  get(slot) {
    if (this.#values.has(slot)) return this.#values.get(slot);
    if (this.#parent) return this.#parent.get(slot);
    throw new Error(`Unknown lexical slot ${slot}`);
  }
  /** Replaces one exact slot in the compiled frame that owns it. */
  set(slot, value) {
    if (this.#values.has(slot)) {
      this.#values.set(slot, value);
      return;
    }
    if (this.#parent) {
      this.#parent.set(slot, value);
      return;
    }
    throw new Error(`Unknown lexical slot ${slot}`);
  }
};
function planLexicalSlots(ast, maximumExpansionWork = Number.POSITIVE_INFINITY) {
  const frames = [];
  const visitedNodes = /* @__PURE__ */ new WeakSet();
  let nextSlot = 0;
  let expansionWork = 0;
  let hasDynamicLookup = false;
  let hasIndirectCall = false;
  let hasMutatingLookup = false;
  const createCompiledFrame = (inherited) => {
    const mutable = { slots: [] };
    const scope = new LexicalScopePlan();
    const plan = new CompiledFramePlan(mutable.slots, scope);
    frames.push(mutable);
    return {
      plan,
      state: {
        frame: mutable,
        scope,
        bindings: new Map(inherited)
      }
    };
  };
  const createRegion = (state) => ({
    frame: state.frame,
    scope: new LexicalScopePlan(),
    bindings: new Map(state.bindings)
  });
  const createAnonymousSlot = (state) => {
    const slot = nextSlot;
    nextSlot += 1;
    state.frame.slots.push(slot);
    return slot;
  };
  const createSlot = (state, name, node) => {
    const slot = createAnonymousSlot(state);
    state.bindings.set(name, slot);
    state.scope.bindSlot(node, slot);
    return slot;
  };
  const useSlot = (state, node) => {
    if (node.type !== "Symbol") throw new Error(`Expected symbol, received ${node.type}`);
    const slot = state.bindings.get(node.value);
    if (slot !== void 0) state.scope.bindSlot(node, slot);
  };
  const planCallable = (node, inherited) => {
    const callable = createCompiledFrame(inherited);
    const state = callable.state;
    if (node.args.type !== "NodeList") throw new Error("Invalid callable argument list");
    const positionalSlots = /* @__PURE__ */ new Map();
    for (const argument of node.args.children) if (argument.type === "KeywordArgs") for (const pair of argument.children) {
      if (pair.type !== "Pair" || pair.key.type !== "Symbol") throw new Error("Invalid callable default");
      visit2(pair.value, state);
    }
    else {
      if (argument.type !== "Symbol") throw new Error("Invalid callable formal");
      const name = argument.value;
      const existing = positionalSlots.get(name);
      if (existing === void 0) positionalSlots.set(name, createSlot(state, name, argument));
      else state.scope.bindSlot(argument, existing);
    }
    visit2(node.body, state);
    return callable.plan;
  };
  const visitPairValue = (node, state) => {
    if (node.type !== "Pair") throw new Error(`Expected pair, received ${node.type}`);
    if (node.key.type !== "Symbol" && node.key.type !== "Literal") visit2(node.key, state);
    visit2(node.value, state);
  };
  const planLoopTargets = (targets, state) => {
    for (const target of targets) {
      if (target.type !== "Symbol") throw new Error(`Invalid loop target ${target.type}`);
      createSlot(state, target.value, target);
    }
  };
  function visit2(node, state) {
    if (visitedNodes.has(node)) {
      expansionWork += 1;
      if (maximumExpansionWork !== Number.POSITIVE_INFINITY && expansionWork > maximumExpansionWork) throw new TemplateLimitError("workUnits", {
        phase: "evaluate",
        configured: maximumExpansionWork,
        observed: expansionWork
      });
    } else visitedNodes.add(node);
    switch (node.type) {
      case "Root":
      case "NodeList":
      case "Output":
      case "Group":
      case "Array":
        for (const child of node.children) visit2(child, state);
        return;
      case "Dict":
      case "KeywordArgs":
        for (const child of node.children) visitPairValue(child, state);
        return;
      case "Pair":
        visitPairValue(node, state);
        return;
      case "Symbol":
        useSlot(state, node);
        return;
      case "LookupVal":
        if (node.val.type === "Literal" && typeof node.val.value === "string") hasMutatingLookup ||= isMutatingRuntimeIntrinsicName(node.val.value);
        else if (node.val.type !== "Literal") hasDynamicLookup = true;
        visit2(node.target, state);
        visit2(node.val, state);
        return;
      case "Slice":
        visit2(node.start, state);
        visit2(node.stop, state);
        visit2(node.step, state);
        return;
      case "If":
      case "InlineIf":
        visit2(node.cond, state);
        visit2(node.body, state);
        if (node.else_) visit2(node.else_, state);
        return;
      case "For": {
        visit2(node.arr, state);
        const lengthSlot = createAnonymousSlot(state);
        const targets = node.name.type === "Array" ? node.name.children : [node.name];
        if (targets.length === 1) {
          const bodyState = createRegion(state);
          planLoopTargets(targets, bodyState);
          visit2(node.body, bodyState);
          if (node.else_) visit2(node.else_, bodyState);
          state.scope.bindLoop(node, new LexicalLoopPlan(lengthSlot, bodyState.scope, void 0, void 0));
          return;
        }
        const arrayState = createRegion(state);
        planLoopTargets(targets, arrayState);
        visit2(node.body, arrayState);
        const recordState = createRegion(arrayState);
        planLoopTargets(targets.slice(0, 2), recordState);
        visit2(node.body, recordState);
        if (node.else_) visit2(node.else_, recordState);
        state.scope.bindLoop(node, new LexicalLoopPlan(lengthSlot, void 0, arrayState.scope, recordState.scope));
        return;
      }
      case "Macro": {
        if (node.name.type !== "Symbol") throw new Error("Invalid macro name");
        const slot = createSlot(state, node.name.value, node);
        state.scope.bindSlot(node.name, slot);
        state.scope.bindCallableFrame(node, planCallable(node));
        return;
      }
      case "Caller":
        state.scope.bindCallableFrame(node, planCallable(node, state.bindings));
        return;
      case "FunCall":
        if (node.name.type === "LookupVal") {
          if (node.name.val.type !== "Literal") hasMutatingLookup = true;
        } else hasIndirectCall = true;
        visit2(node.name, state);
        visit2(node.args, state);
        return;
      case "Filter":
        visit2(node.args, state);
        return;
      case "CallBlock":
        visit2(node.call, state);
        state.scope.bindCallableFrame(node.caller, planCallable(node.caller, state.bindings));
        return;
      case "Block": {
        const block = createCompiledFrame();
        visit2(node.body, block.state);
        state.scope.bindBlockFrame(node, block.plan);
        return;
      }
      case "Set":
        if (node.value) visit2(node.value, state);
        if (node.body) visit2(node.body, state);
        for (const target of node.targets) useSlot(state, target);
        return;
      case "Switch":
        visit2(node.expr, state);
        for (const candidate of node.cases) visit2(candidate, state);
        if (node.default) visit2(node.default, state);
        return;
      case "Case":
        visit2(node.cond, state);
        visit2(node.body, state);
        return;
      case "Capture":
        visit2(node.body, state);
        return;
      case "In":
      case "Is":
      case "Or":
      case "And":
      case "Add":
      case "Concat":
      case "Sub":
      case "Mul":
      case "Div":
      case "Mod":
      case "Pow":
        visit2(node.left, state);
        visit2(node.right, state);
        return;
      case "Not":
      case "Neg":
      case "Pos":
      case "Floor":
        visit2(node.target, state);
        return;
      case "Compare":
        visit2(node.expr, state);
        for (const operation of node.ops) visit2(operation, state);
        return;
      case "CompareOperand":
        visit2(node.expr, state);
        return;
      case "TemplateData":
      case "Literal":
        return;
    }
  }
  const root = createCompiledFrame();
  visit2(ast, root.state);
  for (const frame of frames) Object.freeze(frame.slots);
  return new LexicalSlotPlan(root.plan, hasMutatingLookup || hasDynamicLookup && hasIndirectCall);
}
var RuntimeScope = class RuntimeScope2 {
  #parent;
  #isolateWrites;
  #entries = /* @__PURE__ */ new Map();
  constructor(parent, isolateWrites = false) {
    this.#parent = parent;
    this.#isolateWrites = isolateWrites;
  }
  /** Creates a child runtime value frame. */
  child(isolateWrites = false) {
    return new RuntimeScope2(this, isolateWrites);
  }
  /** Defines or replaces one value in this exact scope. */
  set(name, value) {
    assertAllowedName(name);
    this.#entries.set(name, {
      value,
      writable: true
    });
  }
  /** Defines one read-only context binding. */
  setReadonly(name, value) {
    assertAllowedName(name);
    this.#entries.set(name, {
      value,
      writable: false
    });
  }
  /** Resolves a value through explicit scope parents only. */
  get(name) {
    if (isReservedName(name)) return;
    const entry = this.#entries.get(name);
    if (entry) return entry.value;
    return this.#parent?.get(name);
  }
  /** Replaces the nearest existing binding or defines it locally. */
  assign(name, value) {
    assertAllowedName(name);
    if (this.#isolateWrites) {
      this.#setLocal(name, value);
      return;
    }
    const entry = this.#entries.get(name);
    if (entry?.writable) {
      entry.value = value;
      return;
    }
    if (this.#parent?.canAssign(name)) {
      this.#parent.assign(name, value);
      return;
    }
    this.#setLocal(name, value);
  }
  /** Returns whether a binding exists through explicit parents. */
  has(name) {
    if (isReservedName(name)) return false;
    return this.#entries.has(name) || (this.#parent?.has(name) ?? false);
  }
  /** Returns bindings defined in this exact scope. */
  *ownEntries() {
    for (const [name, entry] of this.#entries) yield [name, entry.value];
  }
  canAssign(name) {
    const entry = this.#entries.get(name);
    if (entry) return entry.writable;
    if (this.#isolateWrites) return false;
    return this.#parent?.canAssign(name) ?? false;
  }
  #setLocal(name, value) {
    const entry = this.#entries.get(name);
    if (entry) {
      entry.value = value;
      entry.writable = true;
    } else this.#entries.set(name, {
      value,
      writable: true
    });
  }
};
function assertAllowedName(name) {
  if (isReservedName(name)) throw new TypeError(`Template name ${name} is reserved`);
}
function* stringCodeUnits(value) {
  for (let index = 0; index < value.length; index += 1) yield value[index];
}
var indexedValueScratchBytes = 32;
function evaluateRuntimeTemplate(source, context, options) {
  return evaluateRuntimeTemplateResult(source, context, options, false);
}
function evaluateRuntimeTemplateValue(source, context, options) {
  return evaluateRuntimeTemplateResult(source, context, options, true);
}
function evaluateRuntimeTemplateResult(source, context, options, preserveSoleValue) {
  if (options.limits.sourceCodeUnits !== Number.POSITIVE_INFINITY && source.length > options.limits.sourceCodeUnits) throw new TemplateLimitError("sourceCodeUnits", {
    phase: "parse",
    configured: options.limits.sourceCodeUnits,
    observed: source.length
  });
  const ast = parseTemplate(source, {
    trimBlocks: options.trimBlocks,
    lstripBlocks: options.lstripBlocks,
    cookiecutterCompat: options.cookiecutterCompat,
    astNodes: options.limits.astNodes,
    nestingDepth: options.limits.nestingDepth
  });
  let lexicalSlots;
  try {
    lexicalSlots = planLexicalSlots(ast, options.limits.workUnits);
  } catch (error) {
    if (error instanceof TemplateLimitError) throw withTemplateLimitErrorContext(error, "evaluate", ast.line + 1, ast.column + 1);
    throw error;
  }
  const isolatedContext = options.cloneContextBeforeMutation && lexicalSlots.mayMutateContext ? cloneRuntimeContext(context) : context;
  const evaluator = new Evaluator(options, lexicalSlots);
  return preserveSoleValue ? evaluator.renderValue(ast, isolatedContext) : evaluator.render(ast, isolatedContext);
}
function soleInterpolationOutput(ast) {
  if (ast.type !== "Root" || ast.children.length !== 1) return;
  const output = ast.children[0];
  if (output?.type !== "Output" || output.children.length !== 1 || output.children[0]?.type === "TemplateData") return;
  return output;
}
var Evaluator = class {
  #options;
  #lexicalSlots;
  #macros = /* @__PURE__ */ new Map();
  #builtinCallables = /* @__PURE__ */ new Map();
  #capabilityNames = /* @__PURE__ */ new Map();
  #capabilityHandles = /* @__PURE__ */ new Map();
  #builtinGlobalHandles = /* @__PURE__ */ new Map();
  #globalValues = /* @__PURE__ */ new Map();
  #chargeExpansionWork = () => {
    this.#charge(0);
  };
  #nextCallableId = 1;
  #workUnits = 0;
  #outputCodeUnits = 0;
  #capabilityCalls = 0;
  #jsonOutputTarget;
  #jsonOutput = [];
  #nativeOutput;
  #nativeValue = void 0;
  constructor(options, lexicalSlots) {
    this.#options = options;
    this.#lexicalSlots = lexicalSlots;
  }
  render(ast, context) {
    const output = [];
    return this.#evaluateTemplate(ast, context, output, () => output.join(""));
  }
  renderValue(ast, context) {
    if (this.#options.valueCoercion === "json") {
      const output = [];
      const child = ast.type === "Root" && ast.children.length === 1 ? ast.children[0] : void 0;
      if (child && !(child.type === "Output" && child.children[0]?.type === "TemplateData")) this.#jsonOutputTarget = output;
      return this.#evaluateTemplate(ast, context, output, () => {
        const normal = output.join("");
        if (!this.#jsonOutputTarget) return normal === "" ? void 0 : normal;
        const encoded = this.#jsonOutput.join("");
        if (encoded === "") return;
        let decoded;
        try {
          decoded = JSON.parse(encoded);
        } catch (error) {
          if (!isJsonSyntaxError(error)) throw error;
          return normal === "" ? void 0 : normal;
        }
        return copyPublicValueWithWork(copyRuntimeValue(decoded), this.#chargeExpansionWork);
      });
    }
    const nativeOutput = soleInterpolationOutput(ast);
    if (!nativeOutput) return this.render(ast, context);
    this.#nativeOutput = nativeOutput;
    return this.#evaluateTemplate(ast, context, [], () => {
      const value = this.#nativeValue;
      this.#chargeOutputCodeUnits(renderedRuntimeValueCodeUnits(value, this.#chargeExpansionWork));
      return copyPublicValueWithWork(value, this.#chargeExpansionWork);
    });
  }
  #evaluateTemplate(ast, context, output, complete) {
    const contextScope = new RuntimeScope();
    for (const [name, value] of context.entries()) contextScope.setReadonly(name, value);
    const exportScope = contextScope.child(true);
    const scope = exportScope.child(true);
    const rootFrame = this.#lexicalSlots.rootFrame();
    const macroContext = createMacroBindingContext(new RuntimeLexicalFrame(rootFrame.slots), rootFrame.scope, exportScope, true, true);
    try {
      this.#renderTemplate(ast, scope, macroContext, output, 0);
      return complete();
    } catch (error) {
      if (error instanceof TemplateLimitError) throw withTemplateLimitErrorContext(error, "evaluate", ast.line + 1, ast.column + 1);
      throw RuntimeEvaluationError.from(error, ast.line, ast.column);
    }
  }
  #renderTemplate(ast, scope, macroContext, output, depth) {
    this.#evaluateNode(ast, scope, macroContext, output, depth + 1);
  }
  #evaluateNode(node, scope, macroContext, output, depth) {
    try {
      this.#evaluateNodeUnchecked(node, scope, macroContext, output, depth);
    } catch (error) {
      if (error instanceof TemplateLimitError) throw withTemplateLimitErrorContext(error, "evaluate", node.line + 1, node.column + 1);
      throw RuntimeEvaluationError.from(error, node.line, node.column);
    }
  }
  #evaluateNodeUnchecked(node, scope, macroContext, output, depth) {
    this.#charge(depth);
    switch (node.type) {
      case "Root":
      case "NodeList":
        this.#evaluateSequence(node.children, scope, macroContext, output, depth);
        return;
      case "Output":
        if (node === this.#nativeOutput) {
          const child = node.children[0];
          if (!child || child.type === "TemplateData") throw new Error("Invalid native output node");
          this.#nativeValue = this.#evaluateExpression(child, scope, macroContext, depth + 1);
          return;
        }
        for (const child of node.children) if (child.type === "TemplateData") this.#append(output, literalString(child));
        else {
          const value = this.#evaluateExpression(child, scope, macroContext, depth + 1);
          const normal = renderRuntimeValue(value, this.#chargeExpansionWork);
          let encoded = normal;
          if (output === this.#jsonOutputTarget) {
            this.#assertScratch([value]);
            encoded = renderRuntimeValue(applyBuiltinFilter("dump", value, [], /* @__PURE__ */ new Map(), (count) => this.#reserveIndexedValues(count, 0)), this.#chargeExpansionWork);
          }
          this.#append(output, normal, encoded);
        }
        return;
      case "If":
        if (runtimeTruthy(this.#evaluateExpression(node.cond, scope, macroContext, depth + 1))) this.#evaluateNode(node.body, scope, macroContext, output, depth + 1);
        else {
          const otherwise = node.else_;
          if (otherwise) this.#evaluateNode(otherwise, scope, macroContext, output, depth + 1);
        }
        return;
      case "For":
        this.#evaluateFor(node, scope, macroContext, output, depth + 1);
        return;
      case "Set":
        this.#evaluateSet(node, scope, macroContext, depth + 1);
        return;
      case "Macro": {
        const name = symbolName(node.name);
        const id = this.#nextCallableId++;
        this.#macros.set(id, {
          node,
          framePlan: macroContext.lexicalPlan.callableFrame(node),
          scope: macroContext.invocationScope,
          invocationScope: macroContext.invocationScope
        });
        const handle = new RuntimeCallable("macro", id);
        const slot = macroContext.lexicalPlan.slot(node);
        if (slot === void 0) throw new Error(`Missing lexical slot for macro ${name}`);
        macroContext.lexicalFrame.set(slot, handle);
        if (macroContext.exportsMacros) macroContext.invocationScope.set(name, handle);
        return;
      }
      case "CallBlock":
        this.#evaluateCallBlock(node, scope, macroContext, output, depth + 1);
        return;
      case "Block":
        this.#evaluateBlock(node, scope, macroContext, output, depth + 1);
        return;
      case "Switch": {
        const value = this.#evaluateExpression(node.expr, scope, macroContext, depth + 1);
        const cases = node.cases;
        let matched = false;
        for (const candidate of cases) {
          const condition = matched ? void 0 : this.#evaluateExpression(candidate.cond, scope, macroContext, depth + 1);
          if (matched || runtimeStrictEqual(value, condition)) {
            matched = true;
            if (candidate.body.type === "NodeList" && candidate.body.children.length === 0) continue;
            this.#evaluateNode(candidate.body, scope, macroContext, output, depth + 1);
            return;
          }
        }
        const fallback = node.default;
        if (fallback) this.#evaluateNode(fallback, scope, macroContext, output, depth + 1);
        return;
      }
      default:
        throw new Error(`Unexpected statement node ${node.type}`);
    }
  }
  #evaluateBlock(node, scope, macroContext, output, depth) {
    const blockScope = scope.child(true);
    const blockFrame = macroContext.lexicalPlan.blockFrame(node);
    const blockMacroContext = createMacroBindingContext(new RuntimeLexicalFrame(blockFrame.slots), blockFrame.scope, macroContext.invocationScope, true, false);
    this.#evaluateNode(node.body, blockScope, blockMacroContext, output, depth + 1);
  }
  #evaluateSequence(nodes, scope, macroContext, output, depth) {
    for (const node of nodes) this.#evaluateNode(node, scope, macroContext, output, depth + 1);
  }
  #evaluateFor(node, scope, macroContext, output, depth) {
    const value = this.#evaluateExpression(node.arr, scope, macroContext, depth + 1);
    const binding = node.name;
    let targets;
    if (binding.type === "Symbol") targets = [binding];
    else if (binding.type === "Array") targets = binding.children;
    else throw new Error(`Invalid loop target ${binding.type}`);
    const entries = iterableEntries(value, targets.length, this.#chargeExpansionWork);
    const loopScope = scope.child();
    const loopPlan = macroContext.lexicalPlan.loop(node);
    const bodyPlan = loopPlan.body(targets.length, entries.compilerBranch === "array");
    const loopMacroContext = createMacroBindingContext(macroContext.lexicalFrame, bodyPlan, macroContext.invocationScope, false, false);
    let loopLength = macroContext.lexicalFrame.get(loopPlan.lengthSlot);
    if (runtimeTruthy(value)) {
      loopLength = entries.length;
      macroContext.lexicalFrame.set(loopPlan.lengthSlot, loopLength);
    }
    let index = 0;
    for (const entry of entries.values) {
      const iteration = loopScope;
      bindLoopTargets(targets, entry, entries.compilerBranch, iteration, loopMacroContext.lexicalFrame, loopMacroContext.lexicalPlan);
      const numericLength = runtimeToNumber(loopLength, this.#chargeExpansionWork);
      bindRuntimeFrameLocal("loop", new RuntimeRecord([
        ["index", index + 1],
        ["index0", index],
        ["revindex", numericLength - index],
        ["revindex0", numericLength - index - 1],
        ["first", index === 0],
        ["last", index === numericLength - 1],
        ["length", loopLength]
      ]), iteration);
      this.#evaluateNode(node.body, iteration, loopMacroContext, output, depth + 1);
      index += 1;
    }
    const otherwise = node.else_;
    if (!runtimeTruthy(loopLength) && otherwise) {
      const otherwiseMacroContext = createMacroBindingContext(macroContext.lexicalFrame, loopPlan.otherwise(targets.length), macroContext.invocationScope, false, false);
      this.#evaluateNode(otherwise, loopScope, otherwiseMacroContext, output, depth + 1);
    }
  }
  #evaluateSet(node, scope, macroContext, depth) {
    const targets = node.targets;
    const valueNode = node.value;
    let value;
    if (valueNode) value = this.#evaluateExpression(valueNode, scope, macroContext, depth + 1);
    else {
      const body = node.body;
      if (!body) throw new Error("Invalid block assignment");
      const capturedBody = body.type === "Capture" ? body.body : body;
      value = this.#capture(capturedBody, scope, macroContext, depth + 1, false);
    }
    if (targets.length === 1) {
      bindAssignment(targets[0], value, scope);
      bindLexicalAssignment(targets[0], value, macroContext.lexicalFrame, macroContext.lexicalPlan);
      this.#exportAssignment(targets[0], value, macroContext);
      return;
    }
    for (const target of targets) {
      bindAssignment(target, value, scope);
      bindLexicalAssignment(target, value, macroContext.lexicalFrame, macroContext.lexicalPlan);
      this.#exportAssignment(target, value, macroContext);
    }
  }
  #exportAssignment(target, value, macroContext) {
    if (macroContext.exportsAssignments) macroContext.invocationScope.set(symbolName(target), value);
  }
  #evaluateExpression(node, scope, macroContext, depth) {
    try {
      return this.#evaluateExpressionUnchecked(node, scope, macroContext, depth);
    } catch (error) {
      if (error instanceof TemplateLimitError) throw withTemplateLimitErrorContext(error, "evaluate", node.line + 1, node.column + 1);
      throw RuntimeEvaluationError.from(error, node.line, node.column);
    }
  }
  #evaluateExpressionUnchecked(node, scope, macroContext, depth) {
    this.#charge(depth);
    switch (node.type) {
      case "Literal": {
        const value = node.value;
        if (isRegexLiteral(value)) return new RuntimeRegex(value.source, value.flags);
        if (value === void 0 || value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number") return value;
        throw new Error("Invalid literal AST value");
      }
      case "Symbol": {
        const name = symbolName(node);
        const slot = macroContext.lexicalPlan.slot(node);
        if (slot !== void 0) return macroContext.lexicalFrame.get(slot);
        const value = scope.get(name);
        if (value !== void 0 || scope.has(name)) return value;
        if (this.#options.cookiecutterCompat) {
          if (name === "True") return true;
          if (name === "False") return false;
          if (name === "None") return null;
        }
        const globalValue = this.#options.host?.globalValue?.(name);
        if (globalValue?.found) {
          if (!this.#lexicalSlots.mayMutateContext) return globalValue.value;
          if (!this.#globalValues.has(name)) this.#globalValues.set(name, cloneRuntimeValue(globalValue.value));
          return this.#globalValues.get(name);
        }
        if (this.#options.host?.hasGlobal?.(name)) return this.#registerGlobal(name);
        return this.#registerBuiltinGlobal(name);
      }
      case "Array": {
        const values = [];
        for (const child of node.children) values.push(this.#evaluateExpression(child, scope, macroContext, depth + 1));
        return new RuntimeArray(values);
      }
      case "Group": {
        if (node.children.length === 0) throw new Error("Invalid empty expression group");
        let result = void 0;
        for (const [index, child] of node.children.entries()) {
          const value = this.#evaluateExpression(child, scope, macroContext, depth + 1);
          if (index < node.children.length - 1) assertRuntimeValueHasNoCallable(value);
          result = value;
        }
        return result;
      }
      case "Dict":
      case "KeywordArgs": {
        const entries = [];
        for (const pair of node.children) {
          if (pair.type !== "Pair") throw new Error("Invalid entry node");
          const keyNode = pair.key;
          const name = keyNode.type === "Symbol" ? symbolName(keyNode) : runtimeToPropertyKey(this.#evaluateExpression(keyNode, scope, macroContext, depth + 1), this.#chargeExpansionWork);
          if (isReservedName(name)) throw new Error(`Template name ${name} is reserved`);
          entries.push([name, this.#evaluateExpression(pair.value, scope, macroContext, depth + 1)]);
        }
        return new RuntimeRecord(entries);
      }
      case "LookupVal": {
        const target = this.#evaluateExpression(node.target, scope, macroContext, depth + 1);
        const valueNode = node.val;
        if (valueNode.type === "Slice") return this.#evaluateSlice(target, valueNode, scope, macroContext, depth + 1);
        if (valueNode.type === "Array") {
          const children = valueNode.children;
          if (children.length === 1 && children[0]?.type === "Slice") return this.#evaluateSlice(target, children[0], scope, macroContext, depth + 1);
        }
        const constantKey = constantLookupKey(valueNode);
        if (constantKey.found) {
          this.#charge(depth + 1);
          if (target instanceof RuntimeCallable && target.callableKind === "builtin" && typeof constantKey.value === "string") return this.#lookupBuiltinCallable(target.id, constantKey.value);
          return this.#lookupRuntimeMember(target, constantKey.value);
        }
        const key = this.#evaluateExpression(valueNode, scope, macroContext, depth + 1);
        if (target instanceof RuntimeCallable && target.callableKind === "builtin") return this.#lookupBuiltinCallable(target.id, runtimeToPropertyKey(key, this.#chargeExpansionWork));
        return this.#lookupRuntimeMember(target, runtimeToPropertyKey(key, this.#chargeExpansionWork));
      }
      case "InlineIf": {
        if (runtimeTruthy(this.#evaluateExpression(node.cond, scope, macroContext, depth + 1))) return this.#evaluateExpression(node.body, scope, macroContext, depth + 1);
        const otherwise = node.else_;
        return otherwise ? this.#evaluateExpression(otherwise, scope, macroContext, depth + 1) : "";
      }
      case "Or": {
        const left = this.#evaluateExpression(node.left, scope, macroContext, depth + 1);
        return runtimeTruthy(left) ? left : this.#evaluateExpression(node.right, scope, macroContext, depth + 1);
      }
      case "And": {
        const left = this.#evaluateExpression(node.left, scope, macroContext, depth + 1);
        return runtimeTruthy(left) ? this.#evaluateExpression(node.right, scope, macroContext, depth + 1) : left;
      }
      case "Not":
        return !runtimeTruthy(this.#evaluateExpression(node.target, scope, macroContext, depth + 1));
      case "Neg":
        return -runtimeToNumber(this.#evaluateExpression(node.target, scope, macroContext, depth + 1), this.#chargeExpansionWork);
      case "Pos":
        return runtimeToNumber(this.#evaluateExpression(node.target, scope, macroContext, depth + 1), this.#chargeExpansionWork);
      case "Floor":
        return Math.floor(runtimeToNumber(this.#evaluateExpression(node.target, scope, macroContext, depth + 1), this.#chargeExpansionWork));
      case "Add":
      case "Concat":
      case "Sub":
      case "Mul":
      case "Div":
      case "Mod":
      case "Pow":
        return this.#evaluateBinary(node, scope, macroContext, depth + 1);
      case "Compare":
        return this.#evaluateComparison(node, scope, macroContext, depth + 1);
      case "In": {
        const needle = this.#evaluateExpression(node.left, scope, macroContext, depth + 1);
        return runtimeContains(this.#evaluateExpression(node.right, scope, macroContext, depth + 1), needle, this.#chargeExpansionWork);
      }
      case "Is":
        return this.#evaluateTest(node, scope, macroContext, depth + 1);
      case "Filter":
        return this.#evaluateFilter(node, scope, macroContext, depth + 1);
      case "FunCall":
        return this.#evaluateCall(node, scope, macroContext, depth + 1);
      case "Capture":
        return this.#capture(node.body, scope.child(), macroContext, depth + 1, false);
      case "Caller":
        return this.#registerCaller(node, macroContext.lexicalPlan.callableFrame(node), scope, macroContext.lexicalFrame, macroContext.invocationScope);
      default:
        throw new Error(`Unexpected expression node ${node.type}`);
    }
  }
  #evaluateSlice(input, slice, scope, macroContext, depth) {
    if (input instanceof RuntimeCallable) throw new TypeError("Callable values cannot be sliced");
    const target = runtimeTruthy(input) ? input : new RuntimeArray([]);
    const length = lookupRuntimeConstantKey(target, "length");
    let start = this.#evaluateExpression(slice.start, scope, macroContext, depth + 1);
    let stop = this.#evaluateExpression(slice.stop, scope, macroContext, depth + 1);
    const step = this.#evaluateExpression(slice.step, scope, macroContext, depth + 1);
    const numericStep = runtimeToNumber(step, this.#chargeExpansionWork);
    if (!Number.isFinite(numericStep) || numericStep === 0) throw new Error("Slice step must have finite non-zero numeric coercion");
    const stepOrder = runtimeOrder(step, 0, this.#chargeExpansionWork);
    if (start === null) start = stepOrder < 0 ? runtimeToNumber(length, this.#chargeExpansionWork) - 1 : 0;
    if (stop === null) stop = stepOrder < 0 ? -1 : length;
    else if (runtimeOrder(stop, 0, this.#chargeExpansionWork) < 0) stop = runtimeAdd(stop, length, this.#chargeExpansionWork);
    if (runtimeOrder(start, 0, this.#chargeExpansionWork) < 0) start = runtimeAdd(start, length, this.#chargeExpansionWork);
    const output = [];
    let scratchBytes = 0;
    for (let index = start; ; index = runtimeAdd(index, step, this.#chargeExpansionWork)) {
      if (runtimeOrder(index, 0, this.#chargeExpansionWork) < 0 || runtimeOrder(index, length, this.#chargeExpansionWork) > 0) break;
      if (stepOrder > 0 && runtimeOrder(index, stop, this.#chargeExpansionWork) >= 0 || stepOrder < 0 && runtimeOrder(index, stop, this.#chargeExpansionWork) <= 0) break;
      this.#charge(depth);
      const value = lookupRuntimeValue(target, index);
      assertRuntimeValueHasNoCallable(value);
      if (this.#options.limits.scratchBytes !== Number.POSITIVE_INFINITY) {
        scratchBytes += indexedValueScratchBytes + runtimeValueBytes(value, this.#chargeExpansionWork);
        if (scratchBytes > this.#options.limits.scratchBytes) throw new TemplateLimitError("scratchBytes", {
          phase: "evaluate",
          configured: this.#options.limits.scratchBytes,
          observed: scratchBytes
        });
      }
      output.push(value);
    }
    return new RuntimeArray(output);
  }
  #evaluateBinary(node, scope, macroContext, depth) {
    const left = this.#evaluateExpression(node.left, scope, macroContext, depth + 1);
    const right = this.#evaluateExpression(node.right, scope, macroContext, depth + 1);
    if (node.type === "Concat") return runtimeConcat(left, right, this.#chargeExpansionWork);
    if (node.type === "Add") return runtimeAdd(left, right, this.#chargeExpansionWork);
    const leftNumber = runtimeToNumber(left, this.#chargeExpansionWork);
    const rightNumber = runtimeToNumber(right, this.#chargeExpansionWork);
    switch (node.type) {
      case "Sub":
        return leftNumber - rightNumber;
      case "Mul":
        return leftNumber * rightNumber;
      case "Div":
        return leftNumber / rightNumber;
      case "Mod":
        return leftNumber % rightNumber;
      case "Pow":
        return leftNumber ** rightNumber;
      default:
        throw new Error(`Invalid binary operator ${node.type}`);
    }
  }
  #evaluateComparison(node, scope, macroContext, depth) {
    let left = this.#evaluateExpression(node.expr, scope, macroContext, depth + 1);
    let result = false;
    for (const operation of node.ops) {
      const right = this.#evaluateExpression(operation.expr, scope, macroContext, depth + 1);
      result = runtimeCompare(left, operation.operator, right, this.#chargeExpansionWork);
      left = result;
    }
    return result;
  }
  #evaluateFilter(node, scope, macroContext, depth) {
    const name = symbolName(node.name);
    const builtinName = this.#options.cookiecutterCompat && name === "jsonify" ? "dump" : name;
    const hasHostFilter = this.#options.host?.hasFilter?.(name) === true;
    if (!hasHostFilter && !hasBuiltinFilter(builtinName)) {
      const configuredNames = this.#options.host?.filterNames?.() ?? [];
      const candidates = diagnosticFilterNames(this.#options.cookiecutterCompat, configuredNames);
      throw new Error(unknownRuntimeName("template filter", name, candidates));
    }
    if (hasHostFilter) assertPositionalOnlySyntax(node.args, `Registered filter ${name}`);
    const arguments_ = this.#evaluateArguments(node.args, scope, macroContext, depth + 1);
    const [input, ...positional] = arguments_.positional;
    if (hasHostFilter) {
      assertRuntimeArgumentsHaveNoCallable(arguments_);
      this.#assertScratch([
        input,
        ...positional,
        ...arguments_.keyword.values()
      ]);
      this.#chargeCapability();
      const hostResult = this.#options.host.filter?.(name, input, Object.freeze({
        positional: Object.freeze(positional),
        keyword: arguments_.keyword
      }));
      if (hostResult?.found) return hostResult.value;
      throw new Error(`Unknown configured template filter ${name}`);
    }
    const lowered = lowerBuiltinFilterArguments(builtinName, positional, arguments_.keyword);
    const scratchBytes = this.#assertScratch([input, ...lowered.scratch]);
    try {
      return applyBuiltinFilter(builtinName, input, lowered.positional, lowered.keyword, (count) => this.#reserveIndexedValues(count, scratchBytes), this.#options.allowRegexExecution);
    } catch (error) {
      throw contextualizeRuntimeFailure(error, `Filter ${formatDiagnosticValue(builtinName)} failed for ${runtimeValueKind(input)} input`, node.name.line, node.name.column);
    }
  }
  #evaluateTest(node, scope, macroContext, depth) {
    const { name, argumentsNode } = staticTestInvocation(node.right);
    if (isReservedName(name)) throw new Error(`Template test ${name} is reserved`);
    if (!hasBuiltinTest(name)) throw new Error(unknownRuntimeName("template test", name, listBuiltinTestNames()));
    const expectedArity = builtinTestArity(name);
    if (expectedArity === void 0) throw new Error(`Unknown template test ${name}`);
    if (argumentsNode) assertExactPositionalSyntax(argumentsNode, `Template test ${name}`, expectedArity);
    else if (expectedArity !== 0) throw new TypeError(`Template test ${name} requires ${expectedArity} positional argument`);
    const input = this.#evaluateExpression(node.left, scope, macroContext, depth + 1);
    const arguments_ = argumentsNode ? this.#evaluateArguments(argumentsNode, scope, macroContext, depth + 1) : Object.freeze({
      positional: Object.freeze([]),
      keyword: /* @__PURE__ */ new Map()
    });
    this.#chargeExpandedValues([input, ...arguments_.positional]);
    let builtin;
    try {
      builtin = applyBuiltinTest(name, input, arguments_.positional);
    } catch (error) {
      throw contextualizeRuntimeFailure(error, `Test ${formatDiagnosticValue(name)} failed for ${runtimeValueKind(input)} input`, node.right.line, node.right.column);
    }
    if (builtin === void 0) throw new Error(`Invalid template test ${name}`);
    return builtin;
  }
  #evaluateCallBlock(node, scope, macroContext, output, depth) {
    const call = node.call;
    if (call.type !== "FunCall") throw new Error("Invalid call block");
    const target = this.#evaluateExpression(call.name, scope, macroContext, depth + 1);
    if (!(target instanceof RuntimeCallable) || target.callableKind !== "macro") throw new Error("Call blocks can target only template macros");
    const ordinaryArguments = this.#evaluateArguments(call.args, scope, macroContext, depth + 1);
    const keyword = new Map(ordinaryArguments.keyword);
    keyword.set("caller", this.#registerCaller(node.caller, macroContext.lexicalPlan.callableFrame(node.caller), scope, macroContext.lexicalFrame, macroContext.invocationScope));
    const arguments_ = Object.freeze({
      positional: ordinaryArguments.positional,
      keyword
    });
    const value = this.#invokeMacro(target.id, arguments_, depth + 1);
    this.#append(output, renderRuntimeValue(value, this.#chargeExpansionWork));
  }
  #evaluateCall(node, scope, macroContext, depth) {
    const targetNode = node.name;
    const target = this.#evaluateExpression(targetNode, scope, macroContext, depth + 1);
    const name = diagnosticCallablePath(targetNode);
    if (target instanceof RuntimeCallable) {
      if (target.callableKind === "macro" || target.callableKind === "caller") {
        const arguments_ = this.#evaluateArguments(node.args, scope, macroContext, depth + 1);
        return this.#invokeMacro(target.id, arguments_, depth + 1);
      }
      if (target.callableKind === "builtin") {
        this.#assertBuiltinArgumentSyntax(target.id, node.args);
        const arguments_ = this.#evaluateArguments(node.args, scope, macroContext, depth + 1);
        assertRuntimeArgumentsHaveNoCallable(arguments_);
        return this.#invokeBuiltinCallable(target.id, arguments_);
      }
      if (target.callableKind === "capability") {
        const capabilityName = this.#capabilityNames.get(target.id);
        if (!capabilityName || !this.#options.host?.global) throw new Error("Unknown template capability");
        assertPositionalOnlySyntax(node.args, `Registered global ${capabilityName}`);
        const arguments_ = this.#evaluateArguments(node.args, scope, macroContext, depth + 1);
        assertRuntimeArgumentsHaveNoCallable(arguments_);
        this.#chargeCapability();
        const result = this.#options.host.global(capabilityName, arguments_);
        if (result.found) return result.value;
        throw new Error("Unknown template capability");
      }
    }
    if (name) throw new Error(`Template value ${formatDiagnosticValue(name)} resolved to ${runtimeValueKind(target)} and cannot be called`);
    throw new Error(`Template expression resolved to ${runtimeValueKind(target)} and cannot be called`);
  }
  #evaluateArguments(node, scope, macroContext, depth) {
    const positional = [];
    const keyword = /* @__PURE__ */ new Map();
    if (node.type !== "NodeList") throw new Error("Invalid argument list");
    for (const child of node.children) if (child.type === "KeywordArgs") for (const pair of child.children) {
      if (pair.type !== "Pair") throw new Error("Invalid keyword argument");
      const keyNode = pair.key;
      const name = keyNode.type === "Symbol" ? symbolName(keyNode) : runtimeToPropertyKey(this.#evaluateExpression(keyNode, scope, macroContext, depth + 1), this.#chargeExpansionWork);
      if (isReservedName(name)) throw new Error(`Template name ${name} is reserved`);
      keyword.set(name, this.#evaluateExpression(pair.value, scope, macroContext, depth + 1));
    }
    else positional.push(this.#evaluateExpression(child, scope, macroContext, depth + 1));
    return Object.freeze({
      positional: Object.freeze(positional),
      keyword
    });
  }
  #registerGlobal(name) {
    const existing = this.#capabilityHandles.get(name);
    if (existing) return existing;
    const id = this.#nextCallableId++;
    this.#capabilityNames.set(id, name);
    const handle = new RuntimeCallable("capability", id);
    this.#capabilityHandles.set(name, handle);
    return handle;
  }
  #registerBuiltinGlobal(name) {
    if (name !== "range" && name !== "cycler" && name !== "joiner") return;
    const existing = this.#builtinGlobalHandles.get(name);
    if (existing) return existing;
    const id = this.#nextCallableId++;
    this.#builtinCallables.set(id, {
      type: "global",
      name
    });
    const handle = new RuntimeCallable("builtin", id);
    this.#builtinGlobalHandles.set(name, handle);
    return handle;
  }
  #registerCaller(node, framePlan, scope, lexicalFrame, invocationScope) {
    const id = this.#nextCallableId++;
    this.#macros.set(id, {
      node,
      framePlan,
      scope,
      lexicalFrame,
      invocationScope
    });
    return new RuntimeCallable("caller", id);
  }
  #invokeMacro(id, arguments_, depth) {
    const definition = this.#macros.get(id);
    if (!definition) throw new Error("Unknown template macro");
    const local = definition.scope.child(true);
    const bodyMacroContext = definition.node.type === "Caller" ? createMacroBindingContext(new RuntimeLexicalFrame(definition.framePlan.slots, definition.lexicalFrame), definition.framePlan.scope, definition.invocationScope, false, false) : createMacroBindingContext(new RuntimeLexicalFrame(definition.framePlan.slots), definition.framePlan.scope, definition.invocationScope, true, false);
    const args = definition.node.args;
    if (args.type !== "NodeList") throw new Error("Invalid macro arguments");
    const argumentNodes = args.children;
    const positionalNames = [];
    const defaultNames = [];
    let declaresCaller = false;
    for (const argument of argumentNodes) if (argument.type === "KeywordArgs") for (const pair of argument.children) {
      if (pair.type !== "Pair") throw new Error("Invalid macro default");
      const name = symbolName(pair.key);
      defaultNames.push(name);
      declaresCaller ||= name === "caller";
    }
    else {
      const name = symbolName(argument);
      positionalNames.push(name);
      declaresCaller ||= name === "caller";
    }
    const normalized = normalizeMacroArguments(positionalNames, defaultNames, arguments_);
    let positionalIndex = 0;
    for (const argument of argumentNodes) if (argument.type === "KeywordArgs") for (const pair of argument.children) {
      if (pair.type !== "Pair") throw new Error("Invalid macro default");
      const name = symbolName(pair.key);
      const value = normalized.keyword.has(name) ? normalized.keyword.get(name) : this.#evaluateExpression(pair.value, local, bodyMacroContext, depth + 1);
      bindRuntimeLocal(pair.key, name, value, local, bodyMacroContext.lexicalFrame, bodyMacroContext.lexicalPlan);
    }
    else {
      bindRuntimeLocal(argument, symbolName(argument), normalized.positional[positionalIndex], local, bodyMacroContext.lexicalFrame, bodyMacroContext.lexicalPlan);
      positionalIndex += 1;
    }
    if (!declaresCaller && normalized.keyword.has("caller")) bindRuntimeFrameLocal("caller", normalized.keyword.get("caller"), local);
    return this.#capture(definition.node.body, local, bodyMacroContext, depth + 1, true);
  }
  #invokeBuiltinGlobal(name, arguments_) {
    assertRuntimeArgumentsHaveNoCallable(arguments_);
    if (name === "range") {
      this.#chargeExpandedValues(arguments_.positional);
      let start = arguments_.positional[0];
      let stop = arguments_.positional[1];
      let step = arguments_.positional[2];
      if (stop === void 0) {
        stop = start;
        start = 0;
        step = 1;
      } else if (!runtimeTruthy(step)) step = 1;
      const output = [];
      if (runtimeOrder(step, 0, this.#chargeExpansionWork) > 0) for (let value = start; runtimeOrder(value, stop, this.#chargeExpansionWork) < 0; value = runtimeAdd(value, step, this.#chargeExpansionWork)) {
        output.push(value);
        this.#charge(0);
      }
      else for (let value = start; runtimeOrder(value, stop, this.#chargeExpansionWork) > 0; value = runtimeAdd(value, step, this.#chargeExpansionWork)) {
        output.push(value);
        this.#charge(0);
      }
      return new RuntimeArray(output);
    }
    if (name === "cycler") {
      const id2 = this.#nextCallableId++;
      this.#builtinCallables.set(id2, {
        type: "cycler",
        values: Object.freeze(Array.from(arguments_.positional)),
        index: -1
      });
      return new RuntimeCallable("builtin", id2);
    }
    const id = this.#nextCallableId++;
    const separatorValue = arguments_.positional[0];
    if (runtimeTruthy(separatorValue)) assertRuntimeValueHasNoCallable(separatorValue);
    this.#builtinCallables.set(id, {
      type: "joiner",
      separator: runtimeTruthy(separatorValue) ? separatorValue : ",",
      used: false
    });
    return new RuntimeCallable("builtin", id);
  }
  #lookupBuiltinCallable(id, key) {
    const definition = this.#builtinCallables.get(id);
    if (!definition || definition.type !== "cycler") return;
    if (key === "current") return definition.index < 0 ? null : freshMemberCallable(definition.values[definition.index]);
    if (key !== "next" && key !== "reset") return;
    const methodId = this.#nextCallableId++;
    this.#builtinCallables.set(methodId, {
      type: "cycler-method",
      owner: id,
      method: key
    });
    return new RuntimeCallable("builtin", methodId);
  }
  #lookupRuntimeMember(target, key) {
    const propertyKey = typeof key === "string" ? key : runtimeToPropertyKey(key, this.#chargeExpansionWork);
    const ownValue = lookupRuntimeConstantKey(target, key);
    if (ownValue !== void 0 || hasRuntimeConstantKey(target, propertyKey)) return freshMemberCallable(ownValue);
    const intrinsic = resolveRuntimeIntrinsic(target, propertyKey, this.#options.cookiecutterCompat);
    if (intrinsic) {
      const id = this.#nextCallableId++;
      this.#builtinCallables.set(id, {
        type: "intrinsic",
        method: intrinsic
      });
      return new RuntimeCallable("builtin", id);
    }
  }
  #invokeBuiltinCallable(id, arguments_) {
    assertRuntimeArgumentsHaveNoCallable(arguments_);
    const definition = this.#builtinCallables.get(id);
    if (!definition) throw new Error("Unknown interpreter builtin callable");
    if (definition.type === "global") return this.#invokeBuiltinGlobal(definition.name, arguments_);
    if (definition.type === "joiner") {
      if (!definition.used) {
        definition.used = true;
        return "";
      }
      return definition.separator;
    }
    if (definition.type === "cycler-method") {
      const owner = this.#builtinCallables.get(definition.owner);
      if (!owner || owner.type !== "cycler") throw new Error("Unknown interpreter cycler");
      if (definition.method === "reset") {
        owner.index = -1;
        return;
      }
      if (owner.values.length === 0) {
        owner.index = 0;
        return;
      }
      owner.index = (owner.index + 1) % owner.values.length;
      return owner.values[owner.index];
    }
    if (definition.type === "intrinsic") {
      const scratchBytes = this.#assertScratch([definition.method.receiver, ...arguments_.positional]);
      const result = invokeRuntimeIntrinsic(definition.method, arguments_.positional, {
        allowRegexExecution: this.#options.allowRegexExecution,
        cookiecutterCompat: this.#options.cookiecutterCompat,
        chargeWork: this.#chargeExpansionWork
      });
      this.#reserveIntrinsicResult(result, scratchBytes);
      return result;
    }
    throw new Error("Interpreter builtin object is not directly callable");
  }
  #assertBuiltinArgumentSyntax(id, node) {
    const definition = this.#builtinCallables.get(id);
    if (!definition) throw new Error("Unknown interpreter builtin callable");
    if (definition.type === "global") {
      assertPositionalOnlySyntax(node, `Built-in global ${definition.name}`);
      if (definition.name === "range") assertMaximumPositionalSyntax(node, "Built-in global range", 3);
      else if (definition.name === "joiner") assertMaximumPositionalSyntax(node, "Built-in global joiner", 1);
      return;
    }
    if (definition.type === "joiner") {
      assertExactPositionalSyntax(node, "Joiner instance", 0);
      return;
    }
    if (definition.type === "cycler-method") {
      assertExactPositionalSyntax(node, `Cycler ${definition.method}`, 0);
      return;
    }
    if (definition.type === "intrinsic") {
      const operation = `Template intrinsic ${definition.method.name}`;
      assertPositionalOnlySyntax(node, operation);
      const arity = runtimeIntrinsicArity(definition.method, this.#options.cookiecutterCompat);
      assertPositionalRangeSyntax(node, operation, arity.minimum, arity.maximum);
      return;
    }
    throw new Error("Interpreter builtin object is not directly callable");
  }
  #capture(node, scope, macroContext, depth, safe) {
    const chunks = [];
    this.#evaluateNode(node, scope, macroContext, chunks, depth + 1);
    const value = chunks.join("");
    return safe ? new RuntimeSafeString(value) : value;
  }
  #append(output, value, encoded = value) {
    this.#chargeOutputCodeUnits(value.length);
    output.push(value);
    if (output === this.#jsonOutputTarget) {
      this.#chargeOutputCodeUnits(encoded.length);
      this.#jsonOutput.push(encoded);
    }
  }
  #chargeOutputCodeUnits(codeUnits) {
    this.#outputCodeUnits += codeUnits;
    if (this.#options.limits.outputCodeUnits !== Number.POSITIVE_INFINITY && this.#outputCodeUnits > this.#options.limits.outputCodeUnits) throw new TemplateLimitError("outputCodeUnits", {
      phase: "evaluate",
      configured: this.#options.limits.outputCodeUnits,
      observed: this.#outputCodeUnits
    });
  }
  #charge(depth) {
    if (this.#options.limits.nestingDepth !== Number.POSITIVE_INFINITY && depth > this.#options.limits.nestingDepth) throw new TemplateLimitError("nestingDepth", {
      phase: "evaluate",
      configured: this.#options.limits.nestingDepth,
      observed: depth
    });
    this.#workUnits += 1;
    if (this.#options.limits.workUnits !== Number.POSITIVE_INFINITY && this.#workUnits > this.#options.limits.workUnits) throw new TemplateLimitError("workUnits", {
      phase: "evaluate",
      configured: this.#options.limits.workUnits,
      observed: this.#workUnits
    });
  }
  #chargeCapability() {
    this.#capabilityCalls += 1;
    if (this.#options.limits.capabilityCalls !== Number.POSITIVE_INFINITY && this.#capabilityCalls > this.#options.limits.capabilityCalls) throw new TemplateLimitError("capabilityCalls", {
      phase: "evaluate",
      configured: this.#options.limits.capabilityCalls,
      observed: this.#capabilityCalls
    });
  }
  #assertScratch(values) {
    const bounded = this.#options.limits.scratchBytes !== Number.POSITIVE_INFINITY;
    let bytes = 0;
    for (const value of values) {
      bytes += runtimeValueBytes(value, this.#chargeExpansionWork);
      if (bounded && bytes > this.#options.limits.scratchBytes) throw new TemplateLimitError("scratchBytes", {
        phase: "evaluate",
        configured: this.#options.limits.scratchBytes,
        observed: bytes
      });
    }
    return bounded ? bytes : 0;
  }
  #chargeExpandedValues(values) {
    for (const value of values) chargeRuntimeValueExpansion(value, this.#chargeExpansionWork);
  }
  #reserveIndexedValues(count, existingScratchBytes) {
    const workLimit = this.#options.limits.workUnits;
    if (workLimit !== Number.POSITIVE_INFINITY && (!Number.isSafeInteger(count) || count > workLimit - this.#workUnits)) throw new TemplateLimitError("workUnits", {
      phase: "evaluate",
      configured: workLimit,
      observed: this.#workUnits + count
    });
    const scratchLimit = this.#options.limits.scratchBytes;
    if (scratchLimit !== Number.POSITIVE_INFINITY && (!Number.isSafeInteger(count) || count > Math.floor((scratchLimit - existingScratchBytes) / indexedValueScratchBytes))) throw new TemplateLimitError("scratchBytes", {
      phase: "evaluate",
      configured: scratchLimit,
      observed: existingScratchBytes + count * indexedValueScratchBytes
    });
    if (!Number.isSafeInteger(count) || count < 0) throw new RangeError("Array-like record length exceeds the supported range");
    this.#workUnits += count;
  }
  #reserveIntrinsicResult(result, existingScratchBytes) {
    if (result instanceof RuntimeArray) this.#reserveIndexedValues(result.length, existingScratchBytes);
  }
};
function symbolName(node) {
  if (node.type !== "Symbol") throw new Error(`Expected symbol, received ${node.type}`);
  const name = node.value;
  if (typeof name !== "string" || isReservedName(name)) throw new Error("Invalid or reserved template symbol");
  return name;
}
function staticTestInvocation(node) {
  if (node.type === "FunCall" || node.type === "Filter") return {
    name: directStaticTestName(node.name),
    argumentsNode: node.args
  };
  return { name: directStaticTestName(node) };
}
function directStaticTestName(node) {
  switch (node.type) {
    case "Literal": {
      const value = node.value;
      return isRegexLiteral(value) ? runtimeToString(new RuntimeRegex(value.source, value.flags)) : runtimeToString(value);
    }
    case "Symbol":
      return symbolName(node);
    case "Root":
    case "NodeList":
    case "Output":
    case "TemplateData":
    case "Group":
    case "Array":
    case "Dict":
    case "KeywordArgs":
    case "Pair":
    case "LookupVal":
    case "Slice":
    case "If":
    case "InlineIf":
    case "For":
    case "Macro":
    case "Caller":
    case "FunCall":
    case "Filter":
    case "CallBlock":
    case "Block":
    case "Set":
    case "Switch":
    case "Case":
    case "Capture":
    case "In":
    case "Is":
    case "Or":
    case "And":
    case "Add":
    case "Concat":
    case "Sub":
    case "Mul":
    case "Div":
    case "Mod":
    case "Pow":
    case "Not":
    case "Neg":
    case "Pos":
    case "Floor":
    case "Compare":
    case "CompareOperand":
      return "undefined";
    default:
      return assertNeverStaticTestNode(node);
  }
}
function assertNeverStaticTestNode(node) {
  throw new Error("Unexpected static test node");
}
function diagnosticCallablePath(node) {
  if (node.type === "Symbol") return symbolName(node);
  if (node.type !== "LookupVal") return;
  const parent = diagnosticCallablePath(node.target);
  const key = node.val;
  const value = key.type === "Literal" || key.type === "Symbol" ? key.value : void 0;
  if (!parent || typeof value !== "string") return;
  return `${parent}.${value}`;
}
function literalString(node) {
  if (node.type !== "TemplateData") throw new Error("Invalid template text node");
  return node.value;
}
function isRegexLiteral(value) {
  return Boolean(value && typeof value === "object" && !Array.isArray(value) && "type" in value && value.type === "regex-literal");
}
function constantLookupKey(node) {
  if (node.type !== "Literal") return { found: false };
  const value = node.value;
  if (value === void 0 || value === null || typeof value === "boolean" || typeof value === "number" || typeof value === "string") return {
    found: true,
    value
  };
  return { found: false };
}
function freshMemberCallable(value) {
  return value instanceof RuntimeCallable ? new RuntimeCallable(value.callableKind, value.id) : value;
}
function bindLoopTargets(targets, value, compilerBranch, scope, lexicalFrame, lexicalPlan) {
  if (targets.length === 1) {
    const target = targets[0];
    bindRuntimeLocal(target, symbolName(target), value, scope, lexicalFrame, lexicalPlan);
    return;
  }
  if (compilerBranch === "array") {
    for (const [index, target] of targets.entries()) bindLexicalAssignment(target, destructureRuntimeValue(value, index), lexicalFrame, lexicalPlan);
    return;
  }
  for (let index = 0; index < targets.length && index < 2; index += 1) {
    const target = targets[index];
    bindRuntimeLocal(target, symbolName(target), destructureRuntimeValue(value, index), scope, lexicalFrame, lexicalPlan);
  }
}
function bindRuntimeLocal(target, name, value, scope, lexicalFrame, lexicalPlan) {
  scope.set(name, value);
  const slot = lexicalPlan.slot(target);
  if (slot !== void 0) lexicalFrame.set(slot, value);
}
function bindRuntimeFrameLocal(name, value, scope) {
  scope.set(name, value);
}
function bindLexicalAssignment(target, value, lexicalFrame, lexicalPlan) {
  const slot = lexicalPlan.slot(target);
  if (slot !== void 0) lexicalFrame.set(slot, value);
}
function bindAssignment(target, value, scope) {
  if (target.type !== "Symbol") throw new Error(`Invalid assignment target ${target.type}`);
  scope.assign(symbolName(target), value);
}
function iterableEntries(value, targetCount, chargeWork) {
  const compilerBranch = value instanceof RuntimeArray || value instanceof RuntimeSafeString || value instanceof RuntimeMap || value instanceof RuntimeSet ? "array" : "record";
  if (targetCount === 1) {
    if (value instanceof RuntimeArray) return {
      compilerBranch,
      length: value.length,
      values: value.values()
    };
    if (value instanceof RuntimeRecord) {
      const length = value.get("length");
      return {
        compilerBranch,
        length,
        values: recordIndexValues(value, length, chargeWork)
      };
    }
    if (value instanceof RuntimeMap) return {
      compilerBranch,
      length: value.size,
      values: mapIterationValues(value)
    };
    if (value instanceof RuntimeSet) return {
      compilerBranch,
      length: value.size,
      values: value.values()
    };
    if (typeof value === "string" || value instanceof RuntimeSafeString) {
      const text = typeof value === "string" ? value : value.value;
      return {
        compilerBranch,
        length: text.length,
        values: stringCodeUnits(text)
      };
    }
    return {
      compilerBranch,
      length: void 0,
      values: emptyRuntimeValues()
    };
  }
  if (value instanceof RuntimeArray) return {
    compilerBranch,
    length: value.length,
    values: value.values()
  };
  if (value instanceof RuntimeMap) return {
    compilerBranch: "array",
    length: value.size,
    values: mapIterationValues(value)
  };
  if (value instanceof RuntimeSet) return {
    compilerBranch: "array",
    length: value.size,
    values: value.values()
  };
  if (value instanceof RuntimeRecord) return {
    compilerBranch,
    length: value.size,
    values: recordIterationValues(value)
  };
  if (typeof value === "string") return {
    compilerBranch,
    length: value.length,
    values: indexedStringIterationValues(value)
  };
  if (value instanceof RuntimeSafeString) return {
    compilerBranch,
    length: value.value.length,
    values: stringCodeUnits(value.value)
  };
  return {
    compilerBranch,
    length: 0,
    values: emptyRuntimeValues()
  };
}
function destructureRuntimeValue(value, index) {
  if (value === void 0 || value === null) throw new TypeError("Cannot destructure a nullish loop value");
  if (value instanceof RuntimeArray) return value.at(index);
  if (value instanceof RuntimeRecord) return value.get(`${index}`);
  if (typeof value === "string") return value[index];
}
function* recordIndexValues(value, length, chargeWork) {
  const numericLength = runtimeToNumber(length, chargeWork);
  for (let index = 0; index < numericLength; index += 1) yield value.get(`${index}`);
}
function* recordIterationValues(value) {
  for (const [key, item] of value.entries()) yield new RuntimeArray([key, item]);
}
function* mapIterationValues(value) {
  for (const [key, item] of value.entries()) yield new RuntimeArray([key, item]);
}
function* indexedStringIterationValues(value) {
  for (let index = 0; index < value.length; index += 1) yield new RuntimeArray([`${index}`, value[index]]);
}
function* emptyRuntimeValues() {
}
function runtimeCompare(left, operator, right, chargeWork) {
  switch (operator) {
    case "==":
      return runtimeLooseEqual(left, right, chargeWork);
    case "===":
      return runtimeStrictEqual(left, right);
    case "!=":
      return !runtimeLooseEqual(left, right, chargeWork);
    case "!==":
      return !runtimeStrictEqual(left, right);
    case "<":
      return runtimeOrder(left, right, chargeWork) < 0;
    case "<=":
      return runtimeOrder(left, right, chargeWork) <= 0;
    case ">":
      return runtimeOrder(left, right, chargeWork) > 0;
    case ">=":
      return runtimeOrder(left, right, chargeWork) >= 0;
    default:
      throw new Error(`Unsupported comparison operator ${operator}`);
  }
}
function assertRuntimeArgumentsHaveNoCallable(arguments_) {
  for (const value of arguments_.positional) assertRuntimeValueHasNoCallable(value);
  for (const value of arguments_.keyword.values()) assertRuntimeValueHasNoCallable(value);
}
function assertPositionalOnlySyntax(node, operation) {
  if (argumentSyntax(node).keywordCount > 0) throw new TypeError(`${operation} does not accept keyword arguments`);
}
function assertExactPositionalSyntax(node, operation, expected) {
  assertPositionalOnlySyntax(node, operation);
  if (argumentSyntax(node).positionalCount !== expected) throw new TypeError(`${operation} requires ${expected} positional argument${expected === 1 ? "" : "s"}`);
}
function assertMaximumPositionalSyntax(node, operation, maximum) {
  if (argumentSyntax(node).positionalCount > maximum) throw new TypeError(`${operation} accepts at most ${maximum} positional argument${maximum === 1 ? "" : "s"}`);
}
function assertPositionalRangeSyntax(node, operation, minimum, maximum) {
  const actual = argumentSyntax(node).positionalCount;
  if (actual < minimum || actual > maximum) {
    const range = minimum === maximum ? `${minimum}` : maximum === Number.POSITIVE_INFINITY ? `at least ${minimum}` : `${minimum} to ${maximum}`;
    throw new TypeError(`${operation} requires ${range} positional arguments`);
  }
}
function argumentSyntax(node) {
  if (node.type !== "NodeList") throw new Error("Invalid argument list");
  let positionalCount = 0;
  let keywordCount = 0;
  for (const child of node.children) if (child.type === "KeywordArgs") keywordCount += child.children.length;
  else positionalCount += 1;
  return {
    positionalCount,
    keywordCount
  };
}
function runtimeContains(container, needle, chargeWork) {
  if (typeof container === "string") return container.includes(runtimeToString(needle, chargeWork));
  if (container instanceof RuntimeSafeString) {
    const propertyKey = runtimeToPropertyKey(needle, chargeWork);
    return propertyKey === "length" || propertyKey === "val";
  }
  if (container instanceof RuntimeArray) {
    for (const value of container.presentValues()) if (runtimeStrictEqual(value, needle)) return true;
    return false;
  }
  if (container instanceof RuntimeRecord) return container.has(runtimeToPropertyKey(needle, chargeWork));
  throw new Error("Membership requires an array, record, or string");
}
function runtimeValueBytes(value, chargeWork) {
  if (value instanceof RuntimeArray) {
    let bytes = 0;
    for (const item of value.values()) {
      chargeWork?.();
      bytes += runtimeValueBytes(item, chargeWork);
    }
    return bytes;
  }
  if (value instanceof RuntimeRecord) {
    let bytes = 0;
    for (const [key, item] of value.entries()) {
      chargeWork?.();
      bytes += estimateStringBytes(key) + runtimeValueBytes(item, chargeWork);
    }
    return bytes;
  }
  if (value instanceof RuntimeMap) {
    let bytes = 0;
    for (const [key, item] of value.entries()) {
      chargeWork?.();
      bytes += runtimeValueBytes(key, chargeWork) + runtimeValueBytes(item, chargeWork);
    }
    return bytes;
  }
  if (value instanceof RuntimeSet) {
    let bytes = 0;
    for (const item of value.values()) {
      chargeWork?.();
      bytes += runtimeValueBytes(item, chargeWork);
    }
    return bytes;
  }
  return estimateStringBytes(renderRuntimeValue(value, chargeWork));
}
function chargeRuntimeValueExpansion(value, chargeWork) {
  if (value instanceof RuntimeArray) for (const item of value.values()) {
    chargeWork();
    chargeRuntimeValueExpansion(item, chargeWork);
  }
  else if (value instanceof RuntimeRecord) for (const [, item] of value.entries()) {
    chargeWork();
    chargeRuntimeValueExpansion(item, chargeWork);
  }
  else if (value instanceof RuntimeMap) for (const [key, item] of value.entries()) {
    chargeWork();
    chargeRuntimeValueExpansion(key, chargeWork);
    chargeRuntimeValueExpansion(item, chargeWork);
  }
  else if (value instanceof RuntimeSet) for (const item of value.values()) {
    chargeWork();
    chargeRuntimeValueExpansion(item, chargeWork);
  }
}
function unknownRuntimeName(description, name, candidates) {
  const suggestion = suggestDiagnosticName(name, candidates);
  return `Unknown ${description} ${formatDiagnosticValue(name)}` + (suggestion ? `; did you mean ${formatDiagnosticValue(suggestion)}?` : "");
}
function* diagnosticFilterNames(cookiecutterCompat, configuredNames) {
  yield* listBuiltinFilterNames();
  if (cookiecutterCompat) yield "jsonify";
  yield* configuredNames;
}
function contextualizeRuntimeFailure(error, context, line, column) {
  if (error instanceof TemplateLimitError) throw error;
  const failure = RuntimeEvaluationError.from(error, line, column);
  return new RuntimeEvaluationError(failure.code, `${context}: ${failure.message}`, failure.line, failure.column);
}
function runtimeValueKind(value) {
  if (value === void 0) return "undefined";
  if (value === null) return "null";
  if (typeof value === "boolean" || typeof value === "number" || typeof value === "string") return typeof value;
  if (value instanceof RuntimeArray) return "array";
  if (value instanceof RuntimeRecord) return "record";
  if (value instanceof RuntimeMap) return "Map";
  if (value instanceof RuntimeSet) return "Set";
  if (value instanceof RuntimeSafeString) return "safe string";
  if (value instanceof RuntimeRegex) return "regular expression";
  if (value instanceof RuntimeCallable) return "callable";
  return "unknown value";
}
function createMacroBindingContext(lexicalFrame, lexicalPlan, invocationScope, exportsMacros, exportsAssignments) {
  return Object.freeze({
    lexicalFrame,
    lexicalPlan,
    invocationScope,
    exportsMacros,
    exportsAssignments
  });
}
var templateIdentifierPattern = /^[A-Za-z_][A-Za-z0-9_]*$/;
function createRuntimeHost(capabilities) {
  const filters = copyFunctions(capabilities.filters, "filter");
  const filterNames = Object.freeze(Array.from(filters.keys()));
  const globalFunctions = /* @__PURE__ */ new Map();
  const globalValues = /* @__PURE__ */ new Map();
  copyGlobals(capabilities.globals, globalFunctions, globalValues);
  return Object.freeze({
    hasFilter(name) {
      return filters.has(name);
    },
    filterNames() {
      return filterNames;
    },
    hasGlobal(name) {
      return globalFunctions.has(name);
    },
    globalValue(name) {
      return globalValues.has(name) ? {
        found: true,
        value: globalValues.get(name)
      } : { found: false };
    },
    filter(name, input, arguments_) {
      const callback = filters.get(name);
      if (!callback) return { found: false };
      return invokeCapability(`filter ${formatDiagnosticValue(name)}`, () => {
        return {
          found: true,
          value: copyRuntimeValue(callback(copyPublicValue(input), ...arguments_.positional.map(copyPublicValue)))
        };
      });
    },
    global(name, arguments_) {
      const callback = globalFunctions.get(name);
      if (!callback) return { found: false };
      return invokeCapability(`global ${formatDiagnosticValue(name)}`, () => {
        return {
          found: true,
          value: copyRuntimeValue(callback(...arguments_.positional.map(copyPublicValue)))
        };
      });
    }
  });
}
function invokeCapability(description, operation) {
  clearLegacyRegExpState();
  try {
    try {
      return operation();
    } catch (thrown) {
      const detail = extractCapabilityMessage(thrown);
      throw new RuntimeEvaluationError("capability_error", detail ? `Template ${description} failed: ${detail}` : `Template ${description} failed`);
    }
  } finally {
    clearLegacyRegExpState();
  }
}
function extractCapabilityMessage(thrown) {
  if (typeof thrown === "string") return neutralizeDiagnosticMessage(thrown);
  if (!hostTypes.isNativeError(thrown)) return;
  const descriptor = Object.getOwnPropertyDescriptor(thrown, "message");
  if (!descriptor || !("value" in descriptor) || typeof descriptor.value !== "string") return;
  return neutralizeDiagnosticMessage(descriptor.value);
}
function copyFunctions(callbacks, kind) {
  const copied = /* @__PURE__ */ new Map();
  if (!callbacks) return copied;
  assertPlainRecord(callbacks, `${kind} registry`);
  for (const key of Reflect.ownKeys(callbacks)) {
    if (typeof key !== "string") throw new TypeError(`Template ${kind} registry cannot contain symbol keys`);
    if (isReservedName(key)) throw new TypeError(`Template ${kind} name ${key} is reserved`);
    if (kind === "filter") assertValidFilterName(key);
    const descriptor = Object.getOwnPropertyDescriptor(callbacks, key);
    if (!descriptor?.enumerable) continue;
    if (!("value" in descriptor) || typeof descriptor.value !== "function") throw new TypeError(`Template ${kind} ${key} must be a function data property`);
    copied.set(key, descriptor.value);
  }
  return copied;
}
function assertValidFilterName(name) {
  const segments = name.split(".");
  for (const segment of segments) {
    if (isReservedName(segment)) throw new TypeError(`Template filter name segment ${segment} is reserved`);
    if (!templateIdentifierPattern.test(segment)) throw new TypeError("Template filter name must contain valid identifier segments");
  }
}
function copyGlobals(globals, functions, values) {
  if (!globals) return;
  assertPlainRecord(globals, "global registry");
  for (const key of Reflect.ownKeys(globals)) {
    if (typeof key !== "string") throw new TypeError("Template global registry cannot contain symbol keys");
    if (isReservedName(key)) throw new TypeError(`Template global name ${key} is reserved`);
    if (!templateIdentifierPattern.test(key)) throw new TypeError("Template global name must be a valid template identifier");
    const descriptor = Object.getOwnPropertyDescriptor(globals, key);
    if (!descriptor?.enumerable) continue;
    if (!("value" in descriptor)) throw new TypeError(`Template global ${key} must be a data property`);
    if (typeof descriptor.value === "function") functions.set(key, descriptor.value);
    else values.set(key, copyPersistentRuntimeValue(descriptor.value));
  }
}
function assertPlainRecord(value, description) {
  if (hostTypes.isProxy(value)) throw new TypeError(`Template ${description} cannot be a Proxy object`);
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) throw new TypeError(`Template ${description} must be a plain record`);
}
var preparedTemplateContextStates = /* @__PURE__ */ new WeakMap();
var TemplateRenderError = class extends Error {
  /** Stable machine-readable failure category. */
  code;
  /** Template processing stage that failed. */
  phase;
  /** One-based template line when the renderer can identify it. */
  line;
  /** One-based template column when the renderer can identify it. */
  column;
  /** Creates a renderer-owned structured render diagnostic. */
  constructor(message, details = {
    code: "evaluation_error",
    phase: "evaluate",
    line: void 0,
    column: void 0
  }) {
    const detail = typeof message === "string" ? message : "Template rendering failed";
    const location = details.line === void 0 ? "" : details.column === void 0 ? `Template error at line ${details.line}: ` : `Template error at line ${details.line}, column ${details.column}: `;
    super(neutralizeDiagnosticMessage(`${location}${detail}`));
    this.name = "TemplateRenderError";
    this.code = details.code;
    this.phase = details.phase;
    this.line = details.line;
    this.column = details.column;
    Object.defineProperty(this, "cause", {
      configurable: false,
      enumerable: false,
      value: void 0,
      writable: false
    });
  }
};
function createTemplateRenderer(options = {}) {
  const allowRegexExecution = options.allowRegexExecution ?? false;
  const cookiecutterCompat = options.cookiecutterCompat ?? false;
  const trimBlocks = options.trimBlocks ?? false;
  const lstripBlocks = options.lstripBlocks ?? false;
  const host = createRuntimeHost(options);
  const rendererOwner = Object.freeze({});
  const emptyContext = new RuntimeRecord([]);
  function renderTemplate(source, context, renderOptions, evaluate, allowValueCoercion = false) {
    try {
      const requestedCoercion = allowValueCoercion ? renderOptions.coercion : void 0;
      const coercion = requestedCoercion === void 0 ? "none" : requestedCoercion;
      if (coercion !== "none" && coercion !== "json") throw new TypeError("Unknown template value coercion mode");
      if (typeof source !== "string") throw new TypeError("Template source must be a string");
      const resolvedContext = resolveRuntimeContext(rendererOwner, context, emptyContext);
      const limits = normalizeTemplateRenderLimits(renderOptions.limits);
      try {
        return evaluate(source, resolvedContext.value, {
          allowRegexExecution,
          cloneContextBeforeMutation: resolvedContext.prepared,
          cookiecutterCompat,
          trimBlocks,
          lstripBlocks,
          limits,
          host,
          valueCoercion: coercion
        });
      } catch (error) {
        if (error instanceof TemplateLimitError) throw error;
        const diagnostic = publicRenderDiagnostic(error);
        throw new TemplateRenderError(diagnostic.message, diagnostic);
      }
    } finally {
      clearLegacyRegExpState();
    }
  }
  return Object.freeze({
    prepareContext(context = {}) {
      return createPreparedTemplateContext(rendererOwner, copyPersistentRuntimeContext(context));
    },
    render(source, context, renderOptions = {}) {
      return renderTemplate(source, context, renderOptions, evaluateRuntimeTemplate);
    },
    renderValue(source, context, renderOptions = {}) {
      return renderTemplate(source, context, renderOptions, evaluateRuntimeTemplateValue, true);
    }
  });
}
function publicRenderDiagnostic(error) {
  if (error instanceof NunjitsuParseError) return {
    code: "syntax_error",
    phase: "parse",
    line: oneBased(error.line),
    column: oneBased(error.column),
    message: error.message
  };
  if (RuntimeEvaluationError.is(error)) return {
    code: error.code,
    phase: "evaluate",
    line: oneBased(error.line),
    column: oneBased(error.column),
    message: error.message
  };
  return {
    code: "evaluation_error",
    phase: "evaluate",
    line: void 0,
    column: void 0,
    message: "Template rendering failed"
  };
}
function oneBased(value) {
  return value === void 0 ? void 0 : value + 1;
}
function createPreparedTemplateContext(owner, value) {
  const prepared = Object.freeze({ withValue(path, publicValue) {
    return createPreparedTemplateContext(owner, withRuntimeContextPath(value, path, copyPersistentRuntimeValue(publicValue)));
  } });
  preparedTemplateContextStates.set(prepared, {
    owner,
    value
  });
  return prepared;
}
function resolveRuntimeContext(owner, context, emptyContext) {
  if (context === void 0) return {
    value: emptyContext,
    prepared: false
  };
  const state = preparedTemplateContextStates.get(context);
  if (state) {
    if (state.owner !== owner) throw new TypeError("Prepared context belongs to a different template renderer");
    return {
      value: state.value,
      prepared: true
    };
  }
  return {
    value: copyRuntimeContext(context),
    prepared: false
  };
}

// app/core/scaffold/template-filters.ts
var import_get = __toESM(require_get(), 1);
function parseRepoUrl(repoUrl, settings = {}) {
  let parsed;
  try {
    parsed = new URL(`https://${repoUrl}`);
  } catch (error) {
    throw new Error(`Invalid repo URL passed to publisher, got ${repoUrl}, ${String(error)}`, { cause: error });
  }
  const hosts = ["github.com", ...settings.githubHosts ?? []];
  if (!hosts.includes(parsed.host))
    throw new Error(
      `${parsed.host} is not a GitHub host Callboard knows (${hosts.join(", ")}): use github.com?owner=\u2026&repo=\u2026`
    );
  for (const param2 of ["repo", "owner"])
    if (!parsed.searchParams.get(param2))
      throw new Error(`Invalid repo URL passed to publisher: ${parsed.toString()}, missing ${param2}`);
  const param = (name) => trimSlashes(parsed.searchParams.get(name));
  return { host: parsed.host, owner: param("owner"), repo: param("repo") };
}
function trimSlashes(value) {
  let start = 0;
  let end = value.length;
  while (start < end && value[start] === "/") start++;
  while (end > start && value[end - 1] === "/") end--;
  return value.slice(start, end);
}
function backstageFilters(settings) {
  return {
    parseRepoUrl: (url) => {
      const spec = parseRepoUrl(String(url), settings);
      return { ...spec };
    },
    projectSlug: (url) => {
      const { owner, repo } = parseRepoUrl(String(url), settings);
      return `${owner}/${repo}`;
    },
    parseEntityRef: (ref, context) => {
      const parsed = parseEntityRef(ref, context ?? {});
      if (!parsed.ok) throw new Error(parsed.message);
      return { ...parsed.ref };
    },
    pick: (value, path) => (0, import_get.default)(value, path)
  };
}

// app/core/scaffold/template-engine.ts
function templateEngine(options = {}) {
  return createTemplateRenderer({
    filters: backstageFilters(options),
    allowRegexExecution: true,
    cookiecutterCompat: options.cookiecutterCompat,
    trimBlocks: options.trimBlocks,
    lstripBlocks: options.lstripBlocks
  });
}
var TemplateProblem = class extends Error {
  line;
  column;
  constructor(message, line, column) {
    super(message);
    this.name = "TemplateProblem";
    this.line = line;
    this.column = column;
  }
};
function rendering(what, render) {
  try {
    return render();
  } catch (error) {
    if (error instanceof TemplateRenderError || error instanceof TemplateLimitError) {
      const where = error.line ? ` (line ${error.line}${error.column ? `, column ${error.column}` : ""})` : "";
      const message = error.message.replace(/^Template error at line \d+, column \d+: /, "");
      const limit = error instanceof TemplateLimitError ? " \u2014 the template does too much work; make it smaller" : "";
      throw new TemplateProblem(`${what}${where}: ${message}${limit}`, error.line, error.column);
    }
    throw error;
  }
}
function renderInput(engine, value, context, what) {
  return JSON.parse(
    JSON.stringify(value) ?? "null",
    (_key, item) => typeof item === "string" ? rendering(`${what}: "${clip(item)}"`, () => engine.renderValue(item, context, { coercion: "json" })) : item
  );
}
var clip = (text) => text.length > 80 ? `${text.slice(0, 77)}\u2026` : text;

// app/core/scaffold/actions/fetch-actions.ts
var decoder = new TextDecoder("utf-8", { ignoreBOM: true });
var encoder = new TextEncoder();
function sourcePath(input, action, required) {
  const url = required ? requiredString(input, "url", action) : stringInput(input, "url", action) ?? ".";
  if (/^[a-z][a-z0-9+.-]*:/i.test(url))
    throw new ActionInputError(
      `${action}: url ${url} is not in the template's folder; Callboard reads skeletons from beside template.yaml (url: ./skeleton)`
    );
  try {
    return childPath("", url);
  } catch {
    throw new ActionInputError(
      `${action}: url ${url} leaves the template's folder; Callboard reads skeletons from the folder of template.yaml and below (a skeleton shared by several templates: copy it beside each)`
    );
  }
}
function skeletonOf(context, input, action) {
  const folder = sourcePath(input, action, true);
  if (!hasFolder(context.template, folder))
    throw new ActionInputError(`${action}: ${folder} is not a folder beside template.yaml`);
  return subtree(context.template, folder);
}
function fileOf(context, input, action) {
  const path = sourcePath(input, action, true);
  const file = context.template.files.get(path);
  if (!file) throw new ActionInputError(`${action}: ${path} is not a file beside template.yaml`);
  return file;
}
function templateSettings(input, action) {
  const patterns = input.copyWithoutTemplating ?? input.copyWithoutRender;
  if (patterns !== void 0 && (!Array.isArray(patterns) || patterns.some((p) => typeof p !== "string")))
    throw new ActionInputError(`${action}: input copyWithoutTemplating must be a list of glob patterns`);
  const extensionInput = input.templateFileExtension;
  if (extensionInput && (patterns || input.cookiecutterCompat))
    throw new ActionInputError(
      `${action}: input templateFileExtension cannot be used with copyWithoutTemplating or cookiecutterCompat`
    );
  let extension;
  if (extensionInput) {
    extension = extensionInput === true ? ".njk" : String(extensionInput);
    if (!extension.startsWith(".")) extension = `.${extension}`;
  }
  return {
    target: childPath("", stringInput(input, "targetPath", action) ?? "./"),
    copyOnly: patterns ? (0, import_picomatch.default)(patterns, { dot: true }) : void 0,
    extension,
    replace: booleanInput(input, "replace", action) ?? false
  };
}
function engineFor(context, input, action) {
  return templateEngine({
    ...context.engine,
    cookiecutterCompat: booleanInput(input, "cookiecutterCompat", action),
    trimBlocks: booleanInput(input, "trimBlocks", action),
    lstripBlocks: booleanInput(input, "lstripBlocks", action)
  });
}
var valuesOf = (input) => ({
  [input.cookiecutterCompat ? "cookiecutter" : "values"]: input.values ?? {}
});
function textOf(file, render) {
  const text = decoder.decode(file.content);
  return { content: encoder.encode(render ? render(text) : text), kind: file.kind };
}
function entriesOf(tree) {
  const folders = new Set(tree.folders);
  for (const path of tree.files.keys())
    for (let at = path.indexOf("/"); at !== -1; at = path.indexOf("/", at + 1)) folders.add(path.slice(0, at));
  return [...[...folders].map((f) => `${f}/`), ...tree.files.keys()].sort();
}
var skipped = (path) => path === "" || path.startsWith("/") || path.includes("//");
var extname = (path) => {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot) : "";
};
function writeEntry(workspace, outputPath, file, replace) {
  if (workspace.exists(outputPath) && !replace) return;
  if (!file) workspace.makeFolder(outputPath);
  else workspace.write(outputPath, file);
}
var fetchTemplate = {
  id: "fetch:template",
  run(input, context) {
    const action = this.id;
    const skeleton = skeletonOf(context, input, action);
    const settings = templateSettings(input, action);
    const engine = engineFor(context, input, action);
    const prepared = rendering(`${action} values`, () => engine.prepareContext(valuesOf(input)));
    const render = (what, text) => rendering(what, () => engine.render(text, prepared));
    for (const entry of entriesOf(skeleton)) {
      const isFolder = entry.endsWith("/");
      let local = isFolder ? entry.slice(0, -1) : entry;
      let renderContents = !settings.copyOnly?.(local);
      if (settings.extension && !isFolder) {
        renderContents = extname(local) === settings.extension;
        if (renderContents) local = local.slice(0, -settings.extension.length);
      }
      const rendered = render(`${action}: the path ${entry}`, isFolder ? `${local}/` : local);
      const outputRelative = isFolder ? rendered.replace(/\/$/, "") : rendered;
      if (skipped(outputRelative)) continue;
      const outputPath = childPath(settings.target, outputRelative);
      const file = isFolder ? void 0 : skeleton.files.get(entry);
      if (file) checkLinkTarget(outputPath, file);
      const written = !file || file.kind === "symlink" || (0, import_isbinaryfile.isBinaryFileSync)(Buffer.from(file.content)) ? file : textOf(file, renderContents ? (text) => render(`${action}: ${entry}`, text) : void 0);
      writeEntry(context.workspace, outputPath, written, settings.replace);
    }
  }
};
var fetchTemplateFile = {
  id: "fetch:template:file",
  run(input, context) {
    const action = this.id;
    const target = childPath("", requiredString(input, "targetPath", action));
    if (context.workspace.exists(target) && !booleanInput(input, "replace", action)) {
      context.log(`File ${target} already exists in workspace, not replacing.`);
      return;
    }
    const file = fileOf(context, input, action);
    const engine = engineFor(context, input, action);
    const render = (text) => rendering(`${action}: ${target}`, () => engine.render(text, valuesOf(input)));
    context.workspace.write(target, { content: encoder.encode(render(decoder.decode(file.content))), kind: "file" });
  }
};
var fetchPlain = {
  id: "fetch:plain",
  run(input, context) {
    const skeleton = skeletonOf(context, input, this.id);
    const target = childPath("", stringInput(input, "targetPath", this.id) ?? "./");
    for (const folder of skeleton.folders ?? []) context.workspace.makeFolder(childPath(target, folder));
    for (const [path, file] of skeleton.files) {
      const outputPath = childPath(target, path);
      checkLinkTarget(outputPath, file);
      context.workspace.write(outputPath, file);
    }
  }
};
var fetchPlainFile = {
  id: "fetch:plain:file",
  run(input, context) {
    const file = fileOf(context, input, this.id);
    const target = childPath("", requiredString(input, "targetPath", this.id));
    checkLinkTarget(target, file);
    context.workspace.write(target, file);
  }
};
var FETCH_ACTIONS = [fetchTemplate, fetchTemplateFile, fetchPlain, fetchPlainFile];

// app/core/scaffold/actions/notification-send.ts
var notificationSend = {
  id: "notification:send",
  run(input, context) {
    const title = requiredString(input, "title", this.id);
    const info = stringInput(input, "info", this.id);
    const link = stringInput(input, "link", this.id);
    context.requests.notifications.push({ title, ...info ? { info } : {}, ...link ? { link } : {} });
  }
};

// app/core/scaffold/actions/publish-github.ts
var NOT_SUPPORTED = ["collaborators", "repoVariables", "secrets", "oidcCustomization", "customProperties", "access"];
var VISIBILITIES = ["private", "internal", "public"];
var publishGithub = {
  id: "publish:github",
  run(input, context) {
    const action = this.id;
    if (context.requests.publish)
      throw new ActionInputError(`${action}: a template creates one repository; this one has two publish:github steps`);
    for (const name of NOT_SUPPORTED)
      if (input[name] !== void 0)
        throw new ActionInputError(
          `${action}: input ${name} is not supported by Callboard (an app cannot set it when it creates a repository); remove it and set it on the repository afterwards`
        );
    const { host, owner, repo } = parseRepoUrl(requiredString(input, "repoUrl", action), context.engine);
    const defaultBranch = stringInput(input, "defaultBranch", action) ?? "master";
    const visibility = stringInput(input, "repoVisibility", action) ?? "private";
    if (!VISIBILITIES.includes(visibility))
      throw new ActionInputError(`${action}: repoVisibility must be one of ${VISIBILITIES.join(", ")}`);
    context.requests.publish = {
      host,
      owner,
      repo,
      sourcePath: childPath("", stringInput(input, "sourcePath", action) ?? "."),
      defaultBranch,
      commitMessage: stringInput(input, "gitCommitMessage", action) ?? "initial commit",
      settings: settingsOf(input, visibility),
      protectDefaultBranch: booleanInput(input, "protectDefaultBranch", action) ?? true
    };
    const remoteUrl = `https://${host}/${owner}/${repo}`;
    context.output("remoteUrl", remoteUrl);
    context.output("repoContentsUrl", `${remoteUrl}/blob/${defaultBranch}`);
  }
};
function settingsOf(input, visibility) {
  const action = publishGithub.id;
  const topics = input.topics;
  if (topics !== void 0 && (!Array.isArray(topics) || topics.some((t) => typeof t !== "string")))
    throw new ActionInputError(`${action}: topics must be a list of strings`);
  const flags = [
    "hasIssues",
    "hasWiki",
    "hasProjects",
    "allowMergeCommit",
    "allowSquashMerge",
    "allowRebaseMerge",
    "allowAutoMerge",
    "deleteBranchOnMerge"
  ];
  const settings = { visibility };
  const description = stringInput(input, "description", action);
  const homepage = stringInput(input, "homepage", action);
  if (description !== void 0) settings.description = description;
  if (homepage !== void 0) settings.homepage = homepage;
  if (topics) settings.topics = topics;
  for (const flag of flags) {
    const value = booleanInput(input, flag, action);
    if (value !== void 0) settings[flag] = value;
  }
  return settings;
}

// app/core/scaffold/actions/supported-actions.ts
var ACTIONS = new Map(
  [...FETCH_ACTIONS, publishGithub, catalogRegister, catalogWrite, debugLog, notificationSend].map((a) => [a.id, a])
);
var SUPPORTED_ACTIONS = [...ACTIONS.keys()];

// app/core/scaffold/run-template.ts
var TemplateRunError = class extends Error {
  step;
  reason;
  constructor(step, reason) {
    super(`step ${step}: ${reason}`);
    this.name = "TemplateRunError";
    this.step = step;
    this.reason = reason;
  }
};
function runTemplate(input) {
  const { spec, settings = {} } = input;
  const engine = templateEngine(settings);
  const log = [];
  const requests = { registrations: [], notifications: [] };
  const workspace = new Workspace();
  let context = engine.prepareContext({
    parameters: input.parameters,
    steps: {},
    user: input.user ?? {},
    context: { task: { id: "callboard" } }
  });
  for (const step of spec.steps) {
    try {
      const output2 = runStep(step, { engine, context, workspace, requests, log, input });
      if (output2) context = context.withValue(["steps", step.id], { output: output2 });
    } catch (error) {
      throw new TemplateRunError(step.id, error.message);
    }
  }
  const output = renderInput(engine, spec.output, context, "output");
  return {
    workspace: workspace.tree(),
    ...requests.publish ? { publish: requests.publish } : {},
    registrations: requests.registrations,
    notifications: requests.notifications,
    links: conditionalItems(isRecord(output) ? output.links : void 0),
    text: conditionalItems(isRecord(output) ? output.text : void 0),
    log
  };
}
function runStep(step, run) {
  const { engine, context } = run;
  if (step.if === false) return void 0;
  if (typeof step.if === "string" && step.each === void 0 && !isTruthy(renderInput(engine, step.if, context, "if")))
    return void 0;
  const action = ACTIONS.get(step.action);
  const iterations = iterationsOf(step, run);
  const output = {};
  const actionContext = {
    template: run.input.template,
    templateRef: run.input.spec.ref,
    workspace: run.workspace,
    engine: run.input.settings ?? {},
    requests: run.requests,
    log: (line) => run.log.push(`[${step.id}] ${line}`),
    output: (name, value) => {
      if (step.each === void 0) output[name] = value;
      else (output[name] ??= []).push(value);
    }
  };
  const inputs = iterations.flatMap((iteration) => {
    const at = iteration ? context.withValue(["each"], iteration) : context;
    if (iteration && typeof step.if === "string" && !isTruthy(renderInput(engine, step.if, at, "if"))) return [];
    return [renderInput(engine, step.input, at, "input")];
  });
  for (const stepInput of inputs) action.run(isRecord(stepInput) ? stepInput : {}, actionContext);
  return output;
}
function iterationsOf(step, run) {
  if (step.each === void 0) return [void 0];
  const each = renderInput(run.engine, step.each, run.context, "each");
  if (each === void 0) throw new Error(`each: "${String(step.each)}" cannot be resolved to a value`);
  if (each === null || typeof each !== "object") throw new Error("each: must resolve to a list or a mapping");
  return Object.entries(each).map(([key, value]) => ({ key, value }));
}
var isTruthy = (value) => Array.isArray(value) ? value.length > 0 : Boolean(value);
function conditionalItems(items) {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item) => {
    if (!isRecord(item)) return [item];
    if ("if" in item && !isTruthy(item.if)) return [];
    const { if: _if, ...rest } = item;
    return [rest];
  });
}

// app/core/scaffold/template-spec.ts
var TEMPLATE_API_VERSION = "scaffolder.backstage.io/v1beta3";
var TemplateSpecError = class extends Error {
  reasons;
  constructor(reasons) {
    super(reasons.join("\n"));
    this.name = "TemplateSpecError";
    this.reasons = reasons;
  }
};
function readTemplateSpec(value) {
  if (!isRecord(value) || value.kind !== "Template")
    throw new TemplateSpecError(["This is not a Template: its kind must be Template."]);
  if (value.apiVersion !== TEMPLATE_API_VERSION)
    throw new TemplateSpecError([
      `apiVersion is ${JSON.stringify(value.apiVersion)}: Callboard runs ${TEMPLATE_API_VERSION} templates (Backstage's current format; older ones are migrated by renaming their steps' fields, see Backstage's docs).`
    ]);
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const spec = isRecord(value.spec) ? value.spec : {};
  const name = typeof metadata.name === "string" ? metadata.name : "";
  const namespace = typeof metadata.namespace === "string" ? metadata.namespace : DEFAULT_NAMESPACE;
  const reasons = [];
  if (!name) reasons.push("metadata.name is missing.");
  const steps = readSteps(spec.steps, reasons);
  if (reasons.length) throw new TemplateSpecError(reasons);
  return {
    ref: stringifyEntityRef({ kind: "Template", namespace, name }),
    name,
    title: typeof metadata.title === "string" ? metadata.title : name,
    ...typeof metadata.description === "string" ? { description: metadata.description } : {},
    ...typeof spec.owner === "string" ? { owner: spec.owner } : {},
    ...typeof spec.type === "string" ? { type: spec.type } : {},
    parameters: spec.parameters ?? [],
    steps,
    output: isRecord(spec.output) ? spec.output : {}
  };
}
function readSteps(raw, reasons) {
  if (raw === void 0) return [];
  if (!Array.isArray(raw)) {
    reasons.push("spec.steps must be a list of steps.");
    return [];
  }
  const seen = /* @__PURE__ */ new Set();
  return raw.flatMap((step, index) => {
    const where = `spec.steps[${index}]`;
    if (!isRecord(step) || typeof step.action !== "string") {
      reasons.push(`${where} needs an action.`);
      return [];
    }
    const id = typeof step.id === "string" && step.id ? step.id : `step-${index + 1}`;
    if (seen.has(id)) reasons.push(`${where}: the id ${id} is used by an earlier step; give each step its own id.`);
    seen.add(id);
    if (!SUPPORTED_ACTIONS.includes(step.action))
      reasons.push(
        `${where} (${id}) uses the action ${step.action}, which Callboard does not run. Supported actions: ${SUPPORTED_ACTIONS.join(", ")}.`
      );
    if (step.input !== void 0 && !isRecord(step.input)) reasons.push(`${where} (${id}): input must be a mapping.`);
    return [
      {
        id,
        name: typeof step.name === "string" ? step.name : id,
        action: step.action,
        input: isRecord(step.input) ? step.input : {},
        ..."if" in step ? { if: step.if } : {},
        ..."each" in step ? { each: step.each } : {}
      }
    ];
  });
}

// node_modules/@github/issue-parser/dist/index.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR$1 = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar$1 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR$1;
var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection$1(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR$1:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node) => (isScalar$1(node) || isCollection$1(node)) && !!node.anchor;
var BREAK$1 = /* @__PURE__ */ Symbol("break visit");
var SKIP$1 = /* @__PURE__ */ Symbol("skip children");
var REMOVE$1 = /* @__PURE__ */ Symbol("remove node");
function visit$1(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE$1)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
visit$1.BREAK = BREAK$1;
visit$1.SKIP = SKIP$1;
visit$1.REMOVE = REMOVE$1;
function visit_(key, node, visitor, path) {
  const ctrl = callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visit_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection$1(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = visit_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK$1)
          return BREAK$1;
        else if (ci === REMOVE$1) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = visit_("key", node.key, visitor, path);
      if (ck === BREAK$1)
        return BREAK$1;
      else if (ck === REMOVE$1)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path);
      if (cv === BREAK$1)
        return BREAK$1;
      else if (cv === REMOVE$1)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE$1)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK$1;
visitAsync.SKIP = SKIP$1;
visitAsync.REMOVE = REMOVE$1;
async function visitAsync_(key, node, visitor, path) {
  const ctrl = await callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visitAsync_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection$1(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = await visitAsync_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK$1)
          return BREAK$1;
        else if (ci === REMOVE$1) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path);
      if (ck === BREAK$1)
        return BREAK$1;
      else if (ck === REMOVE$1)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path);
      if (cv === BREAK$1)
        return BREAK$1;
      else if (cv === REMOVE$1)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path) {
  if (typeof visitor === "function")
    return visitor(key, node, path);
  if (isMap(node))
    return visitor.Map?.(key, node, path);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path);
  if (isPair(node))
    return visitor.Pair?.(key, node, path);
  if (isScalar$1(node))
    return visitor.Scalar?.(key, node, path);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path);
  return void 0;
}
function replaceNode(key, path, node) {
  const parent = path[path.length - 1];
  if (isCollection$1(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy = new _Directives(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2)
            return false;
        }
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error) {
        onError(String(error));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit$1(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
          tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines.push(`%TAG ${handle} ${prefix}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit$1(root, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      if (!prevAnchors)
        prevAnchors = anchorNames(doc);
      const anchor = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar$1(ref.node) || isCollection$1(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error = new Error("Failed to resolve repeated object (this should not happen)");
          error.source = source;
          throw error;
        }
      }
    },
    sourceObjects
  };
}
function applyReviver(reviver, obj, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj, key, val);
}
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc) {
    let found = void 0;
    visit$1(doc, {
      Node: (_key, node) => {
        if (node === this)
          return visit$1.BREAK;
        if (node.anchor === this.source)
          found = node;
      }
    });
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const { anchors, doc, maxAliasCount } = ctx;
    const source = this.resolve(doc);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    let data = anchors.get(source);
    if (!data) {
      toJS(source, null, ctx);
      data = anchors.get(source);
    }
    if (!data || data.res === void 0) {
      const msg = "This should not happen: Alias anchor was not resolved?";
      throw new ReferenceError(msg);
    }
    if (maxAliasCount >= 0) {
      data.count += 1;
      if (data.aliasCount === 0)
        data.aliasCount = getAliasCount(doc, source, anchors);
      if (data.count * data.aliasCount > maxAliasCount) {
        const msg = "Excessive alias count indicates a resource exhaustion attack";
        throw new ReferenceError(msg);
      }
    }
    return data.res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection$1(node)) {
    let count = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count)
        count = c;
    }
    return count;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR$1);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName2, tags) {
  if (tagName2) {
    const match = tags.filter((t) => t.tag === tagName2);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName2} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName2, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      if (!ref.anchor)
        ref.anchor = onAnchor(value);
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName2?.startsWith("!!"))
    tagName2 = defaultTagPrefix + tagName2.slice(2);
  let tagObj = findTagObject(value, tagName2, schema2.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema2[MAP] : Symbol.iterator in Object(value) ? schema2[SEQ] : schema2[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName2)
    node.tag = tagName2;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}
function collectionFromPath(schema2, path, value) {
  let v = value;
  for (let i = path.length - 1; i >= 0; --i) {
    const k = path[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema2,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema2) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema2,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema2) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema2)
      copy.schema = schema2;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema2) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path, value) {
    if (isEmptyPath(path))
      this.add(value);
    else {
      const [key, ...rest] = path;
      const node = this.get(key, true);
      if (isCollection$1(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.delete(key);
    const node = this.get(key, true);
    if (isCollection$1(node))
      return node.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    const [key, ...rest] = path;
    const node = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar$1(node) ? node.value : node;
    else
      return isCollection$1(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar$1(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.has(key);
    const node = this.get(key, true);
    return isCollection$1(node) ? node.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    const [key, ...rest] = path;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (isCollection$1(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};
var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text.length <= endStep)
    return text;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text, i, indent.length);
      end = i + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text;
  if (onFold)
    onFold();
  let res = text.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text.length;
    if (fold === 0)
      res = `
${indent}${text.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text[fold]}\\`;
      res += `
${indent}${text.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text[++i];
    } else {
      do {
        ch = text[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text[start];
    }
  }
  return end;
}
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json[i + 1]) {
        case "u":
          {
            str += json.slice(start, i);
            const code = json.substr(i + 2, 4);
            switch (code) {
              case "0000":
                str += "\\0";
                break;
              case "0007":
                str += "\\a";
                break;
              case "000b":
                str += "\\v";
                break;
              case "001b":
                str += "\\e";
                break;
              case "0085":
                str += "\\N";
                break;
              case "00a0":
                str += "\\_";
                break;
              case "2028":
                str += "\\L";
                break;
              case "2029":
                str += "\\P";
                break;
              default:
                if (code.substr(0, 2) === "00")
                  str += "\\x" + code.substr(2);
                else
                  str += json.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
            i += 1;
          } else {
            str += json.slice(start, i) + "\n\n";
            while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
              str += "\n";
              i += 2;
            }
            str += indent;
            if (json[i + 2] === " ")
              str += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str = start ? str + json.slice(start) : json;
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value) || /^\s*$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (!value || /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj;
  if (isScalar$1(item)) {
    obj = item.value;
    let match = tags.filter((t) => t.identify?.(obj));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj = item;
    tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj?.constructor?.name ?? typeof obj;
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar$1(node) || isCollection$1(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ? node.tag : tagObj.default ? null : tagObj.tag;
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify$2(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  if (!tagObj)
    tagObj = getTagObject(ctx.doc.schema.tags, node);
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar$1(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str;
  return isScalar$1(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
}
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection$1(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection$1(key) || (isScalar$1(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str = stringify$2(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str === "" ? "?" : explicitKey ? `? ${str}` : str;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str = `? ${str}`;
    if (keyComment && !keyCommentDone) {
      str += lineComment(str, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
    str = `? ${str}
${indent}:`;
  } else {
    str = `${str}:`;
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar$1(value))
    ctx.indentAtStart = str.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify$2(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n")
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection$1(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str += lineComment(str, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str;
}
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar$1(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  value = ctx && isAlias(value) ? value.resolve(ctx.doc) : value;
  if (isSeq(value))
    for (const it of value.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(value))
    for (const it of value)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, value);
}
function mergeValue(ctx, map2, value) {
  const source = ctx && isAlias(value) ? value.resolve(ctx.doc) : value;
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema2) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema2);
    if (isNode(value))
      value = value.clone(schema2);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str2 = stringify$2(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str2 += lineComment(str2, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str2);
  }
  let str;
  if (lines.length === 0) {
    str = flowChars.start + flowChars.end;
  } else {
    str = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line = lines[i];
      str += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment) {
    str += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str = stringify$2(item, itemCtx, () => comment = null);
    if (i < items.length - 1)
      str += ",";
    if (comment)
      str += lineComment(str, itemIndent, commentString(comment));
    if (!reqNewline && (lines.length > linesAtValue || str.includes("\n")))
      reqNewline = true;
    lines.push(str);
    linesAtValue = lines.length;
  }
  const { start, end } = flowChars;
  if (lines.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str = start;
      for (const line of lines)
        str += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}
function findPair(items, key) {
  const k = isScalar$1(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar$1(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema2) {
    super(MAP, schema2);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema2, obj, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema2);
    const add = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map) {
      for (const [key, value] of obj)
        add(key, value);
    } else if (obj && typeof obj === "object") {
      for (const key of Object.keys(obj))
        add(key, obj[key]);
    }
    if (typeof schema2.sortMapEntries === "function") {
      map2.items.sort(schema2.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar$1(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i === -1)
        this.items.push(_pair);
      else
        this.items.splice(i, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it?.value;
    return (!keepScalar && isScalar$1(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema2, obj, ctx) => YAMLMap.from(schema2, obj, ctx)
};
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema2) {
    super(SEQ, schema2);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar$1(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar$1(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema2, obj, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema2);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof replacer === "function") {
          const key = obj instanceof Set ? it : String(i++);
          it = replacer.call(obj, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar$1(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema2, obj, ctx) => YAMLSeq.from(schema2, obj, ctx)
};
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str) => str,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str) => new Scalar(str[0] === "t" || str[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};
function stringifyNumber({ format, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num = typeof value === "number" ? value : Number(value);
  if (!isFinite(num))
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  let n = JSON.stringify(value);
  if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^\d/.test(n)) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}
var floatNaN$1 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp$1 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float$1 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str));
    const dot = str.indexOf(".");
    if (dot !== -1 && str[str.length - 1] === "0")
      node.minFractionDigits = str.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};
var intIdentify$2 = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve$1 = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
function intStringify$1(node, radix, prefix) {
  const { value } = node;
  if (intIdentify$2(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node);
}
var intOct$1 = {
  identify: (value) => intIdentify$2(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str, _onError, opt) => intResolve$1(str, 2, 8, opt),
  stringify: (node) => intStringify$1(node, 8, "0o")
};
var int$1 = {
  identify: intIdentify$2,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str, _onError, opt) => intResolve$1(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex$1 = {
  identify: (value) => intIdentify$2(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str, _onError, opt) => intResolve$1(str, 2, 16, opt),
  stringify: (node) => intStringify$1(node, 16, "0x")
};
var schema$2 = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct$1,
  int$1,
  intHex$1,
  floatNaN$1,
  floatExp$1,
  float$1
];
function intIdentify$1(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str) => str,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str) => str === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify$1,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
    stringify: ({ value }) => intIdentify$1(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str) => parseFloat(str),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
    return str;
  }
};
var schema$1 = [map, seq].concat(jsonScalars, jsonError);
var binary = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str.length);
      for (let i = 0; i < str.length; ++i)
        buffer[i] = str.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    const buf = value;
    let str;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    if (!type)
      type = Scalar.BLOCK_LITERAL;
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str.substr(o, lineWidth);
      }
      str = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
  }
};
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema2, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema2);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema2, iterable, ctx) {
    const pairs2 = createPairs(schema2, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar$1(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
};
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str.replace(/_/g, "")),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str.replace(/_/g, "")));
    const dot = str.indexOf(".");
    if (dot !== -1) {
      const f = str.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
  const sign = str[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str = str.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str = `0b${str}`;
        break;
      case 8:
        str = `0o${str}`;
        break;
      case 16:
        str = `0x${str}`;
        break;
    }
    const n2 = BigInt(str);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value)) {
    const str = value.toString(radix);
    return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
  stringify: (node) => intStringify(node, 2, "0b")
};
var intOct = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
  stringify: (node) => intStringify(node, 8, "0")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema2) {
    super(schema2);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar$1(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema2, iterable, ctx) {
    const { replacer } = ctx;
    const set2 = new this(schema2);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set2.items.push(createPair(value, null, ctx));
      }
    return set2;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};
function parseSexagesimal(str, asBigInt) {
  const sign = str[0];
  const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
  const num = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num = (n) => n;
  if (typeof value === "bigint")
    num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num(-1);
  }
  const _60 = num(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str) => parseSexagesimal(str, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str) {
    const match = str.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value.toISOString().replace(/(T00:00:00)?\.000Z$/, "")
};
var schema = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];
var schemas = /* @__PURE__ */ new Map([
  ["core", schema$2],
  ["failsafe", [map, seq, string]],
  ["json", schema$1],
  ["yaml11", schema],
  ["yaml-1.1", schema]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float: float$1,
  floatExp: floatExp$1,
  floatNaN: floatNaN$1,
  floatTime,
  int: int$1,
  intHex: intHex$1,
  intOct: intOct$1,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName2 = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName2}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema2 === "string" && schema2 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge2);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR$1, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify$2(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify$2(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer === "function" || Array.isArray(replacer)) {
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      _replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer = replacer.concat(asStr);
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node = createNode(value, tag, ctx);
    if (flow && isCollection$1(node))
      node.flow = true;
    setAnchors();
    return node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    if (isEmptyPath(path)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection$1(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    if (isEmptyPath(path))
      return !keepScalar && isScalar$1(this.contents) ? this.contents.value : this.contents;
    return isCollection$1(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection$1(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path) {
    if (isEmptyPath(path))
      return this.contents !== void 0;
    return isCollection$1(this.contents) ? this.contents.hasIn(path) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    if (isEmptyPath(path)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    if (typeof version === "number")
      version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection$1(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}
var YAMLError = class extends Error {
  constructor(name, pos, code, message) {
    super();
    this.name = name;
    this.code = code;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLParseError", pos, code, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLWarning", pos, code, message);
  }
};
var prettifyError = (src, lc) => (error) => {
  if (error.pos[0] === -1)
    return;
  error.linePos = error.pos.map((pos) => lc.linePos(pos));
  const { line, col } = error.linePos[0];
  error.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "\u2026" + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80)
    lineStr = lineStr.substring(0, 79) + "\u2026";
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
    if (prev.length > 80)
      prev = prev.substring(0, 79) + "\u2026\n";
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count = 1;
    const end = error.linePos[1];
    if (end && end.line === line && end.col > col) {
      count = Math.max(1, Math.min(end.col - col, 80 - ci));
    }
    const pointer = " ".repeat(ci) + "^".repeat(count);
    error.message += `:

${lineStr}
${pointer}
`;
  }
};
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        if (start === null)
          start = token.offset;
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        if (start === null)
          start = token.offset;
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar$1(a) && isScalar$1(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value && value.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep + cb;
          sep = "";
          break;
        }
        case "newline":
          if (comment)
            sep += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep)
            for (const st of sep) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source && value.source[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce && ce.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}
function resolveCollection(CN2, ctx, token, onError, tagName2, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName2 === "!" || tagName2 === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName2)
    coll.tag = tagName2;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName2 = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName2 || tagName2 === "!" || tagName2 === YAMLMap.tagName && expType === "map" || tagName2 === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName2);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName2 && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName2];
    if (kt && kt.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt?.collection) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName2}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName2);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName2, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName2;
  if (tag?.format)
    node.format = tag.format;
  return node;
}
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep === " ")
        sep = "\n";
      else if (!prevMoreIndented && sep === "\n")
        sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n")
        value += "\n";
      else
        sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error === -1)
        error = offset + i;
    }
  }
  if (error !== -1)
    onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) {
          const message = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split.length; i += 2)
    lines.push([split[i], split[i + 1]]);
  return lines;
}
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return foldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return foldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function foldLines(source) {
  let first, line;
  try {
    first = new RegExp("(.*?)(?<![ 	])[ 	]*\r?\n", "sy");
    line = new RegExp("[ 	]*(.*?)(?:(?<![ 	])[ 	]*)?\r?\n", "sy");
  } catch {
    first = /(.*?)[ \t]*\r?\n/sy;
    line = /[ \t]*(.*?)[ \t]*\r?\n/sy;
  }
  let match = first.exec(source);
  if (!match)
    return source;
  let res = match[1];
  let sep = " ";
  let pos = first.lastIndex;
  line.lastIndex = pos;
  while (match = line.exec(source)) {
    if (match[1] === "") {
      if (sep === "\n")
        res += sep;
      else
        sep = "\n";
    } else {
      res += sep + match[1];
      sep = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = { x: 2, u: 4, U: 8 }[next];
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "\x85",
  // Unicode next line
  _: "\xA0",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code = ok ? parseInt(cc, 16) : NaN;
  if (isNaN(code)) {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
  return String.fromCodePoint(code);
}
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName2 = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR$1];
  } else if (tagName2)
    tag = findScalarTagByName(ctx.schema, value, tagName2, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR$1];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar$1(res) ? res : new Scalar(res);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName2)
    scalar.tag = tagName2;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema2, value, tagName2, tagToken, onError) {
  if (tagName2 === "!")
    return schema2[SCALAR$1];
  const matchWithTest = [];
  for (const tag of schema2.tags) {
    if (!tag.collection && tag.tag === tagName2) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema2.knownTags[tagName2];
  if (kt && !kt.collection) {
    schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName2}`, tagName2 !== "tag:yaml.org,2002:str");
  return schema2[SCALAR$1];
}
function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
  const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[SCALAR$1];
  if (schema2.compat) {
    const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[SCALAR$1];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    if (pos === null)
      pos = before.length;
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      node = composeCollection(CN, ctx, token, props, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    default: {
      const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message);
      node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError);
      isSrcToken = false;
    }
  }
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar$1(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment;
    else
      node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code, message, warning) => {
      const pos = getErrorPos(source);
      if (warning)
        this.warnings.push(new YAMLWarning(pos, code, message));
      else
        this.errors.push(new YAMLParseError(pos, code, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment;
      } else if (isCollection$1(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      Array.prototype.push.apply(doc.errors, this.errors);
      Array.prototype.push.apply(doc.warnings, this.warnings);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error);
        else
          this.doc.errors.push(error);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};
function resolveAsScalar(token, strict = true, onError) {
  if (token) {
    const _onError = (pos, code, message) => {
      const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
      if (onError)
        onError(offset, code, message);
      else
        throw new YAMLParseError([offset, offset + 1], code, message);
    };
    switch (token.type) {
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return resolveFlowScalar(token, strict, _onError);
      case "block-scalar":
        return resolveBlockScalar({ options: { strict } }, token, _onError);
    }
  }
  return null;
}
function createScalarToken(value, context) {
  const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
  const source = stringifyString({ type, value }, {
    implicitKey,
    indent: indent > 0 ? " ".repeat(indent) : "",
    inFlow,
    options: { blockQuote: true, lineWidth: -1 }
  });
  const end = context.end ?? [
    { type: "newline", offset: -1, indent, source: "\n" }
  ];
  switch (source[0]) {
    case "|":
    case ">": {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      const props = [
        { type: "block-scalar-header", offset, indent, source: head }
      ];
      if (!addEndtoBlockProps(props, end))
        props.push({ type: "newline", offset: -1, indent, source: "\n" });
      return { type: "block-scalar", offset, indent, props, source: body };
    }
    case '"':
      return { type: "double-quoted-scalar", offset, indent, source, end };
    case "'":
      return { type: "single-quoted-scalar", offset, indent, source, end };
    default:
      return { type: "scalar", offset, indent, source, end };
  }
}
function setScalarValue(token, value, context = {}) {
  let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
  let indent = "indent" in token ? token.indent : null;
  if (afterKey && typeof indent === "number")
    indent += 2;
  if (!type)
    switch (token.type) {
      case "single-quoted-scalar":
        type = "QUOTE_SINGLE";
        break;
      case "double-quoted-scalar":
        type = "QUOTE_DOUBLE";
        break;
      case "block-scalar": {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
        break;
      }
      default:
        type = "PLAIN";
    }
  const source = stringifyString({ type, value }, {
    implicitKey: implicitKey || indent === null,
    indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
    inFlow,
    options: { blockQuote: true, lineWidth: -1 }
  });
  switch (source[0]) {
    case "|":
    case ">":
      setBlockScalarValue(token, source);
      break;
    case '"':
      setFlowScalarValue(token, source, "double-quoted-scalar");
      break;
    case "'":
      setFlowScalarValue(token, source, "single-quoted-scalar");
      break;
    default:
      setFlowScalarValue(token, source, "scalar");
  }
}
function setBlockScalarValue(token, source) {
  const he = source.indexOf("\n");
  const head = source.substring(0, he);
  const body = source.substring(he + 1) + "\n";
  if (token.type === "block-scalar") {
    const header = token.props[0];
    if (header.type !== "block-scalar-header")
      throw new Error("Invalid block scalar header");
    header.source = head;
    token.source = body;
  } else {
    const { offset } = token;
    const indent = "indent" in token ? token.indent : -1;
    const props = [
      { type: "block-scalar-header", offset, indent, source: head }
    ];
    if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
      props.push({ type: "newline", offset: -1, indent, source: "\n" });
    for (const key of Object.keys(token))
      if (key !== "type" && key !== "offset")
        delete token[key];
    Object.assign(token, { type: "block-scalar", indent, props, source: body });
  }
}
function addEndtoBlockProps(props, end) {
  if (end)
    for (const st of end)
      switch (st.type) {
        case "space":
        case "comment":
          props.push(st);
          break;
        case "newline":
          props.push(st);
          return true;
      }
  return false;
}
function setFlowScalarValue(token, source, type) {
  switch (token.type) {
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      token.type = type;
      token.source = source;
      break;
    case "block-scalar": {
      const end = token.props.slice(1);
      let oa = source.length;
      if (token.props[0].type === "block-scalar-header")
        oa -= token.props[0].source.length;
      for (const tok of end)
        tok.offset += oa;
      delete token.props;
      Object.assign(token, { type, source, end });
      break;
    }
    case "block-map":
    case "block-seq": {
      const offset = token.offset + source.length;
      const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
      delete token.items;
      Object.assign(token, { type, source, end: [nl] });
      break;
    }
    default: {
      const indent = "indent" in token ? token.indent : -1;
      const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
      for (const key of Object.keys(token))
        if (key !== "type" && key !== "offset")
          delete token[key];
      Object.assign(token, { type, indent, source, end });
    }
  }
}
var stringify$1 = (cst2) => "type" in cst2 ? stringifyToken(cst2) : stringifyItem(cst2);
function stringifyToken(token) {
  switch (token.type) {
    case "block-scalar": {
      let res = "";
      for (const tok of token.props)
        res += stringifyToken(tok);
      return res + token.source;
    }
    case "block-map":
    case "block-seq": {
      let res = "";
      for (const item of token.items)
        res += stringifyItem(item);
      return res;
    }
    case "flow-collection": {
      let res = token.start.source;
      for (const item of token.items)
        res += stringifyItem(item);
      for (const st of token.end)
        res += st.source;
      return res;
    }
    case "document": {
      let res = stringifyItem(token);
      if (token.end)
        for (const st of token.end)
          res += st.source;
      return res;
    }
    default: {
      let res = token.source;
      if ("end" in token && token.end)
        for (const st of token.end)
          res += st.source;
      return res;
    }
  }
}
function stringifyItem({ start, key, sep, value }) {
  let res = "";
  for (const st of start)
    res += st.source;
  if (key)
    res += stringifyToken(key);
  if (sep)
    for (const st of sep)
      res += st.source;
  if (value)
    res += stringifyToken(value);
  return res;
}
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove item");
function visit(cst2, visitor) {
  if ("type" in cst2 && cst2.type === "document")
    cst2 = { start: cst2.start, value: cst2.value };
  _visit(Object.freeze([]), cst2, visitor);
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
visit.itemAtPath = (cst2, path) => {
  let item = cst2;
  for (const [field, index] of path) {
    const tok = item?.[field];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit.parentCollection = (cst2, path) => {
  const parent = visit.itemAtPath(cst2, path.slice(0, -1));
  const field = path[path.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path, item, visitor) {
  let ctrl = visitor(item, path);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
}
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR = "";
var isCollection = (token) => !!token && "items" in token;
var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
function prettyToken(token) {
  switch (token) {
    case BOM:
      return "<BOM>";
    case DOCUMENT:
      return "<DOC>";
    case FLOW_END:
      return "<FLOW_END>";
    case SCALAR:
      return "<SCALAR>";
    default:
      return JSON.stringify(token);
  }
}
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}
var cst = /* @__PURE__ */ Object.freeze({
  __proto__: null,
  BOM,
  DOCUMENT,
  FLOW_END,
  SCALAR,
  createScalarToken,
  isCollection,
  isScalar,
  prettyToken,
  resolveAsScalar,
  setScalarValue,
  stringify: stringify$1,
  tokenType,
  visit
});
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM) {
      yield* this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === "%") {
      let dirEnd = line.length;
      let cs = line.indexOf("#");
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp = yield* this.pushSpaces(true);
      yield* this.pushCount(line.length - sp);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return yield* this.parseBlockStart();
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp;
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote = this.charAt(0);
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i2;
          indent = 0;
          break;
        case "\r": {
          const next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === " ")
      ch = this.buffer[++i];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i2 = nl - 1;
        let ch2 = this.buffer[i2];
        if (ch2 === "\r")
          ch2 = this.buffer[--i2];
        const lastChar = i2;
        while (ch2 === " ")
          ch2 = this.buffer[--i2];
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i]) {
      if (ch === ":") {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i += 1;
            ch = "\n";
            next = this.buffer[i + 1];
          } else
            end = i;
        }
        if (next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR;
    yield* this.pushToIndex(end + 1, true);
    return inFlow ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i, allowEmpty) {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    switch (this.charAt(0)) {
      case "!":
        return (yield* this.pushTag()) + (yield* this.pushSpaces(true)) + (yield* this.pushIndicators());
      case "&":
        return (yield* this.pushUntil(isNotAnchorChar)) + (yield* this.pushSpaces(true)) + (yield* this.pushIndicators());
      case "-":
      // this is an error
      case "?":
      // this is an error outside flow collections
      case ":": {
        const inFlow = this.flowLevel > 0;
        const ch1 = this.charAt(1);
        if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
          if (!inFlow)
            this.indentNext = this.indentValue + 1;
          else if (this.flowKey)
            this.flowKey = false;
          return (yield* this.pushCount(1)) + (yield* this.pushSpaces(true)) + (yield* this.pushIndicators());
        }
      }
    }
    return 0;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
    } else {
      let i = this.pos + 1;
      let ch = this.buffer[i];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
          ch = this.buffer[i += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i;
    }
    return n;
  }
  *pushUntil(test) {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch))
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, false);
  }
};
var LineCounter = class {
  constructor() {
    this.lineStarts = [];
    this.addNewLine = (offset) => this.lineStarts.push(offset);
    this.linePos = (offset) => {
      let low = 0;
      let high = this.lineStarts.length;
      while (low < high) {
        const mid = low + high >> 1;
        if (this.lineStarts[mid] < offset)
          low = mid + 1;
        else
          high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      const start = this.lineStarts[low - 1];
      return { line: low, col: offset - start + 1 };
    };
  }
};
function includesToken(list, type) {
  for (let i = 0; i < list.length; ++i)
    if (list[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list) {
  for (let i = 0; i < list.length; ++i) {
    switch (list[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            Array.prototype.push.apply(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          Array.prototype.push.apply(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      yield* this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && (!top || top.type !== "doc-end")) {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error) {
    const token = error ?? this.stack.pop();
    if (!token) {
      const message = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep;
      if (scalar.end) {
        sep = scalar.end;
        sep.push(this.sourceToken);
        delete scalar.end;
      } else
        sep = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              Array.prototype.push.apply(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep = it.sep;
              sep.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep }]
              });
            } else if (start.length > 0) {
              it.sep = it.sep.concat(start, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({ start, key: fs, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs);
          } else {
            Object.assign(it, { key: fs, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (atMapIndent && bv.type !== "block-seq") {
              map2.items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              Array.prototype.push.apply(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top && top.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs, sep: [] });
          else if (it.sep)
            this.stack.push(fs);
          else
            Object.assign(it, { key: fs, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep = fc.end.splice(1, fc.end.length);
        sep.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
      return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseAllDocuments(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  const docs = Array.from(composer.compose(parser.parse(source)));
  if (prettyErrors && lineCounter)
    for (const doc of docs) {
      doc.errors.forEach(prettifyError(source, lineCounter));
      doc.warnings.forEach(prettifyError(source, lineCounter));
    }
  if (docs.length > 0)
    return docs;
  return Object.assign([], { empty: true }, composer.streamInfo());
}
function parseDocument(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  let doc = null;
  for (const _doc of composer.compose(parser.parse(source), true, source.length)) {
    if (!doc)
      doc = _doc;
    else if (doc.options.logLevel !== "silent") {
      doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  if (prettyErrors && lineCounter) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  return doc;
}
function parse(src, reviver, options) {
  let _reviver = void 0;
  if (typeof reviver === "function") {
    _reviver = reviver;
  } else if (options === void 0 && reviver && typeof reviver === "object") {
    options = reviver;
  }
  const doc = parseDocument(src, options);
  if (!doc)
    return null;
  doc.warnings.forEach((warning) => warn(doc.options.logLevel, warning));
  if (doc.errors.length > 0) {
    if (doc.options.logLevel !== "silent")
      throw doc.errors[0];
    else
      doc.errors = [];
  }
  return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify2(value, replacer, options) {
  let _replacer = null;
  if (typeof replacer === "function" || Array.isArray(replacer)) {
    _replacer = replacer;
  } else if (options === void 0 && replacer) {
    options = replacer;
  }
  if (typeof options === "string")
    options = options.length;
  if (typeof options === "number") {
    const indent = Math.round(options);
    options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
  }
  if (value === void 0) {
    const { keepUndefined } = options ?? replacer ?? {};
    if (!keepUndefined)
      return void 0;
  }
  if (isDocument(value) && !_replacer)
    return value.toString(options);
  return new Document(value, _replacer, options).toString(options);
}
var YAML = /* @__PURE__ */ Object.freeze({
  __proto__: null,
  Alias,
  CST: cst,
  Composer,
  Document,
  Lexer,
  LineCounter,
  Pair,
  Parser,
  Scalar,
  Schema,
  YAMLError,
  YAMLMap,
  YAMLParseError,
  YAMLSeq,
  YAMLWarning,
  isAlias,
  isCollection: isCollection$1,
  isDocument,
  isMap,
  isNode,
  isPair,
  isScalar: isScalar$1,
  isSeq,
  parse,
  parseAllDocuments,
  parseDocument,
  stringify: stringify2,
  visit: visit$1,
  visitAsync
});
var FieldType;
(function(FieldType2) {
  FieldType2["CHECKBOXES"] = "checkboxes";
  FieldType2["DROPDOWN"] = "dropdown";
  FieldType2["INPUT"] = "input";
  FieldType2["MARKDOWN"] = "markdown";
  FieldType2["TEXTAREA"] = "textarea";
})(FieldType || (FieldType = {}));
var EmptyResponse;
(function(EmptyResponse2) {
  EmptyResponse2["NO_RESPONSE"] = "_No response_";
  EmptyResponse2["NONE"] = "None";
})(EmptyResponse || (EmptyResponse = {}));
function isEmptyResponse(value) {
  return value.toLowerCase() === EmptyResponse.NONE.toLowerCase() || value.toLowerCase() === EmptyResponse.NO_RESPONSE.toLowerCase() || value === "";
}
function formatKey(name) {
  return name.trim().toLowerCase().replace(/[^a-z0-9]/g, "_").replace(/^_+|_+$/g, "").replace(/_+/g, "_");
}
function formatValue(input, field) {
  const checkedExp = /^-\s\[x\]\s/im;
  const value = input.trim().replace(/\r/g, "").replace(/^[\n]+|[\n]+$/g, "");
  if (field === void 0)
    return value;
  switch (field.type) {
    case FieldType.INPUT:
    case FieldType.TEXTAREA:
      return isEmptyResponse(value) ? void 0 : value;
    case FieldType.DROPDOWN:
      return isEmptyResponse(value) ? [] : value.split(/, */);
    case FieldType.CHECKBOXES: {
      const checkboxes = {
        selected: [],
        unselected: []
      };
      if (isEmptyResponse(value))
        return checkboxes;
      for (let line of value.split("\n")) {
        line = line.trim();
        if (checkedExp.test(line))
          checkboxes.selected.push(line.replace(/-\s\[x\]\s/i, ""));
        else
          checkboxes.unselected.push(line.replace(/-\s\[\s\]\s/i, ""));
      }
      return checkboxes;
    }
    default:
      throw new Error(`Unknown field type: ${field.type}`);
  }
}
function parseIssue(issue, template, options) {
  const regexp = /### *(?<key>.*?)\s*[\r\n]+(?<value>[\s\S]*?)(?=\n?###|\n?$)/g;
  const matches = issue.matchAll(regexp);
  const parsedIssue = {};
  if (template) {
    const parsedTemplate = parseTemplate2(template);
    const parsedMatches = [];
    for (const match of matches) {
      if (match.groups?.key === void 0 || match.groups?.value === void 0 || match.groups?.key === "" || match.groups?.value === "")
        continue;
      if (Object.values(parsedTemplate).some((field) => field.label === match.groups.key)) {
        parsedMatches.push(match);
        continue;
      }
      if (parsedMatches.length === 0)
        continue;
      parsedMatches[parsedMatches.length - 1].groups.value = parsedMatches[parsedMatches.length - 1].groups.value + "\n" + match[0];
    }
    for (const match of parsedMatches) {
      let key = match.groups.key;
      const value = match.groups.value;
      for (const [k, v] of Object.entries(parsedTemplate))
        if (v.label === key) {
          key = k;
          break;
        }
      parsedIssue[key] = formatValue(value, parsedTemplate[key]);
    }
  } else {
    for (const match of matches) {
      if (match.groups?.key === void 0 || match.groups?.value === void 0 || match.groups?.key === "" || match.groups?.value === "")
        continue;
      let key = match.groups.key;
      const value = match.groups.value;
      if (options?.slugify)
        key = formatKey(key);
      parsedIssue[key] = formatValue(value);
    }
  }
  return parsedIssue;
}
function parseTemplate2(template) {
  if (!template)
    return {};
  const fields = YAML.parse(template);
  if (typeof fields !== "object")
    throw new Error("Issue template could not be parsed into an object.");
  if (!Array.isArray(fields.body))
    throw new Error("Issue template is missing a body array property.");
  const parsedTemplate = {};
  for (const item of fields.body) {
    if (item.type === FieldType.MARKDOWN)
      continue;
    const key = item.id || formatKey(item.attributes.label);
    parsedTemplate[key] = {
      type: item.type,
      label: item.attributes.label,
      required: item.validations?.required || false
    };
    if (item.type === FieldType.DROPDOWN) {
      parsedTemplate[key].multiple = item.attributes.multiple || false;
      parsedTemplate[key].options = item.attributes.options;
    }
    if (item.type === FieldType.CHECKBOXES) {
      parsedTemplate[key].options = item.attributes.options.map((x) => {
        return { label: x.label, required: x.required || false };
      });
    }
  }
  return parsedTemplate;
}

// app/core/scaffold/issue-form.ts
var import_yaml2 = __toESM(require_dist(), 1);
var FORM_PREFIX = "callboard-";
var TEMPLATE_FIELD = { id: "callboard-template", label: "Template" };
function issueForm(template) {
  const unsupported = [];
  const labels = /* @__PURE__ */ new Set([TEMPLATE_FIELD.label]);
  const elements = [];
  for (const field of formFields(template.parameters)) {
    const element = elementOf(field);
    if (typeof element === "string") {
      unsupported.push(`${field.name}: ${element}`);
      continue;
    }
    const attributes = element.attributes;
    if (labels.has(attributes.label)) attributes.label = `${attributes.label} (${field.name})`;
    labels.add(attributes.label);
    elements.push(element);
  }
  for (const step of formSteps(template.parameters))
    for (const keyword of ["dependencies", "oneOf", "anyOf", "if", "allOf"])
      if (step[keyword] !== void 0)
        unsupported.push(
          `${String(step.title ?? "a step")}: its \`${keyword}\` rules (checked when the issue is read)`
        );
  const form = {
    name: template.title,
    description: template.description ?? `Create a repository from the template ${template.title}`,
    title: `[Create] ${template.title}: `,
    body: [intro(template, unsupported), templateField(template.name), ...elements]
  };
  return {
    fileName: `${FORM_PREFIX}${fileSafe(template.name)}.yml`,
    yaml: `# Written by Callboard from the template ${template.name}: edit the template, not this file.
${(0, import_yaml2.stringify)(form, { lineWidth: 0 })}`,
    unsupported
  };
}
function intro(template, unsupported) {
  const lines = [
    `Callboard creates the repository from the template **${template.title}** when this issue is opened by someone who can write to this repository, answers here with the links, and closes the issue. If an answer needs fixing, it says which: edit the issue to try again.`
  ];
  if (unsupported.length)
    lines.push(
      "",
      "This form cannot ask for everything the template takes; these use their defaults:",
      ...unsupported.map((u) => `- ${u}`)
    );
  return { type: "markdown", attributes: { value: lines.join("\n") } };
}
function templateField(name) {
  return {
    type: "dropdown",
    id: TEMPLATE_FIELD.id,
    attributes: {
      label: TEMPLATE_FIELD.label,
      description: "The template this issue asks for",
      options: [name],
      default: 0
    },
    validations: { required: true }
  };
}
function elementOf(field) {
  const { schema: schema2 } = field;
  const widget = schema2["ui:widget"];
  if (widget === "password" || widget === "hidden")
    return `a ${String(widget)} field is not asked in an issue, which anyone in the repository can read`;
  const type = schema2.type;
  const attributes = { label: String(schema2.title ?? field.name) };
  const description = schema2["ui:help"] ?? schema2.description;
  if (typeof description === "string") attributes.description = description;
  const base = { id: idOf(field.name), attributes, ...field.required ? { validations: { required: true } } : {} };
  if (Array.isArray(schema2.enum)) return dropdown(base, schema2, schema2.enum, false);
  if (type === "boolean") {
    const hint = schema2.default === true ? " (the template says yes unless you leave it unticked)" : "";
    return {
      type: "checkboxes",
      id: base.id,
      attributes: {
        ...attributes,
        description: `${String(description ?? "")}${hint}`.trim(),
        options: [{ label: "Yes" }]
      }
    };
  }
  if (type === "array") {
    const items = schema2.items;
    if (items && Array.isArray(items.enum)) return dropdown(base, items, items.enum, true);
    if (items && items.type === "string")
      return {
        type: "textarea",
        ...base,
        attributes: { ...attributes, description: `${String(description ?? "")} One per line.`.trim() }
      };
    return "a list of objects cannot be asked in an issue form";
  }
  if (type === "object") return "an object cannot be asked in an issue form";
  const placeholder = schema2["ui:placeholder"] ?? (schema2["ui:field"] === "RepoUrlPicker" ? "owner/name, or a name" : void 0);
  if (typeof placeholder === "string") attributes.placeholder = placeholder;
  if (schema2.default !== void 0 && typeof schema2.default !== "object") attributes.value = String(schema2.default);
  const textarea = widget === "textarea" || isRecord(schema2["ui:options"]) && schema2["ui:options"].rows !== void 0;
  if (type === "number" || type === "integer")
    attributes.description = `${String(attributes.description ?? "")} (${type === "integer" ? "a whole number" : "a number"})`.trim();
  return { type: textarea ? "textarea" : "input", ...base };
}
function dropdown(base, schema2, values, multiple) {
  const names = Array.isArray(schema2.enumNames) ? schema2.enumNames : values;
  const options = values.map((v, i) => String(names[i] ?? v));
  const attributes = { ...base.attributes, options, ...multiple ? { multiple: true } : {} };
  const index = values.findIndex((v) => v === schema2.default);
  if (index >= 0) attributes.default = index;
  return { type: "dropdown", ...base, attributes };
}
function idOf(name) {
  let id = "";
  for (const c of name) id += /[\w-]/.test(c) ? c : "_";
  return id || "field";
}
var fileSafe = (name) => idOf(name).toLowerCase();

// app/core/scaffold/issue-answers.ts
var MAX_BODY = 65536;
function templateOfIssue(body) {
  if (body.length > MAX_BODY) return void 0;
  const lines = body.split("\n");
  const heading = lines.findIndex((line) => line.trim() === `### ${TEMPLATE_FIELD.label}`);
  if (heading === -1) return void 0;
  const answer = lines.slice(heading + 1).find((line) => line.trim() !== "");
  return answer === void 0 || answer.startsWith("###") ? void 0 : answer.trim();
}
function answersFromIssue(body, template, context) {
  if (body.length > MAX_BODY)
    return { problems: [{ field: "", message: `the issue is longer than ${MAX_BODY} characters` }] };
  let parsed;
  try {
    parsed = parseIssue(body, issueForm(template).yaml);
  } catch (error) {
    return {
      problems: [
        {
          field: "",
          message: `the issue cannot be read as the form's answers (${error.message}): open it again from the form`
        }
      ]
    };
  }
  const values = {};
  const problems = [];
  for (const field of formFields(template.parameters)) {
    const answer = parsed[idOf(field.name)];
    if (answer === void 0) continue;
    const value = valueOf(field, answer, context);
    if (value instanceof Error) problems.push({ field: field.name, message: value.message });
    else if (value !== void 0) values[field.name] = value;
  }
  const checked = checkValues(template.parameters, values);
  if ("problems" in checked) problems.push(...checked.problems);
  return problems.length ? { problems: labelled(problems, template) } : checked;
}
function valueOf(field, answer, context) {
  const { schema: schema2 } = field;
  if (Array.isArray(schema2.enum)) return fromLabels(schema2, schema2.enum, answer, false);
  if (schema2.type === "boolean") {
    const selected = answer.selected;
    return Array.isArray(selected) ? selected.length > 0 : void 0;
  }
  if (schema2.type === "array") {
    const items = schema2.items;
    if (items && Array.isArray(items.enum)) return fromLabels(items, items.enum, answer, true);
    if (typeof answer !== "string") return void 0;
    return answer.split("\n").map((l) => l.trim()).filter(Boolean);
  }
  if (typeof answer !== "string") return void 0;
  const text = answer.trim();
  if (schema2.type === "number" || schema2.type === "integer") {
    const n = Number(text);
    return text === "" || Number.isNaN(n) ? new Error(`"${text}" is not a number`) : n;
  }
  if (schema2["ui:field"] === "RepoUrlPicker") return repoUrlValue(text, context);
  return text;
}
function fromLabels(schema2, values, answer, multiple) {
  const chosen = (Array.isArray(answer) ? answer.map(String) : typeof answer === "string" ? [answer] : []).map(
    (label) => label.split("\n")[0]
  );
  const names = Array.isArray(schema2.enumNames) ? schema2.enumNames : values;
  const mapped = chosen.map((label) => {
    const i = names.findIndex((n, j) => String(n ?? values[j]) === label.trim());
    return i === -1 ? label : values[i];
  });
  if (!mapped.length) return void 0;
  return multiple ? mapped : mapped[0];
}
function repoUrlValue(text, context) {
  const host = context.host ?? "github.com";
  if (text.includes("?")) return text;
  const slash = text.indexOf("/");
  const [owner, repo] = slash === -1 ? [context.organization, text] : [text.slice(0, slash), text.slice(slash + 1)];
  return `${host}?owner=${encodeURIComponent(owner)}&repo=${encodeURIComponent(repo)}`;
}
function labelled(problems, template) {
  const labels = new Map(formFields(template.parameters).map((f) => [f.name, String(f.schema.title ?? f.name)]));
  return problems.map((p) => {
    const label = labels.get(p.field);
    return label && label !== p.field ? { field: `${label} (${p.field})`, message: p.message } : p;
  });
}

// app/core/scaffold/scaffold.ts
function scaffold(request) {
  let spec;
  try {
    spec = readTemplate(request.templateText);
  } catch (error) {
    if (error instanceof TemplateSpecError)
      return { ok: false, kind: "template", problems: error.reasons.map((message) => ({ where: "", message })) };
    throw error;
  }
  const checked = request.issue ? answersFromIssue(
    request.issue.body,
    {
      name: spec.name,
      title: spec.title,
      ...spec.description ? { description: spec.description } : {},
      parameters: spec.parameters
    },
    { organization: request.issue.organization }
  ) : checkValues(spec.parameters, request.answers);
  if ("problems" in checked)
    return {
      ok: false,
      kind: "answers",
      problems: checked.problems.map((p) => ({ where: p.field, message: p.message }))
    };
  const parameters = checked.values;
  let run;
  try {
    run = runTemplate({
      spec,
      template: request.template,
      parameters,
      ...request.user ? { user: request.user } : {},
      ...request.settings ? { settings: request.settings } : {}
    });
  } catch (error) {
    if (isTemplateMistake(error)) {
      const problem = error instanceof TemplateRunError ? { where: error.step, message: error.reason } : { where: "", message: error.message };
      return { ok: false, kind: "template", problems: [problem] };
    }
    throw error;
  }
  const origin = {
    template: spec.ref,
    source: request.source,
    version: request.version,
    answers: parameters,
    ...request.request ? { request: request.request } : {}
  };
  const recorded = withOrigin(run, origin, spec.parameters);
  return {
    ok: true,
    spec: { ref: spec.ref, name: spec.name, title: spec.title },
    // The workspace's `sourcePath` folder is the repository's root.
    files: subtree(recorded, run.publish?.sourcePath ?? ""),
    ...run.publish ? { publish: run.publish } : {},
    registrations: run.registrations,
    notifications: run.notifications,
    links: run.links,
    text: run.text,
    log: run.log
  };
}
function readTemplate(text) {
  const documents = parseYamlDocuments(text);
  const [document] = documents;
  if (!document || document.errors.length)
    throw new TemplateSpecError([`template.yaml is not YAML: ${document?.errors[0]?.message ?? "it is empty"}`]);
  return readTemplateSpec(document.toJSON());
}
var isTemplateMistake = (error) => error instanceof TemplateRunError || error instanceof TemplateProblem || error instanceof ActionInputError || error instanceof UnsafePathError;

export {
  FORM_PREFIX,
  issueForm,
  templateOfIssue,
  scaffold,
  readTemplate
};
