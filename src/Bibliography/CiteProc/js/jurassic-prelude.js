// Loaded by the Jurassic host before citeproc-js. Jurassic's built-ins differ from V8's where citeproc's
// output depends on them; these overrides route them to .NET (host functions __bibHost*) so the embedded
// engine formats exactly as citeproc-js does on Node. Plain ES5.
var module = { exports: {} };
var console = { log: function () {}, warn: function () {}, error: function () {} };

(function () {
    var asciiOnly = /^[\x00-\x7f]*$/;
    var nativeUpper = String.prototype.toUpperCase;
    var nativeLower = String.prototype.toLowerCase;

    function firstLocale(locales) {
        if (locales === undefined || locales === null) {
            return "";
        }
        if (typeof locales === "string") {
            return locales;
        }
        if (locales.length !== undefined) {
            return locales.length ? String(locales[0]) : "";
        }
        return String(locales);
    }

    // Full Unicode case mapping (ß to SS, final sigma, Turkish/Azerbaijani i) comes from the host.
    String.prototype.toUpperCase = function () {
        var s = String(this);
        return asciiOnly.test(s) ? nativeUpper.call(s) : __bibHostUpper(s, "");
    };
    String.prototype.toLowerCase = function () {
        var s = String(this);
        return asciiOnly.test(s) ? nativeLower.call(s) : __bibHostLower(s, "");
    };
    String.prototype.toLocaleUpperCase = function (locales) {
        var s = String(this);
        var tag = firstLocale(locales);
        return asciiOnly.test(s) && !/^(tr|az|lt)\b/i.test(tag) ? nativeUpper.call(s) : __bibHostUpper(s, tag);
    };
    String.prototype.toLocaleLowerCase = function (locales) {
        var s = String(this);
        var tag = firstLocale(locales);
        return asciiOnly.test(s) && !/^(tr|az|lt)\b/i.test(tag) ? nativeLower.call(s) : __bibHostLower(s, tag);
    };
    // Intl-style collation: locale, sensitivity, ignorePunctuation and numeric, as V8's ICU gives them.
    String.prototype.localeCompare = function (that, locales, options) {
        var o = options || {};
        return __bibHostCompare(String(this), String(that), firstLocale(locales),
            o.sensitivity ? String(o.sensitivity) : "variant", !!o.ignorePunctuation, !!o.numeric);
    };

    // Jurassic can print {"n":} for a number that came from an array length; citeproc clones data through
    // JSON, so every number is passed through arithmetic (which yields an ordinary double) on the way out.
    var nativeStringify = JSON.stringify;
    JSON.stringify = function (value, replacer, space) {
        var fix = function (key, v) { return typeof v === "number" ? v * 1 : v; };
        if (typeof replacer === "function") {
            var user = replacer;
            return nativeStringify(value, function (key, v) { return fix(key, user.call(this, key, v)); }, space);
        }
        if (replacer !== undefined && replacer !== null) {
            return nativeStringify(value, replacer, space);
        }
        return nativeStringify(value, fix, space);
    };

    // V8's Array.prototype.sort is stable; Jurassic's is not, and citeproc relies on ties keeping input order.
    var nativeSort = Array.prototype.sort;
    function defaultCompare(a, b) {
        var x = String(a), y = String(b);
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    function mergeSort(list, cmp) {
        var n = list.length;
        if (n < 2) {
            return list;
        }
        var buf = new Array(n);
        for (var width = 1; width < n; width *= 2) {
            for (var lo = 0; lo < n; lo += 2 * width) {
                var mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
                var i = lo, j = mid, k = lo;
                while (i < mid && j < hi) {
                    var c = cmp(list[j], list[i]);
                    if (c < 0) {
                        buf[k++] = list[j++];
                    } else {
                        buf[k++] = list[i++];
                    }
                }
                while (i < mid) { buf[k++] = list[i++]; }
                while (j < hi) { buf[k++] = list[j++]; }
            }
            var t = list; list = buf; buf = t;
        }
        return list;
    }
    Array.prototype.sort = function (comparefn) {
        if (comparefn !== undefined && typeof comparefn !== "function") {
            return nativeSort.call(this, comparefn);
        }
        var len = this.length;
        var values = [], undefs = 0, i;
        for (i = 0; i < len; i += 1) {
            if (i in this) {
                if (this[i] === undefined) {
                    undefs += 1;
                } else {
                    values.push(this[i]);
                }
            }
        }
        var cmp = comparefn ? function (a, b) { var r = +comparefn(a, b); return r !== r ? 0 : r; } : defaultCompare;
        var sorted = mergeSort(values, cmp);
        var holes = len - sorted.length - undefs;
        for (i = 0; i < sorted.length; i += 1) { this[i] = sorted[i]; }
        for (var u = 0; u < undefs; u += 1) { this[i++] = undefined; }
        for (var h = 0; h < holes; h += 1) { delete this[i++]; }
        return this;
    };
}());

// The host's one entry point: BibDriver (driver.js) is defined after this prelude runs, and looked up per call.
function __bibCall(fn, json) { return BibDriver[fn](json); }
