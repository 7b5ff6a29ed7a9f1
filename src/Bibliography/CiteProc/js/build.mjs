// Build step for the embedded citeproc-js (run by CiteProc.targets after `npm ci`).
// Writes, into the output folder given as argv[2]:
//   citeproc.node.js.gz      citeproc-js exactly as published, which both hosts (Jint and Node) run
//   locales.json.gz          {"en-US": "<locale xml>", ...} from citeproc-locales, newer ones from @citation-js/plugin-csl
//   versions.json            the package versions embedded, for diagnostics
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const outDir = process.argv[2];
if (!outDir) {
    console.error("usage: node build.mjs <output-folder>");
    process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const citeprocPath = require.resolve("citeproc/citeproc_commonjs.js");
const original = readFileSync(citeprocPath, "utf8");

writeFileSync(join(outDir, "citeproc.node.js.gz"), gzipSync(Buffer.from(original, "utf8")));

// Locales, keyed by tag.
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
};
writeFileSync(join(outDir, "versions.json"), JSON.stringify(versions, null, 2) + "\n");
console.log(`citeproc ${versions.citeproc}; ${Object.keys(locales).length} locales (${refreshed} refreshed from @citation-js/plugin-csl)`);
