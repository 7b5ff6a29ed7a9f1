// Node side of NodeHost: loads the unmodified citeproc-js and our driver, then answers JSON lines on stdin:
//   {"id": 1, "fn": "render", "arg": "<json>"}  ->  {"id": 1, "result": "<json>"}
// argv: [node, node-host.js, citeproc.js, driver.js]
"use strict";
var fs = require("fs");
var vm = require("vm");
var readline = require("readline");

// stdout carries the protocol alone: citeproc-js reports warnings (e.g. "Note index sequence is not sane")
// with console.log, which would otherwise land in the middle of the answers.
console.log = console.info = console.debug = console.error;

var CSL = require(process.argv[2]);
global.module = { exports: CSL };
vm.runInThisContext(fs.readFileSync(process.argv[3], "utf8") + "\nglobalThis.BibDriver = BibDriver;", { filename: "driver.js" });
var driver = globalThis.BibDriver;

var rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", function (line) {
    if (!line) {
        return;
    }
    var id = null, result;
    try {
        var req = JSON.parse(line);
        id = req.id;
        var fn = driver[req.fn];
        result = typeof fn === "function" ? fn(req.arg) : JSON.stringify({ error: "unknown driver function " + req.fn });
    } catch (e) {
        result = JSON.stringify({ error: String(e && e.message || e) });
    }
    process.stdout.write(JSON.stringify({ id: id, result: result }) + "\n");
});
rl.on("close", function () {
    process.exit(0);
});
process.stdout.write(JSON.stringify({ id: 0, result: driver.ping("null") }) + "\n");
