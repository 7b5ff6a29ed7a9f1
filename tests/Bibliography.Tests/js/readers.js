// Runs an independent reader on a file and prints what it read as JSON on stdout.
// Usage: node readers.js astrocite-ris|citation-js-ris FILE
//        node readers.js csl READER FORMAT FILE      (READER citation-js|astrocite|biblatex-csl-converter, FORMAT
//                                                      csljson|bibtex|biblatex|ris: the CSL-JSON items it reads)
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
  case 'csl':
    out = toCsl(files[0], files[1], text(files[2]));
    break;
  default:
    process.stderr.write(`unknown reader '${reader}'\n`);
    process.exit(2);
}
process.stdout.write(JSON.stringify(out));

// Each reader's own way from a file to CSL-JSON, as a user of that library would call it.
function toCsl(readerName, format, input) {
  if (readerName === 'citation-js') {
    const { Cite } = require('@citation-js/core');
    require('@citation-js/plugin-bibtex');
    require('@citation-js/plugin-ris');
    const type = { csljson: undefined, bibtex: '@bibtex/text', biblatex: '@biblatex/text', ris: '@ris/file' }[format];
    const data = format === 'csljson' ? JSON.parse(input) : input;
    return new Cite(data, type ? { forceType: type } : {}).data.map(({ _graph, ...item }) => item);
  }
  if (readerName === 'astrocite') {
    if (format === 'bibtex' || format === 'biblatex') return require('astrocite-bibtex').parse(input);
    if (format === 'ris') return require('astrocite-ris').parse(input);
  }
  if (readerName === 'biblatex-csl-converter') {
    const m = require('biblatex-csl-converter');
    const parsed = {
      csljson: () => new m.CSLParser(JSON.parse(input)).parse(),
      bibtex: () => new m.BibLatexParser(input, { processUnexpected: true, processUnknown: true }).parse().entries,
      biblatex: () => new m.BibLatexParser(input, { processUnexpected: true, processUnknown: true }).parse().entries,
      ris: () => new m.RISParser(input).parse().entries,
    }[format];
    if (parsed) return Object.values(new m.CSLExporter(parsed()).parse());
  }
  process.stderr.write(`reader '${readerName}' does not read '${format}'\n`);
  process.exit(2);
}
