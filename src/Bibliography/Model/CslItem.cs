using Newtonsoft.Json;
using System.Runtime.Serialization;
using Newtonsoft.Json.Linq;

namespace Bibliography.Model;

/// <summary>One source as a CSL-JSON item: the unit Zotero, citeproc-js and every export format exchange.</summary>
/// <remarks>
/// Common variables are typed; any other CSL variable read from input lands in <see cref="Extra"/> so that
/// nothing a user gave is lost on a round trip. Archive structure (fond, opis, delo) lives in <see cref="Custom"/>
/// because CSL has no variables for it.
/// </remarks>
public sealed class CslItem
{
    /// <summary>The item's stable, readable id, e.g. <c>gmta-1874-1-4</c>.</summary>
    [JsonProperty("id", Order = 1)]
    public string Id { get; set; } = "";

    /// <summary>The CSL item type, e.g. <c>manuscript</c>, <c>book</c>, <c>chapter</c>.</summary>
    [JsonProperty("type", Order = 2)]
    public string Type { get; set; } = CslItemTypes.Document;

    /// <summary>The language of the source as a BCP 47 tag (<c>az</c>, <c>ru</c>).</summary>
    [JsonProperty("language", NullValueHandling = NullValueHandling.Ignore, Order = 3)]
    public string? Language { get; set; }

    /// <summary>Authors.</summary>
    [JsonProperty("author", NullValueHandling = NullValueHandling.Ignore, Order = 10)]
    public List<CslName>? Author { get; set; }

    /// <summary>Editors.</summary>
    [JsonProperty("editor", NullValueHandling = NullValueHandling.Ignore, Order = 11)]
    public List<CslName>? Editor
    {
        get => _rare?.Editor;
        set { if (value is not null || _rare is not null) Rare.Editor = value; }
    }

    /// <summary>Compilers of a collection (Russian <c>sost.</c>, Azerbaijani <c>tərtib edən</c>).</summary>
    [JsonProperty("compiler", NullValueHandling = NullValueHandling.Ignore, Order = 12)]
    public List<CslName>? Compiler
    {
        get => _rare?.Compiler;
        set { if (value is not null || _rare is not null) Rare.Compiler = value; }
    }

    /// <summary>Translators.</summary>
    [JsonProperty("translator", NullValueHandling = NullValueHandling.Ignore, Order = 13)]
    public List<CslName>? Translator
    {
        get => _rare?.Translator;
        set { if (value is not null || _rare is not null) Rare.Translator = value; }
    }

    /// <summary>Authors of the container (the book a chapter appears in).</summary>
    [JsonProperty("container-author", NullValueHandling = NullValueHandling.Ignore, Order = 14)]
    public List<CslName>? ContainerAuthor
    {
        get => _rare?.ContainerAuthor;
        set { if (value is not null || _rare is not null) Rare.ContainerAuthor = value; }
    }

    /// <summary>The title of the source.</summary>
    [JsonProperty("title", NullValueHandling = NullValueHandling.Ignore, Order = 20)]
    public string? Title { get; set; }

    /// <summary>A short form of the title for subsequent notes.</summary>
    [JsonProperty("title-short", NullValueHandling = NullValueHandling.Ignore, Order = 21)]
    public string? TitleShort
    {
        get => _rare?.TitleShort;
        set { if (value is not null || _rare is not null) Rare.TitleShort = value; }
    }

    /// <summary>The title of the container: the collection, journal or newspaper.</summary>
    [JsonProperty("container-title", NullValueHandling = NullValueHandling.Ignore, Order = 22)]
    public string? ContainerTitle { get; set; }

    /// <summary>The title of a series.</summary>
    [JsonProperty("collection-title", NullValueHandling = NullValueHandling.Ignore, Order = 23)]
    public string? CollectionTitle
    {
        get => _rare?.CollectionTitle;
        set { if (value is not null || _rare is not null) Rare.CollectionTitle = value; }
    }

    /// <summary>A genre or description, e.g. <c>Sbornik dokumentov</c>.</summary>
    [JsonProperty("genre", NullValueHandling = NullValueHandling.Ignore, Order = 24)]
    public string? Genre { get; set; }

    /// <summary>The publisher.</summary>
    [JsonProperty("publisher", NullValueHandling = NullValueHandling.Ignore, Order = 30)]
    public string? Publisher { get; set; }

    /// <summary>The place of publication as written (<c>M.</c>, <c>Tbilisi</c>).</summary>
    [JsonProperty("publisher-place", NullValueHandling = NullValueHandling.Ignore, Order = 31)]
    public string? PublisherPlace { get; set; }

    /// <summary>The date of issue.</summary>
    [JsonProperty("issued", NullValueHandling = NullValueHandling.Ignore, Order = 32)]
    public CslDate? Issued { get; set; }

    /// <summary>The edition.</summary>
    [JsonProperty("edition", NullValueHandling = NullValueHandling.Ignore, Order = 33)]
    public string? Edition
    {
        get => _rare?.Edition;
        set { if (value is not null || _rare is not null) Rare.Edition = value; }
    }

    /// <summary>The volume.</summary>
    [JsonProperty("volume", NullValueHandling = NullValueHandling.Ignore, Order = 34)]
    public string? Volume { get; set; }

    /// <summary>The issue number of a journal or newspaper.</summary>
    [JsonProperty("issue", NullValueHandling = NullValueHandling.Ignore, Order = 35)]
    public string? Issue { get; set; }

    /// <summary>A number identifying the item (e.g. a document number).</summary>
    [JsonProperty("number", NullValueHandling = NullValueHandling.Ignore, Order = 36)]
    public string? Number
    {
        get => _rare?.Number;
        set { if (value is not null || _rare is not null) Rare.Number = value; }
    }

    /// <summary>The page range of the item within its container.</summary>
    [JsonProperty("page", NullValueHandling = NullValueHandling.Ignore, Order = 37)]
    public string? Page
    {
        get => _rare?.Page;
        set { if (value is not null || _rare is not null) Rare.Page = value; }
    }

    /// <summary>The number of volumes of a multi-volume work.</summary>
    [JsonProperty("number-of-volumes", NullValueHandling = NullValueHandling.Ignore, Order = 38)]
    public string? NumberOfVolumes
    {
        get => _rare?.NumberOfVolumes;
        set { if (value is not null || _rare is not null) Rare.NumberOfVolumes = value; }
    }

    /// <summary>The archive's full name.</summary>
    [JsonProperty("archive", NullValueHandling = NullValueHandling.Ignore, Order = 40)]
    public string? Archive { get; set; }

    /// <summary>The shelf mark as the author wrote it (<c>fond 7, siyahı 2, iş 484</c>).</summary>
    [JsonProperty("archive_location", NullValueHandling = NullValueHandling.Ignore, Order = 41)]
    public string? ArchiveLocation { get; set; }

    /// <summary>The archive's place.</summary>
    [JsonProperty("archive-place", NullValueHandling = NullValueHandling.Ignore, Order = 42)]
    public string? ArchivePlace
    {
        get => _rare?.ArchivePlace;
        set { if (value is not null || _rare is not null) Rare.ArchivePlace = value; }
    }

    /// <summary>The archival collection (a named fond).</summary>
    [JsonProperty("archive_collection", NullValueHandling = NullValueHandling.Ignore, Order = 43)]
    public string? ArchiveCollection
    {
        get => _rare?.ArchiveCollection;
        set { if (value is not null || _rare is not null) Rare.ArchiveCollection = value; }
    }

    /// <summary>A free note about the item.</summary>
    [JsonProperty("note", NullValueHandling = NullValueHandling.Ignore, Order = 50)]
    public string? Note
    {
        get => _rare?.Note;
        set { if (value is not null || _rare is not null) Rare.Note = value; }
    }

    /// <summary>A URL.</summary>
    [JsonProperty("URL", NullValueHandling = NullValueHandling.Ignore, Order = 51)]
    public string? Url
    {
        get => _rare?.Url;
        set { if (value is not null || _rare is not null) Rare.Url = value; }
    }

    // Variables few items have live in one object made when the first of them is set: an item made from a footnote
    // uses about a dozen of the thirty, and a document keeps tens of thousands of items.
    private RareVariables? _rare;

    private RareVariables Rare => _rare ??= new RareVariables();

    private sealed class RareVariables
    {
        public List<CslName>? Editor;
        public List<CslName>? Compiler;
        public List<CslName>? Translator;
        public List<CslName>? ContainerAuthor;
        public string? TitleShort;
        public string? CollectionTitle;
        public string? Edition;
        public string? Number;
        public string? Page;
        public string? NumberOfVolumes;
        public string? ArchivePlace;
        public string? ArchiveCollection;
        public string? Note;
        public string? Url;
    }

    /// <summary>Structured data CSL has no variable for: archive parts and in-text reference numbers.</summary>
    [JsonProperty("custom", NullValueHandling = NullValueHandling.Ignore, Order = 60)]
    public JObject? Custom { get; set; }

    /// <summary>Every other CSL variable read from input, kept so a round trip loses nothing.</summary>
    [JsonIgnore]
    public IDictionary<string, JToken> Extra
    {
        get => _extra ??= NewExtra();
        set => _extra = value;
    }

    // Allocated on first use: items made from footnotes (tens of thousands per document) have no extra variables.
    private IDictionary<string, JToken>? _extra;

    // What the serializer reads and fills: null (nothing written) until a variable is added.
    [JsonExtensionData]
    private IDictionary<string, JToken>? ExtraData
    {
        get => _extra;
        set => _extra = value;
    }

    // A read fills the dictionary the getter returns, so it must already be the ordered one, as it was when eager.
    [OnDeserializing]
    private void BeforeRead(StreamingContext context) => _extra ??= NewExtra();

    private static SortedDictionary<string, JToken> NewExtra() => new(StringComparer.Ordinal);

    /// <summary>Reads a string value from <see cref="Custom"/>.</summary>
    public string? GetCustom(string key) => Custom?[key] is { Type: not JTokenType.Null } value ? value.ToString() : null;

    /// <summary>Sets (or with null removes) a text value in <see cref="Custom"/>.</summary>
    public void SetCustom(string key, string? value) => SetCustom(key, value is null ? null : new JValue(value));

    /// <summary>Sets (or with null removes) a value in <see cref="Custom"/>.</summary>
    public void SetCustom(string key, JToken? value)
    {
        if (value is null || value.Type == JTokenType.Null || value is JValue { Value: null })
        {
            Custom?.Remove(key);
            if (Custom is { Count: 0 }) Custom = null;
            return;
        }
        Custom ??= new JObject();
        Custom[key] = value;
    }

    /// <summary>A deep copy, through JSON so that every field, typed or extra, is copied.</summary>
    public CslItem Clone() => CslJson.Deserialize<CslItem>(CslJson.Serialize(this));
}

/// <summary>The CSL item types Bibliography produces.</summary>
public static class CslItemTypes
{
    /// <summary>An archival document.</summary>
    public const string Manuscript = "manuscript";
    /// <summary>A book or document collection.</summary>
    public const string Book = "book";
    /// <summary>A chapter or contribution in a collection.</summary>
    public const string Chapter = "chapter";
    /// <summary>A journal article.</summary>
    public const string ArticleJournal = "article-journal";
    /// <summary>A newspaper article or issue.</summary>
    public const string ArticleNewspaper = "article-newspaper";
    /// <summary>A source nothing more is known of.</summary>
    public const string Document = "document";
    /// <summary>An interview or a conversation, its interviewee as the author.</summary>
    public const string Interview = "interview";
    /// <summary>A law or decree, in the gazette that published it (its container-title).</summary>
    public const string Legislation = "legislation";
}

/// <summary>Keys Bibliography uses in an item's <c>custom</c> object.</summary>
public static class CustomKeys
{
    /// <summary>The archive's abbreviation (<c>GMTA</c>, <c>ГА РФ</c>).</summary>
    public const string ArchiveShort = "archive-short";
    /// <summary>The fond number or name.</summary>
    public const string Fond = "fond";
    /// <summary>The opis (siyahı) number.</summary>
    public const string Opis = "opis";
    /// <summary>The delo (iş) number.</summary>
    public const string Delo = "delo";
    /// <summary>The number of a numeric in-text reference (<c>[12, s.185]</c> → 12).</summary>
    public const string ReferenceNumber = "reference-number";
}
