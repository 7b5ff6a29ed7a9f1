using Bibliography.CiteProc;
using Bibliography.Model;
using Bibliography.Tests.Support;

namespace Bibliography.Tests.Golden;

/// <summary>One Jint and one Node host for all formatting goldens: citeproc-js is parsed once.</summary>
public sealed class BothHosts : IDisposable
{
    /// <summary>The Jint host.</summary>
    public ICiteProcHost Jint { get; } = CiteProcHosts.Create(CiteProcEngine.Jint);

    /// <summary>The Node host.</summary>
    public ICiteProcHost Node { get; } = CiteProcHosts.Create(CiteProcEngine.Node);

    /// <inheritdoc />
    public void Dispose()
    {
        Jint.Dispose();
        Node.Dispose();
    }
}

/// <summary>Both seed papers formatted in three official styles, notes and bibliography, the same bytes on both hosts.</summary>
/// <remarks>Set BIBLIOGRAPHY_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change, then review the diff.</remarks>
public sealed class SeedFormattingTests(BothHosts hosts) : IClassFixture<BothHosts>
{
    public static TheoryData<string, string, string?, string> Cases()
    {
        var data = new TheoryData<string, string, string?, string>();
        foreach (var paper in new[] { "003_5bd5681df1433a7c/footnotes.txt", "000_5d867d1195954457/references.txt" })
            foreach (var (style, locale) in new[] { ("chicago-fullnote-bibliography", (string?)null), ("modern-humanities-research-association", null), ("apa", null), ("gost-r-7-0-5-2008", "ru-RU") })
                foreach (var mode in new[] { "notes", "bibliography" })
                    data.Add(paper, style, locale, mode);
        return data;
    }

    [DebianStylesTheory]
    [MemberData(nameof(Cases))]
    public void Seed_formats_as_its_golden_file_on_both_hosts(string paper, string style, string? locale, string mode)
    {
        var input = Path.Combine(TestPaths.Seeds, paper);
        var document = BibliographyPipeline.ExtractFile(input).Document;
        var options = new FormatOptions(style, locale, mode == "bibliography" ? FormatMode.Bibliography : FormatMode.Notes);

        var node = DocumentFormatter.Format(document, options, hosts.Node);
        DocumentFormatter.Format(document, options, hosts.Jint).ShouldBe(node, "the Jint host must give the same bytes as Node");

        var golden = Path.Combine(Path.GetDirectoryName(input)!, "formatted", $"{style}{(locale is null ? "" : "." + locale)}.{mode}.txt");
        if (Support.Golden.UpdateRequested())
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, node);
        }
        File.Exists(golden).ShouldBeTrue($"missing golden {golden}");
        node.ShouldBe(File.ReadAllText(golden).ReplaceLineEndings("\n"), $"differs from {golden}");
        if (paper.StartsWith("003") && mode == "notes") node.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(21);
    }
}
