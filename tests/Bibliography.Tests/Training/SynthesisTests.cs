using Bibliography.CiteProc;
using Bibliography.CiteProc.Styles;
using Bibliography.Tests.Support;
using Bibliography.Training.Synthesis;

namespace Bibliography.Tests.Training;

/// <summary>One citeproc host for the synthesis tests (starting one costs more than the tests' renders).</summary>
public sealed class SynthesisHostFixture : IDisposable
{
    /// <summary>The host.</summary>
    public ICiteProcHost Host { get; } = CiteProcHosts.Create(CiteProcEngine.Auto);

    /// <summary>Stops the host.</summary>
    public void Dispose() => Host.Dispose();
}

public sealed class SynthesisTests(SynthesisHostFixture fixture) : IClassFixture<SynthesisHostFixture>
{
    private List<Footnote> Run(int seed, int count, string? styles, GenerationStats? stats = null) =>
        Generator.Footnotes(new GenerationOptions(seed, count, styles), [fixture.Host], stats ?? new GenerationStats()).ToList();

    private string File(int seed, int count, string? styles)
    {
        var writer = new StringWriter();
        Generator.Run(new GenerationOptions(seed, count, styles), writer, fixture.Host);
        return writer.ToString();
    }

    [Fact]
    public void The_same_seed_gives_the_same_file_and_another_seed_another()
    {
        var first = File(7, 20, null);
        File(7, 20, null).ShouldBe(first);
        File(8, 20, null).ShouldNotBe(first);
        first.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(20);
    }

    [Fact]
    public void Rendering_on_two_hosts_at_once_gives_the_same_file()
    {
        using var second = CiteProcHosts.Create(CiteProcEngine.Auto);
        var one = new StringWriter();
        Generator.Run(new GenerationOptions(4, 20, null), one, fixture.Host);
        var two = new StringWriter();
        Generator.Run(new GenerationOptions(4, 20, null), two, fixture.Host, second);
        two.ToString().ShouldBe(one.ToString());
    }

    [DebianStylesFact]
    public void The_same_seed_gives_the_same_file_through_the_official_styles()
    {
        File(3, 20, StyleSearchOptions.DebianStylesDirectory).ShouldBe(File(3, 20, StyleSearchOptions.DebianStylesDirectory));
    }

    [DebianStylesFact]
    public void Spans_lie_in_the_text_do_not_overlap_and_no_sentinel_survives()
    {
        var notes = Run(11, 30, StyleSearchOptions.DebianStylesDirectory);
        notes.Count.ShouldBe(30);
        foreach (var note in notes)
        {
            note.Text.ShouldNotContain(c => Marker.IsSentinel(c), note.Text);
            DocumentGenerator.Check(note).ShouldBeNull(note.Text);
            note.Spans.ShouldAllBe(s => Labels.All.Contains(s.Label));
        }
    }

    [DebianStylesFact]
    public void A_small_run_renders_through_several_official_styles()
    {
        var notes = Run(5, 25, StyleSearchOptions.DebianStylesDirectory);
        notes.Select(n => n.Style).Where(s => !s.StartsWith("plain-", StringComparison.Ordinal)).Distinct().Count().ShouldBeGreaterThanOrEqualTo(2);
    }

    [DebianStylesFact]
    public void Every_span_shows_the_value_it_was_made_from()
    {
        var checkedSpans = 0;
        var exact = 0;
        foreach (var note in Run(21, 60, StyleSearchOptions.DebianStylesDirectory))
        {
            for (var i = 0; i < note.Spans.Count; i++)
            {
                if (note.Sources[i] is not { } source) continue;
                var span = note.Spans[i];
                var shown = note.Text[span.Start..span.End];
                checkedSpans++;
                if (shown == source) exact++;
                else if (note.Style.StartsWith("plain-", StringComparison.Ordinal)) shown.ShouldBe(source, note.Text);
                // A style may change case, quotes, dashes and periods of a field (text-case, strip-periods, page-range-delimiter), nothing else.
                else Loose(shown).ShouldBe(Loose(source), $"{span.Label} in {note.Style}: {note.Text}");
            }
        }
        checkedSpans.ShouldBeGreaterThan(120);
        exact.ShouldBeGreaterThan(checkedSpans * 8 / 10);
    }

    private static string Loose(string s) =>
        string.Concat(s.Where(c => c is not ('.' or '"' or '“' or '”' or '‘' or '’' or '\'' or '«' or '»')).Select(SpanRecovery.Fold))
            .Replace('\u00A0', ' ').Replace('–', '-').Replace('—', '-');

    [Fact]
    public void The_project_styles_give_archival_levels_and_names_as_printed()
    {
        var stats = new GenerationStats();
        var notes = Run(2, 40, null, stats);
        foreach (var label in new[] { Labels.Archive, Labels.Fond, Labels.Delo, Labels.Locator, Labels.Title })
            stats.LabelCounts.GetValueOrDefault(label).ShouldBeGreaterThan(0, label);
        // A name span covers the initials the style printed with the family name (Иванов И. И.).
        var names = notes.SelectMany(n => n.Spans.Where(s => Labels.IsName(s.Label)).Select(s => n.Text[s.Start..s.End])).ToList();
        names.ShouldContain(n => n.Contains(' '));
    }

    [Fact]
    public void A_mark_opened_inside_another_or_never_closed_is_reported()
    {
        SentinelReader.Read("\uE000a\uE001b\uE0FF\uE0FF", 2).Broken.ShouldBe("nested-open");
        SentinelReader.Read("a\uE0FF", 1).Broken.ShouldBe("close-without-open");
        SentinelReader.Read("\uE000abc", 1).Broken.ShouldBe("open-without-close");
        SentinelReader.Read("\uE005abc\uE0FF", 1).Broken.ShouldBe("unknown-mark");
    }

    [Fact]
    public void A_period_doubled_by_a_mark_is_dropped_and_offsets_are_of_the_clean_text()
    {
        var (text, marks, broken) = SentinelReader.Read("См. \uE000М.\uE0FF.: \uE001Наука\uE0FF", 2);
        broken.ShouldBeNull();
        text.ShouldBe("См. М.: Наука");
        text[marks[0].Start..marks[0].End].ShouldBe("М.");
        text[marks[1].Start..marks[1].End].ShouldBe("Наука");
    }

    [Theory]
    [InlineData("A. B. Ivanov, Istoriia", 6, "Aleksei Borisovich", 0)]
    [InlineData("A.B. Ivanov, Istoriia", 5, "Aleksei Borisovich", 0)]
    [InlineData("Aleksei Borisovich Ivanov", 19, "Aleksei Borisovich", 0)]
    [InlineData("Natal’ia Petrova", 9, "Natal'ia", 0)]
    [InlineData("Ivanov, Istoriia", 0, "Iurii", -1)]
    public void A_given_name_is_found_before_the_family_name_whole_or_initialised(string text, int familyStart, string given, int expected) =>
        SpanRecovery.GivenBefore(text, familyStart, given, new bool[text.Length + 1]).ShouldBe(expected);

    [Theory]
    [InlineData("Иванов И. И. История", 6, "Иван Иванович", 12)]
    [InlineData("Ivanov, Istoriia, 115", 6, "Iurii", -1)]
    [InlineData("Smirnov Zh 1937", 7, "Zh.", 10)]
    [InlineData("Шнирельман (П. А.), Осокина", 10, "Пётр Алексеевич", 18)]
    [InlineData("Вышинский МН. Советская", 9, "Михаил Николаевич", 13)]
    public void A_given_name_is_found_after_the_family_name(string text, int familyEnd, string given, int expected) =>
        SpanRecovery.GivenAfter(text, familyEnd, given, new bool[text.Length + 1]).ShouldBe(expected);
}
