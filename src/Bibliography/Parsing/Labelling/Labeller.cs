using System.Reflection;

namespace Bibliography.Parsing.Labelling;

/// <summary>A labelled span of a footnote: UTF-16 offsets (end exclusive), its label and the citation it belongs to.</summary>
/// <param name="Start">The offset of its first character.</param>
/// <param name="End">The offset just past it.</param>
/// <param name="Label">One of <see cref="Tags.Labels"/>.</param>
/// <param name="Citation">The 0-based index of its citation within the labelled text.</param>
public readonly record struct LabelledSpan(int Start, int End, string Label, int Citation);

/// <summary>
/// The token sequence labeller at run time: labels a footnote's tokens with the model built into the library and reads
/// the spans into the parser's citation types (<see cref="SpanDecoder"/>).
/// </summary>
public static class Labeller
{
    /// <summary>The name of the model resource built into the library.</summary>
    public const string ResourceName = "Bibliography.Parsing.Labelling.labeller.model";

    private static readonly Lazy<LabellerModel> BuiltIn = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic] private static Features? _features;
    [ThreadStatic] private static int[]? _tags;

    private static readonly AsyncLocal<LabellerModel?> ModelHere = new();

    /// <summary>
    /// The model the parser labels with: the one built into the library, loaded once on first use, unless
    /// <see cref="Use"/> put another in place for the current flow of execution.
    /// </summary>
    public static LabellerModel Model => ModelHere.Value ?? BuiltIn.Value;

    /// <summary>
    /// Labels with <paramref name="model"/> in the current flow of execution (its thread and the tasks it starts) until
    /// the result is disposed: how a model trained without some notes is scored on them (cross-validation), while other
    /// threads keep the built-in one.
    /// </summary>
    public static IDisposable Use(LabellerModel model)
    {
        var before = ModelHere.Value;
        ModelHere.Value = model;
        return new Restore(() => ModelHere.Value = before);
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    private static LabellerModel LoadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException("The labeller model resource is missing from the build (src/Bibliography/Parsing/Labelling/labeller.model).");
        return LabellerModel.Read(stream);
    }

    /// <summary>
    /// The labelled spans of text[start..end), or null when it has more than <see cref="LabellerTrainer.MaxTokens"/>
    /// tokens (time per footnote stays bounded: features and Viterbi are linear in the tokens).
    /// </summary>
    public static List<LabelledSpan>? Label(string text, int start, int end, LabellerModel? model = null)
    {
        model ??= Model;
        var features = _features ??= new Features();
        if (!features.Extract(text, start, end, LabellerTrainer.MaxTokens)) return null;
        var tokens = features.Tokens;
        var tags = _tags ??= new int[LabellerTrainer.MaxTokens];
        model.Decode(features, tags);
        var spans = new List<LabelledSpan>();
        var citation = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var tag = tags[i];
            if (tag == Tags.Outside) continue;
            if (tag == Tags.NewCitation(Tags.LabelOf(tag)) && spans.Count > 0) citation++;
            if (Tags.Begins(tag) || spans.Count == 0)
                spans.Add(new LabelledSpan(tokens[i].Start, tokens[i].End, Tags.Labels[Tags.LabelOf(tag)], citation));
            else spans[^1] = spans[^1] with { End = tokens[i].End };
        }
        return spans;
    }

    /// <summary>The citations the model reads in text[start..end) (one part of a footnote), or null when it reads none.</summary>
    public static List<ParsedCitation>? Read(string text, int start, int end, LabellerModel? model = null)
    {
        var spans = Label(text, start, end, model);
        if (spans is null || spans.Count == 0) return null;
        var citations = new List<ParsedCitation>();
        var first = 0;
        while (first < spans.Count)
        {
            var last = first;
            while (last + 1 < spans.Count && spans[last + 1].Citation == spans[first].Citation) last++;
            var from = first == 0 ? start : spans[first].Start;
            var to = last + 1 < spans.Count ? spans[last + 1].Start : end;
            if (SpanDecoder.Build(text, from, to, spans, first, last + 1) is { } citation) citations.Add(citation with { ReadByLabeller = true });
            first = last + 1;
        }
        return citations.Count > 0 ? citations : null;
    }
}
