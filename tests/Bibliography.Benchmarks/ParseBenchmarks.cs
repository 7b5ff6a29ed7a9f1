using BenchmarkDotNet.Attributes;
using Bibliography.Parsing;
using Bibliography.Sources;
using Bibliography.Testing;

namespace Bibliography.Benchmarks;

/// <summary>Parse and normalise: citations per second on one core, and how cost grows from 1k to 100k citations.</summary>
[MemoryDiagnoser]
public class ParseAndNormaliseBenchmarks
{
    private string[] _footnotes = Array.Empty<string>();

    /// <summary>How many footnotes the document has.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Footnotes { get; set; }

    /// <summary>1k, 10k and 100k footnotes (1k and 10k in a quick run).</summary>
    public static IEnumerable<int> Sizes => Quick.Enabled ? [1_000, 10_000] : [1_000, 10_000, 100_000];

    /// <summary>Generates the corpus once per size, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = new CitationCorpus(seed: 7);
        _footnotes = Enumerable.Range(0, Footnotes).Select(_ => corpus.NextFootnote()).ToArray();
        BibliographyPipeline.ParseFootnotes(_footnotes.Take(100).ToArray()); // regex construction is a one-off per process
    }

    /// <summary>Parses every footnote alone (no document-wide normalisation).</summary>
    [Benchmark]
    public int Parse()
    {
        var n = 0;
        foreach (var f in _footnotes) n += CitationParser.ParseFootnote(f).Count;
        return n;
    }

    /// <summary>The whole reading pipeline for one document of N footnotes: read, parse, normalise.</summary>
    [Benchmark]
    public int ParseAndNormalise() => BibliographyPipeline.ParseFootnotes(_footnotes).Document.Items.Count;

    /// <summary>
    /// The same, then a collection of the young generations while the result is still held: what a program that keeps
    /// the document pays. Below ~20k footnotes a run allocates less than gen0's budget, so without this its collections
    /// fall outside the measurement (and find its result dead), while a 100k run pays for several inside it.
    /// </summary>
    [Benchmark]
    public int ParseAndNormaliseSettled()
    {
        var result = BibliographyPipeline.ParseFootnotes(_footnotes);
        GC.Collect(1, GCCollectionMode.Forced, blocking: true);
        return result.Document.Items.Count;
    }
}

/// <summary>Extract: a PDF-text paper of about 5 MB with 10,000 footnotes.</summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private string _paper = "";

    /// <summary>Generates the paper once.</summary>
    [GlobalSetup]
    public void Setup() => _paper = new CitationCorpus(seed: 11).Paper(footnotes: 10_000, bodyLinesPerFootnote: 5);

    /// <summary>Only finding the footnotes and references.</summary>
    [Benchmark]
    public int Read() => PaperReader.Read(_paper).Footnotes.Count;

    /// <summary>Finding, parsing and normalising everything.</summary>
    [Benchmark]
    public int Extract() => BibliographyPipeline.ExtractText(_paper).Document.Citations.Count;
}
