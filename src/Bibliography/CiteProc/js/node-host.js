// Node side of NodeHost. It reaches node as the text of `node -e` and reads its program from stdin, so nothing it
// runs is ever read from a file another user could have written.
//   argv: [node, <pid of the .NET parent>, <heap limit of citeproc's thread, MB>, <its stack, MB>]
//   stdin, first line: {"citeproc": "<citeproc.js>", "driver": "<driver.js>"}  ->  {"id": 0, "result": "<ping>"}
//   then JSON lines:    {"id": 1, "fn": "render", "arg": "<json>"}             ->  {"id": 1, "result": "<json>"}
//   a job that ends citeproc's thread:  ->  {"id": 1, "fatal": "memory"|"crash", "message": "..."}, and node exits
// citeproc-js runs on a worker thread so that this thread stays free: a runaway style cannot keep it from noticing
// that its parent is gone, and the worker's heap and stack are bounded (a heap past its limit ends the worker with
// ERR_WORKER_OUT_OF_MEMORY instead of V8's fatal report; deep recursion is a RangeError instead of a segfault).
"use strict";
var workerThreads = require("worker_threads");
var readline = require("readline");

// The parent as found at start, not the .NET pid given in argv: BIBLIOGRAPHY_NODE may be a wrapper (a version
// manager's shim) that runs node as its child, and that must not look like orphaning.
var parentPid = process.ppid;
var heapMb = Number(process.argv[2]);
var stackMb = Number(process.argv[3]);

function die() {
    // SIGKILL rather than process.exit: exit waits for the worker to stop, and it may be deep in a runaway job.
    process.kill(process.pid, "SIGKILL");
}

// Orphaned (the parent was killed, even by SIGKILL, and another process adopted us): stop at once.
if (process.ppid !== parentPid) {
    die();
}
setInterval(function () {
    if (process.ppid !== parentPid) {
        die();
    }
}, 200);
process.stdout.on("error", die);

// The worker thread's whole program, given to it as source (it is never read from a file either).
function citeprocThread() {
    var threads = require("worker_threads");
    var vm = require("vm");

    function answer(id, result) {
        try {
            return JSON.stringify({ id: id, result: result });
        } catch (e) {
            // An answer too long for one string.
            return JSON.stringify({ id: id, result: JSON.stringify({ error: "the answer could not be sent: " + String(e && e.message || e) }) });
        }
    }

    // The first message is the program (stdin's first line as it came), so the thread starts while that is read.
    threads.parentPort.once("message", function (line) {
        var program = JSON.parse(line);
        line = null;
        // citeproc-js is a CommonJS module: give it what require would.
        var mod = { exports: {} };
        vm.runInThisContext("(function (module, exports) {" + program.citeproc + "\n})", { filename: "citeproc.js" })(mod, mod.exports);
        globalThis.module = { exports: mod.exports };
        vm.runInThisContext(program.driver + "\nglobalThis.BibDriver = BibDriver;", { filename: "driver.js" });
        program = null;
        var driver = globalThis.BibDriver;

        threads.parentPort.on("message", function (request) {
            var id = null, result;
            try {
                var req = JSON.parse(request);
                request = null;
                id = req.id;
                var fn = driver[req.fn];
                result = typeof fn === "function" ? fn(req.arg) : JSON.stringify({ error: "unknown driver function " + req.fn });
            } catch (e) {
                result = JSON.stringify({ error: String(e && e.message || e) });
            }
            threads.parentPort.postMessage(answer(id, result));
        });
        threads.parentPort.postMessage(answer(0, driver.ping("null")));
    });
}

var pending = null; // the id of the job the worker is running
var idPrefix = /^\{"id":(\d+)/;

function fatal(kind, message) {
    worker = null;
    process.stdout.write(JSON.stringify({ id: pending, fatal: kind, message: message }) + "\n", function () {
        process.exit(3);
    });
}

var worker = new workerThreads.Worker("(" + citeprocThread.toString() + ")();", {
    eval: true,
    // stdout carries the protocol alone: citeproc-js reports warnings (e.g. "Note index sequence is not sane") with
    // console.log, and they go to stderr instead.
    stdout: true,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, stackSizeMb: stackMb },
});
worker.stdout.pipe(process.stderr);
worker.on("message", function (line) {
    pending = null;
    process.stdout.write(line + "\n");
});
worker.on("error", function (e) {
    if (e && e.code === "ERR_WORKER_OUT_OF_MEMORY") {
        fatal("memory", "citeproc-js needed more than " + heapMb + " MB");
    } else {
        fatal("crash", String(e && e.stack || e));
    }
});
worker.on("exit", function (code) {
    if (worker) {
        fatal("crash", "citeproc-js's thread exited with code " + code);
    }
});

var rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", function (line) {
    if (!line || !worker) {
        return;
    }
    var m = idPrefix.exec(line);
    pending = m ? Number(m[1]) : null;
    worker.postMessage(line);
});
rl.on("close", function () {
    // The parent closed our stdin (it disposed the host, or died): a job still running is not waited for.
    if (pending !== null) {
        die();
    }
    process.exit(0);
});
