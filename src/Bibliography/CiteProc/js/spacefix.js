// Rewrites \s and \S in a regular-expression source so that engines whose \s is ASCII-only
// (Jurassic compiles with .NET's ECMAScript option) match exactly what V8's \s matches.
// Plain ES5 on purpose: build.mjs uses it on regex literals, the Jurassic prelude on RegExp(...) strings.
var __bibSpaceClass = "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
function __bibFixSpaces(source) {
    if (source.indexOf("\\s") < 0 && source.indexOf("\\S") < 0) {
        return source;
    }
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
function __bibRegExp(pattern, flags) {
    var isRx = pattern instanceof RegExp;
    var source = isRx ? pattern.source : (pattern === undefined ? "(?:)" : String(pattern));
    if (flags === undefined && isRx) {
        flags = (pattern.global ? "g" : "") + (pattern.ignoreCase ? "i" : "") + (pattern.multiline ? "m" : "");
    }
    source = __bibFixSpaces(source);
    return flags === undefined ? new RegExp(source) : new RegExp(source, flags);
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
