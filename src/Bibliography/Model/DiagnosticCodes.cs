using System.Reflection;

namespace Bibliography.Model;

/// <summary>The stage of the pipeline that reports a diagnostic code.</summary>
public enum DiagnosticStage
{
    /// <summary>Reading a paper, footnote list or .docx into footnotes and references.</summary>
    Reader,
    /// <summary>Turning parsed citations into items and clusters.</summary>
    Normaliser,
    /// <summary>A validation rule run over the normalised document.</summary>
    Validator,
    /// <summary>Reading a CSL-JSON, RIS, BibTeX or BibLaTeX file.</summary>
    Import,
}

/// <summary>The description of one diagnostic code: the one place its severity, title and help are stated.</summary>
/// <param name="Code">The stable code, e.g. <c>BIB201</c>.</param>
/// <param name="Severity">The severity it is reported with unless the validator is told otherwise.</param>
/// <param name="Title">What the code catches, in one line.</param>
/// <param name="Help">How to fix it.</param>
/// <param name="Stage">Which stage reports it.</param>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title, string Help, DiagnosticStage Stage)
{
    /// <summary>A diagnostic of this code with its default severity.</summary>
    public Diagnostic Report(string message, string? file = null, int? line = null, int? column = null, int? footnote = null) => new()
    {
        Severity = Severity, Code = Code, Message = message, Footnote = footnote, Line = line, Column = column, File = file,
    };

    /// <inheritdoc />
    public override string ToString() => Code;
}

/// <summary>The registry of every diagnostic code Bibliography reports, from reading to validation and import.</summary>
/// <remarks>Codes never change meaning once released: editors and CI filter on them. Every report site names a descriptor
/// of this class, never a code literal; <see cref="All"/>, SARIF's rule list and RULES.md (checked by a test) derive from it.</remarks>
public static class DiagnosticCodes
{
    private const DiagnosticSeverity Info = DiagnosticSeverity.Info, Warning = DiagnosticSeverity.Warning, Error = DiagnosticSeverity.Error;

    // ---- Reader (SRC, DOCX) ----

    /// <summary>A footnote marker in the body text has no footnote definition.</summary>
    public static readonly DiagnosticDescriptor MarkerWithoutFootnote = new("SRC001", Warning, "Footnote marker without a footnote",
        "A footnote number in the body text has no footnote; add the footnote or remove the marker.", DiagnosticStage.Reader);
    /// <summary>A footnote definition has no marker in the body text.</summary>
    public static readonly DiagnosticDescriptor FootnoteWithoutMarker = new("SRC002", Warning, "Footnote without a marker",
        "A footnote is never referred to from the body text; add its marker where the claim it supports stands.", DiagnosticStage.Reader);
    /// <summary>Footnote numbers were skipped: a footnote block starts past the next expected number.</summary>
    public static readonly DiagnosticDescriptor FootnotesSkipped = new("SRC003", Warning, "Footnote numbers skipped",
        "Footnote numbers jump; renumber the footnotes or restore the missing ones.", DiagnosticStage.Reader);
    /// <summary>The text has numeric in-text references but no numbered reference list.</summary>
    public static readonly DiagnosticDescriptor NoReferenceList = new("SRC004", Warning, "Numeric references without a reference list",
        "The text cites [n] references but has no numbered reference list; add the list (Ədəbiyyat / Литература) with an entry per number.", DiagnosticStage.Reader);
    /// <summary>An in-text reference cites a number the reference list does not have.</summary>
    public static readonly DiagnosticDescriptor ReferenceNotInList = new("SRC005", Warning, "Reference number not in the list",
        "An in-text reference cites a number the reference list does not have; correct the number or add the entry.", DiagnosticStage.Reader);
    /// <summary>A bracketed range such as <c>[9-3]</c> is reversed or too long to expand.</summary>
    public static readonly DiagnosticDescriptor BadReferenceRange = new("SRC006", Warning, "Bad reference range",
        "A bracketed range such as [9-3] is reversed or too long; write the lower number first or list the references.", DiagnosticStage.Reader);
    /// <summary>The same footnote marker number appears more than once in the body.</summary>
    public static readonly DiagnosticDescriptor DuplicateMarker = new("SRC007", Warning, "Duplicate footnote marker",
        "The same footnote number is used twice in the body; renumber the footnotes.", DiagnosticStage.Reader);
    /// <summary>A reference-list entry is never cited by an in-text reference.</summary>
    public static readonly DiagnosticDescriptor UncitedReferenceEntry = new("SRC008", Info, "Reference-list entry never cited",
        "A reference-list entry is not cited in the text; cite it or remove it.", DiagnosticStage.Reader);
    /// <summary>The text is not empty but holds no footnote, in-text reference or reference list: nothing was read from it.</summary>
    public static readonly DiagnosticDescriptor NothingFound = new("SRC009", Warning, "Nothing read from the text",
        "The text holds no footnote, in-text reference or reference list; number each footnote at the start of its line (1 …, 1. …, 1) …).", DiagnosticStage.Reader);
    /// <summary>The input is empty (or only white space): there is nothing to read.</summary>
    public static readonly DiagnosticDescriptor EmptyInput = new("SRC010", Warning, "Empty input",
        "The file holds no text; check that it is the paper or footnote list meant (an export may have failed).", DiagnosticStage.Reader);
    /// <summary>A .docx note has its own mark (Word's custom footnote mark, e.g. <c>*</c>); it is still numbered by its place.</summary>
    public static readonly DiagnosticDescriptor CustomMark = new("DOCX001", Info, "Note with a custom mark",
        "The note is marked with its own symbol rather than a number; it is numbered by its place among the notes.", DiagnosticStage.Reader);
    /// <summary>A .docx note is referenced nowhere in the body, so Word does not show it; it is skipped.</summary>
    public static readonly DiagnosticDescriptor UnreferencedNote = new("DOCX002", Warning, "Note referenced nowhere in the body",
        "The document stores a note no body text refers to, so Word does not show it; delete it or insert its reference.", DiagnosticStage.Reader);
    /// <summary>A citation a reference manager keeps in the document (Zotero or Mendeley field) was read from its embedded CSL-JSON.</summary>
    public static readonly DiagnosticDescriptor EmbeddedCitation = new("DOCX003", Info, "Reference manager's citation read",
        "The citation's items come from the field's embedded CSL-JSON, not from its text; edit them in the reference manager.", DiagnosticStage.Reader);
    /// <summary>A reference manager's citation field whose embedded data cannot be read; its text is read as typed text.</summary>
    public static readonly DiagnosticDescriptor BadEmbeddedCitation = new("DOCX004", Warning, "Reference manager's citation unreadable",
        "The field's embedded data (JSON or base64) cannot be read, so its text was parsed instead; refresh the document in the reference manager.", DiagnosticStage.Reader);

    // ---- Parser and normaliser (BIB2xx, BIB3xx) ----

    /// <summary>A citation matched no known form: it is kept as a <c>document</c> item titled with its text.</summary>
    public static readonly DiagnosticDescriptor UnreadCitation = new("BIB201", Warning, "Citation not read",
        "The citation matches no known form (archival, publication, newspaper, ibid); check its punctuation against the conventions.", DiagnosticStage.Normaliser);
    /// <summary>A citation no rule reader read, read by the statistical labeller: its fields are a guess.</summary>
    public static readonly DiagnosticDescriptor LabelledCitation = new("BIB203", Info, "Citation read by the labeller",
        "No rule reader read this citation; the statistical labeller did, so check its fields (or write it in one of the known forms).", DiagnosticStage.Normaliser);
    /// <summary>A footnote in which nothing reads as a citation (running prose): no item is made, but the note is accounted for.</summary>
    public static readonly DiagnosticDescriptor ProseOnlyFootnote = new("BIB204", Info, "Footnote without a citation",
        "Nothing in the footnote reads as a citation (it is prose only); if it cites a source, write the source in one of the known forms.", DiagnosticStage.Normaliser);
    /// <summary>Part of a citation that was read was not understood and is kept only in the footnote text.</summary>
    public static readonly DiagnosticDescriptor UnreadFragment = new("BIB202", Warning, "Part of an archival citation not read",
        "Write each level as its keyword and number (fond/siyahı/iş/vərəq, ф./оп./д./л., f./op./d./l.).", DiagnosticStage.Normaliser);
    /// <summary>An ibid with nothing before it to point at.</summary>
    public static readonly DiagnosticDescriptor IbidWithoutAntecedent = new("BIB301", Error, "Ibid without an earlier citation",
        "An ibid (Yenə orada, Там же) stands where no source was cited before; cite the source in full.", DiagnosticStage.Normaliser);
    /// <summary>An ibid after a footnote citing several sources.</summary>
    public static readonly DiagnosticDescriptor IbidAmbiguous = new("BIB302", Warning, "Ambiguous ibid",
        "An ibid follows a footnote citing several sources; name the source instead.", DiagnosticStage.Normaliser);
    /// <summary>An "op. cit." short form whose author was not cited before.</summary>
    public static readonly DiagnosticDescriptor ShortFormWithoutAntecedent = new("BIB303", Warning, "Short form without a full citation",
        "An op. cit. (Göst. əsəri, Указ. соч.) names an author no earlier footnote cites; give the full citation at first mention.", DiagnosticStage.Normaliser);
    /// <summary>An archive abbreviation expanded neither in the document nor in the registry.</summary>
    public static readonly DiagnosticDescriptor UnknownArchiveAbbreviation = new("BIB304", Warning, "Archive abbreviation never expanded",
        "The abbreviation is expanded nowhere in the document and is not in the archive registry; write 'Full name (ABBR)' at its first mention.", DiagnosticStage.Normaliser);

    // ---- Validation rules (BIB4xx) ----

    /// <summary>BIB401, <see cref="Validation.Rules.ArchivalHierarchyRule"/>.</summary>
    public static readonly DiagnosticDescriptor ArchivalHierarchy = new("BIB401", Warning, "Archival hierarchy incomplete",
        "A post-Soviet archival reference needs fond, opis, delo and folio, each with its number; add the missing level from the archive's finding aid.", DiagnosticStage.Validator);
    /// <summary>BIB402, <see cref="Validation.Rules.AbbreviationBeforeExpansionRule"/>.</summary>
    public static readonly DiagnosticDescriptor AbbreviationBeforeExpansion = new("BIB402", Warning, "Archive abbreviation used before it is expanded",
        "Write the archive's full name with its abbreviation in brackets at its first mention ('Full Name (ABBR)') and the abbreviation alone after it.", DiagnosticStage.Validator);
    /// <summary>BIB403, <see cref="Validation.Rules.BackwardsRangeRule"/>.</summary>
    public static readonly DiagnosticDescriptor BackwardsRange = new("BIB403", Error, "Folio or page range runs backwards",
        "Write the lower folio or page first (a verso follows its recto: 16–16 arxa, 16 об.–17); a shortened range such as 151–56 is written in full (151–156).", DiagnosticStage.Validator);
    /// <summary>BIB404, <see cref="Validation.Rules.MalformedVersoRule"/>.</summary>
    public static readonly DiagnosticDescriptor MalformedVerso = new("BIB404", Warning, "Malformed verso mark",
        "Mark a verso after the folio number as 'arxa' (Azerbaijani), 'об.' (Russian Cyrillic) or 'ob.' (transliterated), in the citation's own script; pages have no verso.", DiagnosticStage.Validator);
    /// <summary>BIB405, <see cref="Validation.Rules.PageForFolioRule"/>.</summary>
    public static readonly DiagnosticDescriptor PageForFolio = new("BIB405", Warning, "Archival file cited by page instead of folio",
        "Archival files are foliated: cite the folio (vərəq, Л., l.) as numbered in the file, with 'arxa'/'об.' for a verso, instead of a page.", DiagnosticStage.Validator);
    /// <summary>BIB406, <see cref="Validation.Rules.InconsistentLevelNamesRule"/>.</summary>
    public static readonly DiagnosticDescriptor InconsistentLevelNames = new("BIB406", Warning, "Archival levels named inconsistently",
        "Name the archival levels the same way in every footnote: in full (fond, siyahı, iş, vərəq) or abbreviated (f., siy., …), as most footnotes of the document do.", DiagnosticStage.Validator);
    /// <summary>BIB407, <see cref="Validation.Rules.SourceSpelledTwoWaysRule"/>.</summary>
    public static readonly DiagnosticDescriptor SourceSpelledTwoWays = new("BIB407", Warning, "One source spelled two ways",
        "Spell a source the same way in every citation of it; where the conventions have a standard spelling (Sbornik, not Zbornik), use it.", DiagnosticStage.Validator);
    /// <summary>BIB408, <see cref="Validation.Rules.LocatorKeywordCaseRule"/>.</summary>
    public static readonly DiagnosticDescriptor LocatorKeywordCase = new("BIB408", Warning, "Locator keyword written in two cases",
        "Write the page and folio keywords the same way throughout the document (s. or S., vərəq or Vərəq), as most of its citations do.", DiagnosticStage.Validator);
    /// <summary>BIB409, <see cref="Validation.Rules.PersonSpelledTwoWaysRule"/>.</summary>
    public static readonly DiagnosticDescriptor PersonSpelledTwoWays = new("BIB409", Warning, "One person spelled two ways",
        "Spell a person's name the same way in every citation (as on the title page of their work, or one transliteration throughout).", DiagnosticStage.Validator);
    /// <summary>BIB410, <see cref="Validation.Rules.PublisherAbbreviationRule"/>.</summary>
    public static readonly DiagnosticDescriptor PublisherAbbreviation = new("BIB410", Warning, "Unknown publisher abbreviation",
        "Abbreviate publisher words in the standard way: izd-vo / izd-tvo (изд-во) for 'publishing house', un-ta (ун-та) for 'university'; or write the word in full.", DiagnosticStage.Validator);
    /// <summary>BIB411, <see cref="Validation.Rules.RepeatedFullCitationRule"/>.</summary>
    public static readonly DiagnosticDescriptor RepeatedFullCitation = new("BIB411", Info, "Full citation repeated",
        "After the first full citation, cite a source again by ibid (Yenə orada, Там же) when it follows itself, else by a short form (author, short title, Göst. əsəri / Указ. соч.; archive abbreviation).", DiagnosticStage.Validator);
    /// <summary>BIB413, <see cref="Validation.Rules.EmbeddedArchivalItemRule"/>.</summary>
    public static readonly DiagnosticDescriptor EmbeddedArchivalItem = new("BIB413", Warning, "Archival item in a reference manager's field incomplete",
        "Complete the item in the reference manager: Archive, Loc. in Archive as 'fond 27, siyahı 4, iş 25' (or 'f. 27, op. 4, d. 25'), and the folio as the citation's locator; then refresh the document.", DiagnosticStage.Validator);
    /// <summary>BIB412, <see cref="Validation.Rules.BookImprintRule"/>.</summary>
    public static readonly DiagnosticDescriptor BookImprint = new("BIB412", Warning, "Book without year or place",
        "Give the imprint of a book or collection: place, publisher and year (Bakı: Elm, 2005; М.: Наука, 1990); a journal article needs its year.", DiagnosticStage.Validator);

    // ---- Import (EXP) ----

    /// <summary>An entry of an imported file could not be read and was skipped.</summary>
    public static readonly DiagnosticDescriptor SkippedEntry = new("EXP001", Error, "Entry skipped",
        "The entry is malformed (the message says how); correct it at the line given and import again. The entries around it were read.", DiagnosticStage.Import);
    /// <summary>An imported entry has no id and was given one.</summary>
    public static readonly DiagnosticDescriptor MissingId = new("EXP002", Warning, "Entry without an id",
        "Give the entry an id (citation key) so that citations can name it.", DiagnosticStage.Import);
    /// <summary>An imported entry's id was already used and was renamed.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = new("EXP003", Warning, "Duplicate id renamed",
        "Give each entry its own id; citations naming the id reach the first entry only.", DiagnosticStage.Import);
    /// <summary>A RIS record has a type RIS does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownRisType = new("EXP010", Warning, "Unknown RIS type",
        "Use a RIS type (BOOK, JOUR, CHAP, MANSCPT, NEWS…); the record was read as a generic document.", DiagnosticStage.Import);
    /// <summary>A RIS tag that maps to a single CSL variable is repeated.</summary>
    public static readonly DiagnosticDescriptor RepeatedRisTag = new("EXP011", Warning, "RIS tag repeated",
        "Give a single-valued tag once; the later values were kept in the note.", DiagnosticStage.Import);
    /// <summary>A RIS date is not in RIS's date form.</summary>
    public static readonly DiagnosticDescriptor BadRisDate = new("EXP012", Warning, "Not a RIS date",
        "Write dates as YYYY/MM/DD/ (parts may be empty); the date was kept as written.", DiagnosticStage.Import);
    /// <summary>A RIS tag has no mapping to a CSL variable.</summary>
    public static readonly DiagnosticDescriptor UnmappedRisTag = new("EXP013", Warning, "RIS tag without a mapping",
        "The tag has no CSL variable; its value was kept in the note.", DiagnosticStage.Import);
    /// <summary>A RIS record has no closing <c>ER</c> line.</summary>
    public static readonly DiagnosticDescriptor MissingRisEnd = new("EXP014", Warning, "RIS record without ER",
        "End every record with 'ER  - '; the record was read as complete.", DiagnosticStage.Import);
    /// <summary>A BibTeX entry type is not one the format defines.</summary>
    public static readonly DiagnosticDescriptor UnknownBibTexType = new("EXP020", Warning, "Unknown entry type",
        "Use a BibTeX or BibLaTeX entry type (@book, @article, @incollection…); the entry was read as a generic document.", DiagnosticStage.Import);
    /// <summary>A BibLaTeX date is not an ISO date or range.</summary>
    public static readonly DiagnosticDescriptor BadBibTexDate = new("EXP021", Warning, "Not an ISO date",
        "Write dates as YYYY-MM-DD or a range YYYY/YYYY; the date was kept as written.", DiagnosticStage.Import);
    /// <summary>A BibTeX month is not a month.</summary>
    public static readonly DiagnosticDescriptor BadBibTexMonth = new("EXP022", Warning, "Not a month",
        "Write the month as a number or its three-letter macro (jan, feb…); only the year was kept.", DiagnosticStage.Import);
    /// <summary>A BibTeX entry has a problem that cost nothing (a duplicate field, an undefined macro).</summary>
    public static readonly DiagnosticDescriptor BibTexEntryProblem = new("EXP023", Warning, "Duplicate field or undefined macro",
        "Give each field once and define each @string macro before use; the message says what was kept.", DiagnosticStage.Import);
    /// <summary>A BibTeX field has no CSL variable and was kept in the note.</summary>
    public static readonly DiagnosticDescriptor UnmappedBibTexField = new("EXP024", Warning, "Field without a CSL variable",
        "The field has no CSL variable; its value was kept in the note as 'field: value'.", DiagnosticStage.Import);
    /// <summary>A BibTeX crossref names no entry of the file.</summary>
    public static readonly DiagnosticDescriptor UnresolvedCrossref = new("EXP025", Warning, "Unresolved crossref",
        "Add the entry the crossref names to the file, or remove the crossref; nothing was inherited.", DiagnosticStage.Import);

    private static readonly IReadOnlyList<DiagnosticDescriptor> Registry = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Stage).ThenBy(d => d.Code, StringComparer.Ordinal)
        .ToList();

    private static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ByCode = Registry.ToDictionary(d => d.Code);

    /// <summary>Every registered code, in stage then code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Registry;

    /// <summary>The descriptor of a code, or null when the code is not registered.</summary>
    public static DiagnosticDescriptor? Find(string code) => ByCode.GetValueOrDefault(code);
}
