// The format jobs run directly in Node with the same citeproc-js the hosts embed (npm's citeproc_commonjs.js),
// for the benchmarks' "host over citeproc" ratios. Everything is loaded once; each job then does only citeproc work.
// usage: node --stack-size=16000 direct-citeproc.js <citeproc_commonjs.js> <job.json>
//   job.json: {"style": "<csl xml>", "lang": "en-US" | null, "locales": {"en-US": "<xml>", ...}, "items": [...], "clusters": [[{"id":..}], ...]}
// stdin lines: "bibliography" or "notes"; each answer is one line {"count": n, "chars": total length, "ms": time in citeproc}.
"use strict";
var fs = require("fs");
var readline = require("readline");

var CSL = require(process.argv[2]);
var job = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
var byId = {};
var ids = job.items.map(function (item) { byId[String(item.id)] = item; return item.id; });
var sys = {
    retrieveItem: function (id) { return byId[String(id)]; },
    // As the driver does: citeproc-js's test runner drops the XML declaration.
    retrieveLocale: function (lang) { return job.locales[lang] ? job.locales[lang].replace(/\s*<\?[^>]*\?>\s*\n/g, "") : false; }
};

function engine() {
    var e = new CSL.Engine(sys, job.style, job.lang || undefined, false);
    e.setOutputFormat("text");
    return e;
}

var jobs = {
    bibliography: function () {
        var e = engine();
        e.updateItems(ids);
        return e.makeBibliography()[1];
    },
    notes: function () {
        var e = engine();
        var pre = [], out = [];
        job.clusters.forEach(function (items, i) {
            var id = "bib-citation-" + i;
            var res = e.processCitationCluster({ citationID: id, citationItems: items, properties: { noteIndex: i + 1 } }, pre, []);
            res[1].forEach(function (u) { out[u[0]] = u[1]; });
            pre.push([id, i + 1]);
        });
        return out;
    }
};

readline.createInterface({ input: process.stdin, crlfDelay: Infinity }).on("line", function (line) {
    var started = process.hrtime.bigint();
    var result = jobs[line.trim()]();
    var ms = Number(process.hrtime.bigint() - started) / 1e6;
    var chars = result.reduce(function (n, s) { return n + s.length; }, 0);
    process.stdout.write(JSON.stringify({ count: result.length, chars: chars, ms: ms }) + "\n");
});
