using WStyles = DocumentFormat.OpenXml.Wordprocessing.Styles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bibliography.Tests.Docx;

/// <summary>
/// Writes test .docx files the way Word does: footnote/endnote parts with separator and continuation
/// notes (ids -1 and 0), references styled as FootnoteReference, a <c>w:footnoteRef</c> run and a space at
/// the start of each note, a custom mark repeated as text, hyperlinks as relationships of the note part.
/// </summary>
internal sealed class DocxBuilder
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly List<Footnote> _footnotes = [];
    private readonly List<Endnote> _endnotes = [];
    private readonly List<(string Id, Uri Uri, bool InEndnotes)> _links = [];
    private Numbering? _numbering;
    private WStyles? _styles;
    private long _nextFootnoteId = 1;
    private long _nextEndnoteId = 1;

    /// <summary>Adds a body paragraph; a string becomes a run, an element (a note call from <see cref="Footnote"/>) is added as is.</summary>
    public DocxBuilder Paragraph(params object[] parts)
    {
        var paragraph = new Paragraph();
        foreach (var part in parts)
            paragraph.Append(part switch
            {
                string s => Run(s),
                OpenXmlElement e => e,
                _ => throw new ArgumentException("A part is a string or an element.", nameof(parts)),
            });
        _body.Add(paragraph);
        return this;
    }

    /// <summary>Adds a ready-made body element (a table, a paragraph with odd content).</summary>
    public DocxBuilder Add(OpenXmlCompositeElement element)
    {
        _body.Add(element);
        return this;
    }

    /// <summary>Gives the document list definitions (<c>numbering.xml</c>) and, optionally, styles.</summary>
    public DocxBuilder WithNumbering(Numbering numbering, WStyles? styles = null)
    {
        _numbering = numbering;
        _styles = styles;
        return this;
    }

    /// <summary>A body paragraph in list <paramref name="numId"/> at level <paramref name="level"/>, as Word writes a numbered item.</summary>
    public DocxBuilder ListItem(int numId, int level, string text) => Add(new Paragraph(
        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
        Run(text)));

    /// <summary>Stores a footnote whose paragraphs hold the given parts and returns the body run that calls it.</summary>
    public Run Footnote(params object[][] paragraphs) => Note(false, null, paragraphs);

    /// <summary>Stores a footnote with a custom mark such as <c>*</c> and returns the run that calls it.</summary>
    public Run FootnoteMarked(string mark, params object[][] paragraphs) => Note(false, mark, paragraphs);

    /// <summary>Stores an endnote and returns the run that calls it.</summary>
    public Run Endnote(params object[][] paragraphs) => Note(true, null, paragraphs);

    /// <summary>A hyperlink part for a note paragraph: the link's text as one run.</summary>
    public static Link Hyperlink(string text, string url) => new(text, url);

    /// <summary>A hyperlink placeholder; its relationship is created in the note part when the file is written.</summary>
    public sealed record Link(string Text, string Url);

    /// <summary>A run holding <paramref name="text"/>, spaces kept.</summary>
    public static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private Run Note(bool endnote, string? mark, object[][] paragraphs)
    {
        var id = endnote ? _nextEndnoteId++ : _nextFootnoteId++;
        var style = endnote ? "EndnoteReference" : "FootnoteReference";
        var content = new List<OpenXmlElement>();
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = endnote ? "EndnoteText" : "FootnoteText" }));
            if (i == 0)
            {
                OpenXmlElement own = mark is not null ? new Text(mark)
                    : endnote ? new EndnoteReferenceMark() : new FootnoteReferenceMark();
                paragraph.Append(new Run(new RunProperties(new RunStyle { Val = style }), own), Run(" "));
            }
            foreach (var part in paragraphs[i])
            {
                paragraph.Append(part switch
                {
                    string s => Run(s),
                    Link link => MakeLink(link, endnote),
                    OpenXmlElement e => e,
                    _ => throw new ArgumentException("A note part is a string, a link or an element.", nameof(paragraphs)),
                });
            }
            content.Add(paragraph);
        }
        if (endnote) _endnotes.Add(new Endnote(content) { Id = id });
        else _footnotes.Add(new Footnote(content) { Id = id });

        OpenXmlElement reference = endnote
            ? new EndnoteReference { Id = id, CustomMarkFollows = mark is not null ? true : null }
            : new FootnoteReference { Id = id, CustomMarkFollows = mark is not null ? true : null };
        var call = new Run(new RunProperties(new RunStyle { Val = style }), reference);
        if (mark is not null) call.Append(new Text(mark));
        return call;
    }

    private Hyperlink MakeLink(Link link, bool endnote)
    {
        var id = "rIdLink" + (_links.Count + 1);
        _links.Add((id, new Uri(link.Url), endnote));
        return new Hyperlink(new Run(new RunProperties(new RunStyle { Val = "Hyperlink" }), new Text(link.Text) { Space = SpaceProcessingModeValues.Preserve })) { Id = id };
    }

    /// <summary>Writes the document to <paramref name="path"/> and returns the path.</summary>
    public string Save(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(_body.Select(p => p.CloneNode(true))));
        if (_numbering is not null) main.AddNewPart<NumberingDefinitionsPart>().Numbering = (Numbering)_numbering.CloneNode(true);
        if (_styles is not null) main.AddNewPart<StyleDefinitionsPart>().Styles = (WStyles)_styles.CloneNode(true);
        if (_footnotes.Count > 0)
        {
            var part = main.AddNewPart<FootnotesPart>();
            part.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            part.Footnotes.Append(_footnotes.Select(f => f.CloneNode(true)));
            foreach (var (id, uri, _) in _links.Where(l => !l.InEndnotes)) part.AddHyperlinkRelationship(uri, true, id);
        }
        if (_endnotes.Count > 0)
        {
            var part = main.AddNewPart<EndnotesPart>();
            part.Endnotes = new Endnotes(
                new Endnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Endnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            part.Endnotes.Append(_endnotes.Select(e => e.CloneNode(true)));
            foreach (var (id, uri, _) in _links.Where(l => l.InEndnotes)) part.AddHyperlinkRelationship(uri, true, id);
        }
        return path;
    }
}
