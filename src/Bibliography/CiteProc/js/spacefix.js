// Rewrites \s and \S in a regular-expression source so that engines whose \s is ASCII-only
// (Jurassic compiles with .NET's ECMAScript option) match exactly what V8's \s matches.
// Plain ES5 on purpose: build.mjs uses it on regex literals, the Jurassic prelude on RegExp(...) strings.
var __bibSpaceClass = "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
// Run-time callers build the same few patterns over and over (per citation, per name), so results are memoised
// by source; the caps keep a stream of data-built patterns from growing the caches without bound.
var __bibCacheLimit = 4096;
var __bibFixed = {};
var __bibFixedCount = 0;
function __bibFixSpaces(source) {
    if (source.indexOf("\\s") < 0 && source.indexOf("\\S") < 0) {
        return source;
    }
    var key = "#" + source;
    var hit = __bibFixed[key];
    if (hit !== undefined) {
        return hit;
    }
    if (__bibFixedCount >= __bibCacheLimit) {
        __bibFixed = {};
        __bibFixedCount = 0;
    }
    __bibFixedCount += 1;
    return (__bibFixed[key] = __bibRewriteSpaces(source));
}
function __bibRewriteSpaces(source) {
    var out = "";
    var inClass = false;
    var i = 0;
    while (i < source.length) {
        var c = source.charAt(i);
        if (c === "\\" && i + 1 < source.length) {
            var n = source.charAt(i + 1);
            if (n === "s") {
                out += inClass ? __bibSpaceClass : "[" + __bibSpaceClass + "]";
            } else if (n === "S") {
                if (inClass) {
                    // A negated class cannot be spliced into a class; keep \S (ASCII semantics) rather than mis-rewrite.
                    out += "\\S";
                } else {
                    out += "[^" + __bibSpaceClass + "]";
                }
            } else {
                out += c + n;
            }
            i += 2;
            continue;
        }
        if (c === "[" && !inClass) {
            inClass = true;
        } else if (c === "]" && inClass) {
            inClass = false;
        }
        out += c;
        i += 1;
    }
    return out;
}
// Stands in for RegExp(...) / new RegExp(...) in the lowered citeproc, so dynamically built patterns get the same fix.
// A regex without g or y keeps no state that exec/test/match/replace/split look at (they ignore lastIndex), so
// one shared instance per (source, flags) behaves exactly like a new one and saves Jurassic a .NET Regex build.
var __bibRegExps = {};
var __bibRegExpCount = 0;
function __bibRegExp(pattern, flags) {
    var isRx = pattern instanceof RegExp;
    var source = isRx ? pattern.source : (pattern === undefined ? "(?:)" : String(pattern));
    if (flags === undefined && isRx) {
        flags = (pattern.global ? "g" : "") + (pattern.ignoreCase ? "i" : "") + (pattern.multiline ? "m" : "");
    }
    source = __bibFixSpaces(source);
    var flagText = flags === undefined ? "" : String(flags);
    if (flagText.indexOf("g") >= 0 || flagText.indexOf("y") >= 0) {
        return flags === undefined ? new RegExp(source) : new RegExp(source, flags);
    }
    var key = flagText + "/" + source;
    var hit = __bibRegExps[key];
    if (hit !== undefined) {
        return hit;
    }
    var made = flags === undefined ? new RegExp(source) : new RegExp(source, flags);
    if (__bibRegExpCount >= __bibCacheLimit) {
        __bibRegExps = {};
        __bibRegExpCount = 0;
    }
    __bibRegExpCount += 1;
    return (__bibRegExps[key] = made);
}
// Jurassic 3.2.4 on .NET 9+ converts negative numbers wrongly in x|y and x>>>y (saturating double-to-int casts).
// build.mjs routes those operators in citeproc through these exact ToInt32/ToUint32 versions.
function __bibToUint32(x) {
    x = Number(x);
    if (x !== x || x === Infinity || x === -Infinity) {
        return 0;
    }
    x = (x < 0 ? -Math.floor(-x) : Math.floor(x)) % 4294967296;
    return x < 0 ? x + 4294967296 : x;
}
function __bibToInt32(x) {
    var u = __bibToUint32(x);
    return u >= 2147483648 ? u - 4294967296 : u;
}
function __bibOr(a, b) {
    var x = __bibToUint32(a), y = __bibToUint32(b), r = 0, bit = 1;
    for (var i = 0; i < 32; i += 1) {
        if ((x % 2 === 1) || (y % 2 === 1)) {
            r += bit;
        }
        x = Math.floor(x / 2);
        y = Math.floor(y / 2);
        bit *= 2;
    }
    return __bibToInt32(r);
}
function __bibUshr(a, b) {
    return Math.floor(__bibToUint32(a) / Math.pow(2, __bibToUint32(b) % 32));
}
