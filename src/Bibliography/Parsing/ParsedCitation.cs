using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>A span of a footnote's text: where a parsed part was found, for diagnostics with columns.</summary>
/// <param name="Offset">The 0-based offset in the footnote text.</param>
/// <param name="Length">The number of characters.</param>
public readonly record struct TextSpan(int Offset, int Length)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Offset + Length;
}

/// <summary>A part of a citation as the author wrote it, with where it stands.</summary>
/// <param name="Value">The value (trimmed, otherwise verbatim).</param>
/// <param name="Span">Where it stands in the footnote text.</param>
public sealed record Located(string Value, TextSpan Span)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>The part of a source a citation points at: pages or folios, canonical and as written.</summary>
/// <param name="Value">Canonical form: ranges with <c>-</c>, verso as a <c>v</c> suffix (<c>184v-185</c>).</param>
/// <param name="Label">The CSL locator label (<c>page</c>, <c>folio</c>).</param>
/// <param name="Keyword">The keyword as written (<c>vərəq</c>, <c>л.</c>, <c>s.</c>).</param>
/// <param name="Written">The value as written after the keyword (<c>184 arxa – 185</c>).</param>
/// <param name="Span">Where keyword and value stand in the footnote text.</param>
public sealed record CitedLocator(string Value, string Label, string Keyword, string Written, TextSpan Span);

/// <summary>One level of an archival shelf mark (fond, opis, delo) as written.</summary>
/// <param name="Level">Which level it is.</param>
/// <param name="Keyword">The keyword as written (<c>fond</c>, <c>f.</c>, <c>siy.</c>, <c>оп.</c>); empty for a named fond.</param>
/// <param name="Value">The level's value (<c>1874</c>, <c>Surət fondu</c>).</param>
/// <param name="Span">Where keyword and value stand in the footnote text.</param>
public sealed record ArchivalLevel(ArchivalLevelKind Level, string Keyword, string Value, TextSpan Span);

/// <summary>The levels of the post-Soviet archival hierarchy.</summary>
public enum ArchivalLevelKind
{
    /// <summary>Fond (fond, ф., f.).</summary>
    Fond,
    /// <summary>Opis, inventory (siyahı, оп., op.).</summary>
    Opis,
    /// <summary>Delo, file (iş, д., d.).</summary>
    Delo,
}

/// <summary>One citation read from a footnote or reference: what kind of source it cites and its parts.</summary>
public abstract record ParsedCitation
{
    /// <summary>The citation's text as written (one of a footnote's <c>;</c>-separated parts).</summary>
    public required string Text { get; init; }

    /// <summary>Where the citation stands in the footnote text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The language the citation is written in (<c>az</c>, <c>ru</c>), when it can be told.</summary>
    public string? Language { get; init; }

    /// <summary>True when the statistical labeller read it, no rule reader having read it: a guess worth checking.</summary>
    public bool ReadByLabeller { get; init; }

    /// <summary>The page or folio cited, if any.</summary>
    public CitedLocator? Locator { get; init; }
}

/// <summary>A citation of an archival file: archive, fond, opis, delo, folio.</summary>
public sealed record ArchivalCitation : ParsedCitation
{
    /// <summary>The archive's name as written, if the citation names it in full.</summary>
    public Located? ArchiveName { get; init; }

    /// <summary>The archive's abbreviation as written (<c>RDHA</c>, <c>ГА РФ</c>), if given.</summary>
    public Located? ArchiveShort { get; init; }

    /// <summary>The city an English note names after the archive (<c>APRF, Moscow</c>), if any: no part of the archive's name.</summary>
    public Located? ArchivePlace { get; init; }

    /// <summary>The levels in the order written.</summary>
    public IReadOnlyList<ArchivalLevel> Levels { get; init; } = Array.Empty<ArchivalLevel>();

    /// <summary>
    /// True when the citation names no archive and no fond (<c>Д. 420. Л. 1–68</c>, <c>Там же. Оп. 4. Д. 2241</c>): it
    /// continues the archival citation before it, whose archive and higher levels it keeps.
    /// </summary>
    public bool Continues { get; init; }

    /// <summary>The shelf mark as written, from the first level to the last (<c>fond 7, siyahı 2, iş 484</c>).</summary>
    public string ShelfMark { get; init; } = "";

    /// <summary>Parts of the shelf mark that match no level, locator or separator (a misspelt keyword…).</summary>
    public IReadOnlyList<Located> Unread { get; init; } = Array.Empty<Located>();

    /// <summary>The authors of a work kept in the archive, named before its title and the <c>//</c> (<c>Юсуров Х. Title // РФ ИЯЛИ НАН КР. Инв. 29</c>).</summary>
    public IReadOnlyList<CslName> Authors { get; init; } = Array.Empty<CslName>();

    /// <summary>The title of that work (a manuscript, a memoir, a report), where an author names it.</summary>
    public Located? Title { get; init; }

    /// <summary>The date of the file or the document as the shelf mark gives it (<c>RGASPI 17/162/14 (1932)</c>, <c>op. 1, 1841–42, d. 6440</c>), if any.</summary>
    public Located? Date { get; init; }

    /// <summary>The volume of a file kept in several (<c>d. 12, t. 2</c>, <c>АСД № Р-3454, т. 2</c>), if given.</summary>
    public Located? Volume { get; init; }

    /// <summary>
    /// The collection, box and folder of a Western repository, which keeps no fond–opis–delo hierarchy, as written
    /// (<c>Boris Nicolaevsky Collection, box 3, folder 7</c>), if the citation is one.
    /// </summary>
    public Located? Holding { get; init; }

    /// <summary>The value of a level, if the citation has it.</summary>
    public string? Level(ArchivalLevelKind kind)
    {
        // A loop, not a query: a lambda capturing the kind was a closure and a delegate per call.
        for (var i = 0; i < Levels.Count; i++)
            if (Levels[i].Level == kind) return Levels[i].Value;
        return null;
    }
}

/// <summary>What kind of publication a citation describes.</summary>
public enum PublicationKind
{
    /// <summary>A book or monograph.</summary>
    Book,
    /// <summary>A part of a collection (after <c>//</c>).</summary>
    Chapter,
    /// <summary>An article in a journal (after <c>//</c>, with an issue number).</summary>
    Article,
    /// <summary>An interview or a conversation the author held, its interviewee as the author (<c>Interview with …</c>).</summary>
    Interview,
    /// <summary>A law or decree cited by the gazette that published it (<c>СУ РСФСР. 1922. № 4. Ст. 44</c>): the gazette is the container, its number the issue, the article the locator.</summary>
    Legislation,
}

/// <summary>A citation of a book, a chapter in a collection, a document collection or a journal article.</summary>
public sealed record PublicationCitation : ParsedCitation
{
    /// <summary>What kind of publication it is.</summary>
    public PublicationKind Kind { get; init; }

    /// <summary>The authors, as written.</summary>
    public IReadOnlyList<CslName> Authors { get; init; } = Array.Empty<CslName>();

    /// <summary>The title as written.</summary>
    public Located? Title { get; init; }

    /// <summary>The container's title (collection or journal) for a chapter or article.</summary>
    public Located? ContainerTitle { get; init; }

    /// <summary>A description such as <c>Sbornik dokumentov</c>, normalised to its standard spelling.</summary>
    public Located? Genre { get; init; }

    /// <summary>Compilers (<c>sost.</c>, <c>sostavil</c>, <c>tərtib edən</c>).</summary>
    public IReadOnlyList<CslName> Compilers { get; init; } = Array.Empty<CslName>();

    /// <summary>Editors (<c>red.</c>, <c>pod red.</c>).</summary>
    public IReadOnlyList<CslName> Editors { get; init; } = Array.Empty<CslName>();

    /// <summary>Translators (<c>perevod</c>, <c>пер.</c>, <c>tərcümə</c>).</summary>
    public IReadOnlyList<CslName> Translators { get; init; } = Array.Empty<CslName>();

    /// <summary>The responsibility statement as written (<c>Sost., predislovie, perevod Q.Q.Mamuliya</c>).</summary>
    public Located? Responsibility { get; init; }

    /// <summary>The volume (<c>c. 1</c>, <c>т. 2</c>).</summary>
    public Located? Volume { get; init; }

    /// <summary>The issue number of a journal (<c>№ 2</c>).</summary>
    public Located? Issue { get; init; }

    /// <summary>The place of publication as written (<c>M.</c>, <c>Tbilisi</c>).</summary>
    public Located? Place { get; init; }

    /// <summary>The publisher as written.</summary>
    public Located? Publisher { get; init; }

    /// <summary>The year of publication.</summary>
    public Located? Year { get; init; }

    /// <summary>The edition (<c>2-е изд.</c>).</summary>
    public Located? Edition { get; init; }

    /// <summary>True when the imprint says the book gives no year (<c>Б. м., б. г.</c>, <c>n.d.</c>): a full citation with no year to record.</summary>
    public bool Undated { get; init; }

    /// <summary>
    /// True when it names an author and a title and nothing that places the work (year, imprint, container, volume,
    /// issue): the shape of a short form (<c>Ivanov, Istoriia, 115</c>) when the work was cited in full before.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Title))]
    public bool HasShortFormShape => Authors.Count > 0 && !string.IsNullOrEmpty(Authors[0].Family) && Title is not null && !Undated
        && Year is null && Place is null && Publisher is null && ContainerTitle is null && Volume is null && Issue is null;
}

/// <summary>A citation of a newspaper issue.</summary>
public sealed record NewspaperCitation : ParsedCitation
{
    /// <summary>The newspaper's title without quotes.</summary>
    public required Located Title { get; init; }

    /// <summary>The language of the newspaper itself when the citation says (<c>(rusca)</c>).</summary>
    public string? NewspaperLanguage { get; init; }

    /// <summary>The issue date; month and day where given.</summary>
    public CslDate? Date { get; init; }

    /// <summary>The date as written.</summary>
    public Located? DateWritten { get; init; }

    /// <summary>The issue number (<c>№ 54</c>).</summary>
    public Located? Issue { get; init; }

    /// <summary>The place the paper was published, where the citation names it beside the title (<c>Zaria Vostoka (Tiflis)</c>).</summary>
    public Located? Place { get; init; }
}

/// <summary>An ibid form (<c>Yenə orada</c>, <c>Там же</c>, <c>Ibid.</c>) pointing at the previous source.</summary>
public sealed record IbidCitation : ParsedCitation
{
    /// <summary>The ibid phrase as written.</summary>
    public required string Phrase { get; init; }
}

/// <summary>A numeric in-text reference to an entry of the paper's reference list.</summary>
public sealed record NumberedReferenceCitation : ParsedCitation
{
    /// <summary>The reference number.</summary>
    public int Number { get; init; }

    /// <summary>The volume cited (<c>c.37</c>), if any.</summary>
    public Located? Volume { get; init; }
}

/// <summary>A citation that could not be read; kept whole so nothing is lost.</summary>
public sealed record UnreadCitation : ParsedCitation
{
    /// <summary>Why it could not be read.</summary>
    public required string Reason { get; init; }
}
