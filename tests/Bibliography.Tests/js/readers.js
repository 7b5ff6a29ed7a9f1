// Runs an independent reader on a file and prints what it read as JSON on stdout.
// Usage: node readers.js astrocite-ris|citation-js-ris FILE
//        node readers.js docx-citations PART.xml...   (biblatex-csl-converter's DocxCitationsParser, one result per part)
'use strict';
const fs = require('fs');
const [, , reader, ...files] = process.argv;
const text = (f) => fs.readFileSync(f, 'utf8');
let out;
switch (reader) {
  case 'astrocite-ris':
    out = require('astrocite-ris').parse(text(files[0]));
    break;
  case 'citation-js-ris': {
    const { Cite } = require('@citation-js/core');
    require('@citation-js/plugin-ris');
    out = new Cite(text(files[0]), { forceType: '@ris/file' }).data.map(({ _graph, ...item }) => item);
    break;
  }
  case 'docx-citations': {
    // The parser's own field reading; its per-citation data (locators) is asked for by calling its static
    // fieldCitation with metadata on, which parse() otherwise calls with it off.
    const { DocxCitationsParser } = require('biblatex-csl-converter');
    const fieldCitation = DocxCitationsParser.fieldCitation;
    let citations = [];
    DocxCitationsParser.fieldCitation = function (code, parseEntries, metadata, ...rest) {
      const result = fieldCitation.call(this, code, parseEntries, true, ...rest);
      if (result && result.isCitation) citations.push({ format: result.format, items: result.metadata || [] });
      return result;
    };
    out = files.map((f) => {
      citations = [];
      const result = new DocxCitationsParser(text(f)).parse();
      return { ...result, citations };
    });
    break;
  }
  default:
    process.stderr.write(`unknown reader '${reader}'\n`);
    process.exit(2);
}
process.stdout.write(JSON.stringify(out));
