// Our driver around citeproc-js, loaded by both hosts right after citeproc (which leaves module.exports = CSL).
// Every entry point takes one JSON string and returns one JSON string ({"ok": ...} or {"error": "..."}), so the
// Jint and Node hosts differ only in the JS runtime and the few host hooks, and give byte-identical output.
var BibDriver = (function () {
    var CSL = module.exports;
    var locales = {};
    var hostCompare = typeof __bibHostCompare === "function" ? __bibHostCompare : null;

    function hasOwn(obj, key) {
        return Object.prototype.hasOwnProperty.call(obj, key);
    }

    // A host that can hand over one locale at a time (Jint) supplies __bibHostLocale instead of setLocales:
    // parsing every locale's XML into the engine up front costs more than the first citation.
    var hostLocale = typeof __bibHostLocale === "function" ? __bibHostLocale : null;

    // The XML declaration is dropped as citeproc-js's own test runner does; stripped once per locale. (Jint hands over
    // the JSON form of the locale's tree, CslXmlJson, which has none: JSON text holds no raw line break to match.)
    var xmlDeclaration = /\s*<\?[^>]*\?>\s*\n/g;
    var strippedLocales = {};

    function retrieveLocale(lang) {
        if (!hasOwn(locales, lang)) {
            var xml = hostLocale ? hostLocale(String(lang)) : null;
            if (typeof xml !== "string") {
                return false;
            }
            locales[lang] = xml;
        }
        if (!hasOwn(strippedLocales, lang)) {
            strippedLocales[lang] = locales[lang].replace(xmlDeclaration, "");
        }
        return strippedLocales[lang];
    }

    // Hosts whose localeCompare ignores some of its options (Jint ignores ignorePunctuation) supply a comparator; Node
    // keeps citeproc's own.
    function installCompare(sys, getEngine) {
        if (!hostCompare) {
            return;
        }
        sys.stringCompare = function (a, b) {
            var engine = getEngine();
            var lang = engine && engine.opt ? engine.opt["default-locale-sort"] || engine.opt["default-locale"][0] : "en-US";
            var lower = engine ? CSL.toLocaleLowerCase : null;
            var la = lower ? lower.call(engine, a) : String(a).toLowerCase();
            var lb = lower ? lower.call(engine, b) : String(b).toLowerCase();
            return hostCompare(la, lb, lang || "en-US", "base", true, true);
        };
    }

    function message(e) {
        if (e && typeof e === "object" && e.message) {
            return String(e.message);
        }
        return String(e);
    }

    function wrap(fn) {
        return function (json) {
            var result;
            try {
                result = { ok: fn(JSON.parse(json)) };
            } catch (e) {
                result = { error: message(e) };
            }
            return JSON.stringify(result);
        };
    }

    function makeEngine(sys, style, lang, forceLang, format) {
        var engine = null;
        installCompare(sys, function () { return engine; });
        engine = new CSL.Engine(sys, style, lang || undefined, !!forceLang);
        if (format) {
            engine.setOutputFormat(format);
        }
        return engine;
    }

    // Building a CSL.Engine (parsing the style XML, building its token lists, loading the locale) costs more than
    // rendering a short document, so render keeps the last few engines, keyed by everything the constructor
    // reads. The item data is not part of the engine: its sys reads whatever map the current call installs.
    var engineCacheSize = 8;
    var engines = [];
    var currentItems = {};
    var enginesBuilt = 0;
    var engineHits = 0;

    function renderEngine(style, lang, forceLang, format) {
        var key = [String(lang || ""), forceLang ? "1" : "0", String(format), String(style)].join("\u0000");
        for (var i = 0; i < engines.length; i += 1) {
            if (engines[i].key === key) {
                var hit = engines[i];
                engineHits += 1;
                engines.splice(i, 1);
                engines.push(hit);
                // Constructing another engine points citeproc's global comparator at that engine's sys.
                if (hit.engine.sys.stringCompare) {
                    CSL.stringCompare = hit.engine.sys.stringCompare;
                }
                return hit.engine;
            }
        }
        var sys = {
            retrieveItem: function (id) { return currentItems[String(id)]; },
            retrieveLocale: retrieveLocale
        };
        var engine = makeEngine(sys, style, lang, forceLang, format);
        enginesBuilt += 1;
        engines.push({ key: key, engine: engine });
        if (engines.length > engineCacheSize) {
            engines.shift();
        }
        return engine;
    }

    function dropEngine(engine) {
        for (var i = 0; i < engines.length; i += 1) {
            if (engines[i].engine === engine) {
                engines.splice(i, 1);
                return;
            }
        }
    }

    // render: {style, lang, forceLang, format, items:[...], clusters:[{items:[...], noteIndex}], bibliography, ids, part}
    // Calls are independent: a cached engine is reset after every call (so it holds no items between calls), and
    // one that failed half-way, or could not be reset, is thrown away.
    function render(req) {
        var checked = checkItems(req.items || []);
        var engine = renderEngine(req.style, req.lang, req.forceLang, req.format || "text");
        var clean = false;
        currentItems = checked.map;
        try {
            var out = renderWith(engine, req, checked);
            clean = true;
            return out;
        } finally {
            currentItems = {};
            if (clean) {
                try {
                    // With no citations, restoreProcessorState drops the registry (items, citations, disambiguation)
                    // and the scratch state: everything a render leaves behind.
                    engine.restoreProcessorState([]);
                } catch (e) {
                    clean = false;
                }
            }
            if (!clean) {
                dropEngine(engine);
            }
        }
    }

    function checkItems(items) {
        var byId = {};
        var ids = [];
        var i;
        for (i = 0; i < items.length; i += 1) {
            var item = items[i];
            if (!item || typeof item !== "object" || item.id === undefined || item.id === null || item.id === "") {
                throw new Error("item " + (i + 1) + " has no id");
            }
            if (typeof item.type !== "string" || !item.type) {
                throw new Error("item '" + item.id + "' has no type");
            }
            if (hasOwn(byId, String(item.id))) {
                throw new Error("item id '" + item.id + "' occurs twice");
            }
            byId[String(item.id)] = item;
            ids.push(item.id);
        }
        return { map: byId, ids: ids };
    }

    // The clusters in order, each processed against all the earlier ones; the rendered citations by position.
    // Per cluster (batch false), as an editor adds them: each cluster registers its items, and every earlier citation
    // it changes (disambiguation, ibid, subsequent) is rendered again. Its cost grows with the square of the notes
    // (every cluster re-runs updateItems over all the items cited so far). Kept where the batch is not exact
    // (batchIsExact); the differential test (tests/Bibliography.Tests/CiteProc/NotesBatchDifferentialTests.cs) holds
    // the two paths to each other.
    // Batch: citeproc-js's rebuildProcessorState, inlined. Every cited item is registered in one updateItems (so
    // disambiguation sees the final set of items from the start), then the clusters are processed with
    // CSL.ASSUME_ALL_ITEMS_REGISTERED, which skips the per-cluster updateItems. Inlined rather than called because
    // rebuildProcessorState drops each cluster's citation_errors (an item that renders nothing must still be
    // reported), and its trailing setOutputFormat/updateUncitedItems would change the engine state a bibliography in
    // the same render reads (the engine's format is already the request's).
    function renderClusters(engine, citations, batch) {
        var i, j;
        if (batch) {
            var seen = {};
            var itemIDs = [];
            for (i = 0; i < citations.length; i += 1) {
                for (j = 0; j < citations[i].citationItems.length; j += 1) {
                    var id = String(citations[i].citationItems[j].id);
                    if (!hasOwn(seen, id)) {
                        seen[id] = true;
                        itemIDs.push(id);
                    }
                }
            }
            engine.updateItems(itemIDs);
        }
        var flag = batch ? CSL.ASSUME_ALL_ITEMS_REGISTERED : undefined;
        var rendered = [];
        var pre = [];
        for (i = 0; i < citations.length; i += 1) {
            var res = engine.processCitationCluster(citations[i], pre, [], flag);
            checkErrors(res, i);
            for (j = 0; j < res[1].length; j += 1) {
                rendered[res[1][j][0]] = res[1][j][1];
            }
            pre.push([citations[i].citationID, citations[i].properties.noteIndex]);
        }
        return rendered;
    }

    // Whether the batch gives, byte for byte, what the per-cluster path gives. Not for a note style with a
    // disambiguate="true" condition: there citeproc re-disambiguates an item when its citation count or first
    // note changes, and the outcome depends on which clusters were registered when the item first was. Registering
    // every item before any cluster gives other notes on two of the CSL suite's fixtures, both of which the
    // per-cluster path passes (disambiguate_BasedOnSubsequentFormWithBackref2: "Doe, supra note 1." for "Doe, His
    // Book, supra note 1."; bugreports_EnvAndUrb: "See reference 1." for "See reference 1, Baines et al."), though
    // none on the corpus. Every other citation fixture of the suite (630 fed front to back) and the corpus give
    // identical notes; author-date styles gain the most (apa, 200 clusters: 44 s -> 6 s in Node).
    function batchIsExact(engine) {
        return !(engine.opt.xclass === "note" && engine.opt.has_disambiguate);
    }

    function checkErrors(res, i) {
        if (res[0] && res[0].citation_errors && res[0].citation_errors.length) {
            throw new Error("citation " + (i + 1) + ": " + JSON.stringify(res[0].citation_errors[0]));
        }
    }

    function renderWith(engine, req, checked) {
        var byId = checked.map;
        var ids = checked.ids;
        var i, j;
        var out = { citations: null, bibliography: null };
        var clusters = req.clusters;
        if (clusters && clusters.length) {
            var citations = [];
            for (i = 0; i < clusters.length; i += 1) {
                var citationItems = clusters[i].items || [];
                for (j = 0; j < citationItems.length; j += 1) {
                    if (!hasOwn(byId, String(citationItems[j].id))) {
                        throw new Error("citation " + (i + 1) + " cites unknown item id '" + citationItems[j].id + "'");
                    }
                }
                var noteIndex = clusters[i].noteIndex === undefined || clusters[i].noteIndex === null ? i + 1 : clusters[i].noteIndex;
                citations.push({ citationID: "bib-citation-" + i, citationItems: citationItems, properties: { noteIndex: noteIndex } });
            }
            var batch = req.path === "batch" || (req.path !== "perCluster" && batchIsExact(engine));
            out.citations = renderClusters(engine, citations, batch);
        }
        if (req.bibliography) {
            if (req.ids) {
                engine.updateUncitedItems(req.ids);
            } else if (!clusters || !clusters.length) {
                engine.updateItems(ids);
            }
            var watched = req.part ? watchSubstitution(engine) : null;
            var bib;
            try {
                bib = engine.makeBibliography();
            } finally {
                if (watched) {
                    watched.stop();
                }
            }
            if (bib) {
                var params = bib[0];
                out.bibliography = {
                    entries: bib[1],
                    ids: params.entry_ids,
                    bibstart: params.bibstart,
                    bibend: params.bibend,
                    maxoffset: params.maxoffset,
                    entryspacing: params.entryspacing,
                    linespacing: params.linespacing,
                    hangingindent: params.hangingindent,
                    secondFieldAlign: params["second-field-align"]
                };
                if (watched) {
                    out.bibliography.part = describePart(engine, bib, watched.entries);
                }
            }
        }
        return out;
    }

    // ---- One bibliography in disjoint parts (render with part: true, then joinBibliography) ----
    //
    // A host with several engines renders a large bibliography as parts, each engine registering only its own items.
    // The host chooses parts that cannot interact (BibliographyParts.cs); what each part returns here lets the host
    // and joinBibliography prove that they did not, or else the bibliography is rendered whole:
    //   keys   - each entry's bibliography sort keys, to merge the parts with citeproc's own comparator;
    //   akeys  - the disambiguation pools (registry.ambigcites keys): a pool split across parts would disambiguate
    //            differently, so no pool may occur in two parts;
    //   names  - the name registry's family keys, through which global given-name rules act across pools;
    //   subst  - per entry, what subsequent-author-substitute read and wrote of tmp.last_rendered_name, the only
    //            state an entry hands to the next one, so that the join can replay that chain in the joined order.

    // Records, per entry (tmp.bibliography_pos), the reads and writes of tmp.last_rendered_name during
    // makeBibliography. Its reset before the first entry is not an entry's (bibliography_pos is -1 until then).
    function watchSubstitution(engine) {
        var tmp = engine.tmp;
        var value = tmp.last_rendered_name;
        var entries = [];
        function entry() {
            var pos = tmp.bibliography_pos;
            if (typeof pos !== "number" || pos < 0) {
                return null;
            }
            if (!entries[pos]) {
                entries[pos] = { n: 0, k: 0 };
            }
            return entries[pos];
        }
        tmp.bibliography_pos = -1;
        Object.defineProperty(tmp, "last_rendered_name", {
            configurable: true,
            enumerable: true,
            get: function () {
                var e = entry();
                if (e) {
                    if (e.n === 0) {
                        e.r = value;
                    }
                    e.n += 1;
                }
                return value;
            },
            set: function (v) {
                var e = entry();
                if (e) {
                    e.k += 1;
                    e.w = v;
                }
                value = v;
            }
        });
        return {
            entries: entries,
            stop: function () {
                delete tmp.last_rendered_name;
                tmp.last_rendered_name = value;
            }
        };
    }

    function describePart(engine, bib, watched) {
        var ids = bib[0].entry_ids;
        var registry = engine.registry.registry;
        var i, id;
        // Entries are matched to their ids by position; an entry that rendered empty is left out of bib[1].
        if (bib[1].length !== ids.length) {
            return { whole: "an entry rendered empty" };
        }
        var keys = [];
        var subst = [];
        for (i = 0; i < ids.length; i += 1) {
            if (ids[i].length !== 1 || !registry[ids[i][0]]) {
                return { whole: "an entry holds parallel items" };
            }
            var sortkeys = registry[ids[i][0]].sortkeys;
            if (Object.prototype.toString.call(sortkeys) !== "[object Array]") {
                return { whole: "an entry has no sort keys" };
            }
            keys.push(sortkeys);
            var w = watched[i];
            if (!w) {
                subst.push(null);
            } else if (w.k > 1 || (w.n > 0 && w.k === 0)) {
                // Not the one compare-then-store that subsequent-author-substitute does: the join cannot replay it.
                return { whole: "an entry used the substituted name other than once" };
            } else {
                subst.push(w.k ? { n: w.n, r: w.n ? w.r : false, w: w.w } : null);
            }
        }
        for (id in registry) {
            if (hasOwn(registry, id)) {
                var token = registry[id];
                // Parallel cites and Juris-M containers and legislation are grouped across items when rendered.
                if (token.siblings || token.master || (token.ref && (token.ref.container_id || token.ref.legislation_id))) {
                    return { whole: "items are grouped into one entry" };
                }
            }
        }
        return {
            keys: keys,
            subst: subst,
            akeys: Object.keys(engine.registry.ambigcites),
            names: Object.keys(engine.registry.namereg.namereg)
        };
    }

    // JSON turned undefined array members into null; citeproc's comparisons tell them apart.
    function restoreUndefined(list) {
        if (Object.prototype.toString.call(list) !== "[object Array]") {
            return list;
        }
        var out = [];
        for (var i = 0; i < list.length; i += 1) {
            out.push(list[i] === null ? undefined : list[i]);
        }
        return out;
    }

    // What subsequent-author-substitute decides for an entry whose names are `name` after `last`: the same tests as
    // citeproc's substitution (util_substitute.js), one flag per name under the partial rules.
    function substitutes(partial, first, name, last) {
        if (!partial) {
            return !!(last && !name.localeCompare(last));
        }
        var out = [];
        var dosub = true;
        for (var i = 0; i < name.length; i += 1) {
            if (dosub && last && last.length > (i - 1) && name[i] && !name[i].localeCompare(last[i])) {
                out.push(true);
                if (first) {
                    dosub = false;
                }
            } else {
                dosub = false;
                out.push(false);
            }
        }
        return out.join(",");
    }

    // joinBibliography: {style, lang, forceLang, format, parts: [{keys, seq, subst}]} -> {order: [part, index, ...]}
    // or {whole: reason}. Merges the parts' sorted entries by the style's comparator (registry.sorter.compareKeys:
    // the sort keys, then seq, the registration order, which the host gives as in the whole registration), then
    // replays subsequent-author-substitute along the joined order: every entry must decide as it did in its part.
    function joinBibliography(req) {
        var engine = renderEngine(req.style, req.lang, req.forceLang, req.format || "text");
        var compare = engine.registry.sorter.compareKeys;
        var parts = req.parts;
        var tokens = [];
        var p, i, total = 0;
        for (p = 0; p < parts.length; p += 1) {
            tokens.push([]);
            for (i = 0; i < parts[p].keys.length; i += 1) {
                var token = { sortkeys: restoreUndefined(parts[p].keys[i]), seq: parts[p].seq[i] };
                if (i > 0 && compare(tokens[p][i - 1], token) >= 0) {
                    return { whole: "part " + p + " is not in the order its keys give" };
                }
                tokens[p].push(token);
            }
            total += tokens[p].length;
        }
        var heads = [];
        for (p = 0; p < parts.length; p += 1) {
            heads.push(0);
        }
        var order = [];
        while (order.length < total * 2) {
            var best = -1;
            for (p = 0; p < parts.length; p += 1) {
                if (heads[p] < tokens[p].length && (best < 0 || compare(tokens[p][heads[p]], tokens[best][heads[best]]) < 0)) {
                    best = p;
                }
            }
            order.push(best, heads[best]);
            heads[best] += 1;
        }

        var rule = engine.bibliography.opt["subsequent-author-substitute-rule"];
        var partial = rule === "partial-each" || rule === "partial-first";
        var first = rule === "partial-first";
        var last, s;
        // In its part, each entry must have read what the entries before it there wrote last (else the record is
        // not the whole chain), and in the joined order it must decide as it did with that.
        for (p = 0; p < parts.length; p += 1) {
            last = false;
            for (i = 0; i < parts[p].subst.length; i += 1) {
                s = parts[p].subst[i];
                if (s) {
                    if (s.n && JSON.stringify(s.r) !== JSON.stringify(last)) {
                        return { whole: "part " + p + " entry " + i + " read a name its predecessors did not write" };
                    }
                    last = s.w;
                }
            }
        }
        last = false;
        for (i = 0; i < order.length; i += 2) {
            s = parts[order[i]].subst[order[i + 1]];
            if (s) {
                var name = restoreUndefined(s.w);
                if (s.n && substitutes(partial, first, name, restoreUndefined(last)) !== substitutes(partial, first, name, restoreUndefined(s.r))) {
                    return { whole: "subsequent-author-substitute decides otherwise in the joined order" };
                }
                last = s.w;
            }
        }
        return { order: order };
    }

    // ---- CSL test-suite fixtures, run the way citeproc-js's own test runner (citeproc-test-runner) does ----

    function normalizeAbbrevsKey(variable, key) {
        key = key ? ("" + key).trim() : "";
        if (["jurisdiction", "country"].indexOf(variable) > -1) {
            return key.toUpperCase();
        }
        key = key.toString()
            .replace(/(?:\b|^)(?:and|et|y|und|l[ae]|the|[ld]')(?:\b|$)|[\x21-\x2C.\/\x3A-\x40\x5B-\x60\\\x7B\x7D-\x7E]/ig, "")
            .replace(/\s*\x7C\s*/g, "\x7C")
            .replace(/\./g, " ")
            .replace(/\s+/g, " ")
            .trim();
        return key.toLowerCase();
    }

    function FixtureSys(test) {
        this.test = test;
        this._acache = { "default": new CSL.AbbreviationSegments() };
        this._setCache();
        if (test.OPTIONS) {
            for (var option in test.OPTIONS) {
                if (hasOwn(test.OPTIONS, option)) {
                    this[option] = test.OPTIONS[option];
                }
            }
        }
    }
    FixtureSys.prototype.print = function () {};
    FixtureSys.prototype._setCache = function () {
        this._cache = {};
        this._ids = [];
        for (var i = 0; i < this.test.INPUT.length; i += 1) {
            var item = this.test.INPUT[i];
            this._cache[item.id] = item;
            this._ids.push(item.id);
        }
    };
    FixtureSys.prototype.retrieveItem = function (id) { return this._cache[id]; };
    FixtureSys.prototype.retrieveLocale = retrieveLocale;
    FixtureSys.prototype.retrieveStyleModule = function () { return null; };
    FixtureSys.prototype.normalizeAbbrevsKey = normalizeAbbrevsKey;
    FixtureSys.prototype.getAbbreviation = function (dummyListNameVar, obj, jurisdiction, category, key) {
        if (!this._acache[jurisdiction]) {
            this._acache[jurisdiction] = new CSL.AbbreviationSegments();
        }
        var jurisdictions = ["default"];
        var i;
        if (jurisdiction !== "default") {
            var lst = jurisdiction.split(":");
            for (i = 1; i < lst.length + 1; i += 1) {
                jurisdictions.push(lst.slice(0, i).join(":"));
            }
        }
        jurisdictions.reverse();
        var myjurisdiction;
        for (i = 0; i < jurisdictions.length; i += 1) {
            myjurisdiction = jurisdictions[i];
            if (!obj[myjurisdiction]) {
                obj[myjurisdiction] = new CSL.AbbreviationSegments();
            }
            var cache = this._acache[myjurisdiction];
            if (cache && cache[category] && cache[category][key]) {
                obj[myjurisdiction][category][key] = cache[category][key];
                break;
            }
        }
        return myjurisdiction;
    };
    FixtureSys.prototype.updateDoc = function () {
        var j, k;
        for (var i = 0; i < this.test.CITATIONS.length; i += 1) {
            var citation = this.test.CITATIONS[i];
            var r = this.style.processCitationCluster(citation[0], citation[1], citation[2]);
            var result = r[1];
            for (j = this.doc.length - 1; j > -1; j -= 1) {
                if (!this.style.registry.citationreg.citationById[this.doc[j].citationID]) {
                    this.doc = this.doc.slice(0, j).concat(this.doc.slice(j + 1));
                }
            }
            var prePost = citation[1].concat(citation[2]);
            var posMap = {};
            for (j = 0; j < prePost.length; j += 1) {
                posMap[prePost[j][0]] = j;
            }
            this.doc.sort(function (a, b) {
                if (posMap[a.citationID] > posMap[b.citationID]) {
                    return 1;
                } else if (posMap[a.citationID] < posMap[b.citationID]) {
                    return -1;
                }
                return 0;
            });
            for (j = 0; j < this.doc.length; j += 1) {
                this.doc[j].prefix = "..";
            }
            for (j = 0; j < result.length; j += 1) {
                var insert = result[j];
                for (k = 0; k < this.doc.length; k += 1) {
                    if (this.doc[k].citationID === insert[2]) {
                        this.doc[k] = { prefix: ">>", citationID: insert[2], String: insert[1] };
                        result[j] = null;
                        break;
                    }
                }
            }
            for (j = 0; j < result.length; j += 1) {
                var ins = result[j];
                if (!ins) {
                    continue;
                }
                this.doc = this.doc.slice(0, ins[0])
                    .concat([{ prefix: ">>", citationID: ins[2], String: ins[1] }])
                    .concat(this.doc.slice(ins[0]));
            }
        }
    };
    FixtureSys.prototype.run = function () {
        var test = this.test;
        var i, ret, citation;
        var me = this;
        if (test.OPTIONS && test.OPTIONS.variableWrapper) {
            this.variableWrapper = function (params, prePunct, str, postPunct) {
                if (params.variableNames[0] === "title" && params.itemData.URL
                    && params.context === "citation" && params.position === "first") {
                    return prePunct + "<a href=\"" + params.itemData.URL + "\">" + str + "</a>" + postPunct;
                } else if (params.variableNames[0] === "first-reference-note-number"
                    && params.context === "citation" && params.position !== "first") {
                    return prePunct + "<b>" + str + "</b>" + postPunct;
                }
                return prePunct + str + postPunct;
            };
        }
        CSL.debug = function () {};
        this.style = makeEngine(this, test.CSL, undefined, false, null);
        this.style.fun.dateparser.addDateParserMonths(["ocak", "Şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık", "bahar", "yaz", "sonbahar", "kış"]);
        var mode = (test.MODE || "all").split("-");
        var submode = {};
        for (i = 1; i < mode.length; i += 1) {
            submode[mode[i]] = true;
        }
        test.submode = submode;
        test.MODE = mode[0];
        if (submode.rtf) { this.style.setOutputFormat("rtf"); }
        if (submode.plain) { this.style.setOutputFormat("plain"); }
        if (submode.asciidoc) { this.style.setOutputFormat("asciidoc"); }
        if (submode.xslfo) { this.style.setOutputFormat("xslfo"); }
        if (submode.suppress_trailing_punctuation) { this.style.citation.opt.suppressTrailingPunctuation = true; }
        for (var opt in test.OPTIONS) {
            if (hasOwn(test.OPTIONS, opt) && opt !== "variableWrapper") {
                this.style.opt.development_extensions[opt] = test.OPTIONS[opt];
            }
        }
        var langParams = {
            persons: ["translit"], institutions: ["translit"], titles: ["translit", "translat"],
            journals: ["translit"], publishers: ["translat"], places: ["translat"]
        };
        if (test.LANGPARAMS) {
            for (var key in test.LANGPARAMS) {
                if (!hasOwn(test.LANGPARAMS, key)) { continue; }
                if (key === "langs") {
                    var langsToUse = test.LANGPARAMS[key];
                    if (langsToUse.translat) { this.style.setLangTagsForCslTranslation(langsToUse.translat); }
                    if (langsToUse.translit) { this.style.setLangTagsForCslTransliteration(langsToUse.translat); }
                } else {
                    langParams[key] = test.LANGPARAMS[key];
                }
            }
        }
        this.style.setLangPrefsForCites(langParams);
        if (test.MULTIAFFIX) {
            this.style.setLangPrefsForCiteAffixes(test.MULTIAFFIX);
        }
        if (test.ABBREVIATIONS) {
            for (var jurisd in test.ABBREVIATIONS) {
                if (!hasOwn(test.ABBREVIATIONS, jurisd)) { continue; }
                var segs = {};
                for (var segment in test.ABBREVIATIONS[jurisd]) {
                    if (!hasOwn(test.ABBREVIATIONS[jurisd], segment)) { continue; }
                    segs[segment] = {};
                    for (var akey in test.ABBREVIATIONS[jurisd][segment]) {
                        if (!hasOwn(test.ABBREVIATIONS[jurisd][segment], akey)) { continue; }
                        var isJurisdiction = jurisd === "default" && segment === "place" && akey.toUpperCase() === akey;
                        var isCourt = ["institution-entire", "institution-part"].indexOf(segment) > -1;
                        var normkey = (!isJurisdiction && !isCourt) ? normalizeAbbrevsKey("title", akey) : akey;
                        segs[segment][normkey] = test.ABBREVIATIONS[jurisd][segment][akey];
                    }
                }
                this._acache[jurisd] = segs;
            }
        }
        if (test.BIBENTRIES) {
            for (i = 0; i < test.BIBENTRIES.length; i += 1) {
                this.style.updateItems(test.BIBENTRIES[i], submode.nosort);
            }
        } else if (!test.CITATIONS) {
            this.style.updateItems(this._ids, submode.nosort);
        }
        if (!test["CITATION-ITEMS"] && !test.CITATIONS) {
            citation = [];
            for (i = 0; i < this.style.registry.reflist.length; i += 1) {
                citation.push({ id: this.style.registry.reflist[i].id });
            }
            test["CITATION-ITEMS"] = [citation];
        }
        if (["citation", "bibliography"].indexOf(test.MODE) === -1) {
            throw new Error("Invalid mode in test file " + test.NAME + ": " + test.MODE);
        }
        var citations = [];
        if (test["CITATION-ITEMS"]) {
            for (i = 0; i < test["CITATION-ITEMS"].length; i += 1) {
                citations.push(this.style.makeCitationCluster(test["CITATION-ITEMS"][i]));
            }
        } else if (test.CITATIONS) {
            this.doc = [];
            this.updateDoc();
            if (test.INPUT2) {
                test.INPUT = test.INPUT2;
                this._setCache();
                this.updateDoc();
            }
            for (i = 0; i < this.doc.length; i += 1) {
                citations.push(this.doc[i].prefix + "[" + i + "] " + this.doc[i].String);
            }
        }
        ret = citations.join("\n");
        if (test.MODE === "bibliography" && !submode.header) {
            var bib = test.BIBSECTION ? this.style.makeBibliography(test.BIBSECTION) : this.style.makeBibliography();
            ret = bib[0].bibstart + bib[1].join("") + bib[0].bibend;
        } else if (test.MODE === "bibliography" && submode.header) {
            var obj = this.style.makeBibliography()[0];
            var lst = [];
            for (var hkey in obj) {
                if (hasOwn(obj, hkey)) { lst.push([hkey, obj[hkey]]); }
            }
            lst.sort(function (a, b) { return a > b ? 1 : (a < b ? -1 : 0); });
            ret = "";
            for (i = 0; i < lst.length; i += 1) {
                ret += lst[i][0] + ": " + lst[i][1] + "\n";
            }
            ret = ret.replace(/^\s+/, "").replace(/\s+$/, "");
        }
        me = null;
        return String(ret).replace(/\r\n?/g, "\n");
    };

    return {
        setLocales: wrap(function (map) {
            locales = map;
            strippedLocales = {};
            engines = [];
            return Object.keys(map).length;
        }),
        render: wrap(render),
        joinBibliography: wrap(joinBibliography),
        // prepare: {style, lang, forceLang, format}. Builds the engine a later render with the same four takes from the
        // cache, so that a host can have it built while its caller is still reading the document.
        prepare: wrap(function (req) {
            renderEngine(req.style, req.lang, req.forceLang, req.format || "text");
            return true;
        }),
        // How many engines render and prepare have built, and how many renders found theirs in the cache (for tests).
        engineCache: wrap(function () {
            return { built: enginesBuilt, hits: engineHits, cached: engines.length };
        }),
        runFixture: wrap(function (test) {
            return new FixtureSys(test).run();
        }),
        // Probes of the runtime under citeproc, for host tests: each must come out as it does on V8.
        selfTest: wrap(function () {
            var locatorRex = CSL.LOCATOR_LABELS_REGEXP;
            // The comparator citeproc sorts with: the host's where it installs one, else citeproc's own localeCompare.
            var sys = {};
            installCompare(sys, function () { return null; });
            var sortCompare = sys.stringCompare || function (a, b) {
                return a.toLowerCase().localeCompare(b.toLowerCase(), "en-US", { sensitivity: "base", ignorePunctuation: true, numeric: true });
            };
            var sorted = [3, 1, 2, 1, 0].map(function (n, i) { return { n: n, i: i }; })
                .sort(function (a, b) { return a.n - b.n; })
                .map(function (o) { return o.i; }).join(",");
            return {
                dynamicRegexNbsp: locatorRex.test("p.\u00a05"),
                dynamicRegexNarrowNbsp: locatorRex.test("p.\u202f5"),
                dynamicRegexThinSpace: locatorRex.test("p.\u20095"),
                upperAz: "istanbul".toLocaleUpperCase("az"),
                upperSharpS: "straße".toUpperCase(),
                lowerSigma: "ΟΔΟΣ".toLowerCase(),
                compareCyrillic: "Ёлка".localeCompare("Жук", "ru"),
                compareNumeric: "item2".localeCompare("item10", "en", { numeric: true }),
                // Sort keys: punctuation and spaces are ignored, symbols such as citeproc's key separator "|" are not.
                sortIgnoresPunctuation: sortCompare("(f.|1874,", "Dni|qospodstva|"),
                sortIgnoresSpaces: sortCompare("a b", "ab"),
                sortKeepsSymbols: sortCompare("a|b", "ab"),
                // citeproc compares names with localeCompare and no locale: the process's culture must not decide it.
                plainCompareDotlessI: "i".localeCompare("\u0131"),
                stableSort: sorted
            };
        }),
        // cslJson: {xml, locale}. The tree citeproc's own reader (CSL.setupXml, CSL.parseXml) makes of a style's XML, or
        // of a locale's as retrieveLocale hands it over, as JSON text: what CslXmlJson must write, byte for byte (for tests).
        cslJson: wrap(function (req) {
            var xml = req.locale ? String(req.xml).replace(xmlDeclaration, "") : String(req.xml);
            return JSON.stringify(CSL.setupXml(xml).dataObj);
        }),
        // Liveness: answers once citeproc is loaded (the build records its version in versions.json).
        ping: wrap(function () {
            return typeof CSL.Engine;
        })
    };
}());
