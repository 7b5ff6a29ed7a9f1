// Build step for the embedded citeproc-js (run by CiteProc.targets after `npm ci`).
// Writes, into the output folder given as argv[2]:
//   citeproc.jurassic.js.gz  citeproc-js lowered for Jurassic (no arrows, no template literals, V8 \s semantics)
//   citeproc.node.js.gz      citeproc-js exactly as published, for the Node host
//   locales.json.gz          {"en-US": "<locale xml>", ...} from citeproc-locales, newer ones from @citation-js/plugin-csl
//   versions.json            the package versions embedded, for diagnostics
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import vm from "node:vm";
import * as esbuild from "esbuild";
import * as acorn from "acorn";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const outDir = process.argv[2];
if (!outDir) {
    console.error("usage: node build.mjs <output-folder>");
    process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const citeprocPath = require.resolve("citeproc/citeproc_commonjs.js");
const original = readFileSync(citeprocPath, "utf8");

// 1. Lower the two syntax features Jurassic 3.2.4 cannot parse; everything else stays as published.
const lowered = esbuild.transformSync(original, {
    loader: "js",
    format: undefined,
    supported: { arrow: false, "template-literal": false },
    legalComments: "inline",
    charset: "utf8",
}).code;

// 2. Give regexes V8's Unicode \s: rewrite regex literals, and route RegExp(...) calls through __bibRegExp
//    (defined in spacefix.js) so patterns assembled from strings at run time get the same rewrite.
const spacefixSource = readFileSync(join(here, "spacefix.js"), "utf8");
const sandbox = {};
vm.runInNewContext(spacefixSource + "\nthis.fix = __bibFixSpaces;", sandbox);
const fixSpaces = sandbox.fix;

// 3. Hoist regex literals into top-level constants where sharing one object cannot be observed. ES5 makes a new
//    RegExp each time a literal is evaluated and Jurassic compiles a new .NET Regex for each, so a literal inside a
//    hot function costs a regex compilation per call. Safe to share: literals without g or y (exec/test/match/
//    replace/split ignore lastIndex for them), and global ones only as the direct first argument of .replace,
//    .match or .split, which reset lastIndex themselves. Identical literals share one constant.
const hoisted = new Map();
const hoistable = (node, parent) => {
    const flags = node.regex.flags;
    if (flags.indexOf("y") >= 0) return false;
    if (flags.indexOf("g") < 0) return true;
    return !!parent && parent.type === "CallExpression" && parent.arguments[0] === node
        && parent.callee.type === "MemberExpression" && !parent.callee.computed
        && ["replace", "match", "split"].indexOf(parent.callee.property.name) >= 0;
};

const edits = [];
let literals = 0, constructors = 0, integerOps = 0, hoistedSites = 0;
const ast = acorn.parse(lowered, { ecmaVersion: "latest", sourceType: "script" });
(function walk(node, parent) {
    if (!node || typeof node.type !== "string") return;
    if (node.type === "Literal" && node.regex) {
        const fixed = fixSpaces(node.regex.pattern);
        const text = "/" + fixed + "/" + node.regex.flags;
        if (fixed !== node.regex.pattern) literals++;
        if (hoistable(node, parent)) {
            if (!hoisted.has(text)) hoisted.set(text, "__bibRx" + hoisted.size);
            edits.push({ start: node.start, end: node.end, text: hoisted.get(text) });
            hoistedSites++;
        } else if (fixed !== node.regex.pattern) {
            edits.push({ start: node.start, end: node.end, text });
        }
    }
    if ((node.type === "NewExpression" || node.type === "CallExpression")
        && node.callee.type === "Identifier" && node.callee.name === "RegExp") {
        edits.push({ start: node.callee.start, end: node.callee.end, text: "__bibRegExp" });
        constructors++;
    }
    if (node.type === "BinaryExpression" && (node.operator === "|" || node.operator === ">>>")) {
        const fn = node.operator === "|" ? "__bibOr" : "__bibUshr";
        edits.push({ start: node.start, end: node.left.start, text: fn + "(" });
        edits.push({ start: node.left.end, end: node.right.start, text: ", " });
        edits.push({ start: node.right.end, end: node.end, text: ")" });
        integerOps++;
    }
    if (node.type === "AssignmentExpression" && (node.operator === "|=" || node.operator === ">>>=")) {
        throw new Error(`citeproc uses ${node.operator} at offset ${node.start}; add a Jurassic-safe rewrite for it`);
    }
    for (const key of Object.keys(node)) {
        const value = node[key];
        if (Array.isArray(value)) value.forEach(child => walk(child, node));
        else if (value && typeof value.type === "string") walk(value, node);
    }
})(ast, null);
edits.sort((a, b) => b.start - a.start);
let jurassic = lowered;
for (const e of edits) {
    jurassic = jurassic.slice(0, e.start) + e.text + jurassic.slice(e.end);
}
// Literals are self-contained, so their constants can all be made before citeproc's own code runs.
jurassic = Array.from(hoisted, ([text, name]) => "var " + name + " = " + text + ";\n").join("") + jurassic;
if (literals === 0 || constructors === 0) {
    throw new Error(`citeproc layout changed: rewrote ${literals} regex literals and ${constructors} RegExp calls; expected some of each`);
}
// Sanity: the result must still parse as ES5-compatible script without arrows or template literals.
const check = acorn.parse(jurassic, { ecmaVersion: "latest", sourceType: "script" });
(function scan(node) {
    if (!node || typeof node.type !== "string") return;
    if (node.type === "ArrowFunctionExpression" || node.type === "TemplateLiteral") {
        throw new Error(`lowering left a ${node.type} at offset ${node.start}`);
    }
    for (const key of Object.keys(node)) {
        const value = node[key];
        if (Array.isArray(value)) value.forEach(scan);
        else if (value && typeof value.type === "string") scan(value);
    }
})(check);

// esbuild drops ordinary comments; keep citeproc-js's licence header with the code we embed.
const licence = /^\/\*[\s\S]*?\*\//.exec(original);
writeFileSync(join(outDir, "citeproc.jurassic.js.gz"),
    gzipSync(Buffer.from((licence ? licence[0] + "\n" : "") + spacefixSource + "\n" + jurassic, "utf8")));
writeFileSync(join(outDir, "citeproc.node.js.gz"), gzipSync(Buffer.from(original, "utf8")));

// 4. Locales, keyed by tag.
const localesDir = join(dirname(require.resolve("citeproc-locales/package.json")), "locales");
const locales = {};
for (const name of readdirSync(localesDir).sort()) {
    const m = /^locales-(.+)\.xml$/.exec(name);
    if (m) locales[m[1]] = readFileSync(join(localesDir, name), "utf8");
}
// citeproc-locales was last published in 2015; @citation-js/plugin-csl bundles current releases of the most used
// locales (en-US among them, which the CSL test suite is written against). Per tag, the newer <updated> wins.
const updated = xml => (/<updated>([^<]*)<\/updated>/.exec(xml) || [])[1] || "";
const current = require("@citation-js/plugin-csl/lib/locales.json");
let refreshed = 0;
for (const [tag, xml] of Object.entries(current)) {
    if (!locales[tag] || updated(xml) > updated(locales[tag])) { locales[tag] = xml; refreshed++; }
}
writeFileSync(join(outDir, "locales.json.gz"), gzipSync(Buffer.from(JSON.stringify(locales), "utf8")));

const versions = {
    citeproc: require("citeproc/package.json").version,
    "citeproc-locales": require("citeproc-locales/package.json").version,
    "@citation-js/plugin-csl (current locales)": require("@citation-js/plugin-csl/package.json").version,
    esbuild: esbuild.version,
};
writeFileSync(join(outDir, "versions.json"), JSON.stringify(versions, null, 2) + "\n");
console.log(`citeproc ${versions.citeproc}: ${literals} regex literals (${hoistedSites} sites hoisted into ${hoisted.size} constants), ${constructors} RegExp calls, ${integerOps} |/>>> operations rewritten; ${Object.keys(locales).length} locales (${refreshed} refreshed from @citation-js/plugin-csl)`);
