using Bibliography.Model;
using Bibliography.Sources;

namespace Bibliography.Tests.Normalisation;

/// <summary>Footnotes given one by one are read as given, trimmed and joined where they need it.</summary>
public class FootnoteTextTests
{
    [Fact]
    public void A_footnote_given_whole_is_kept_as_given_and_one_needing_a_trim_or_join_is_trimmed_or_joined()
    {
        const string whole = "GMTA, fond 1, siyahı 2, iş 3.";
        var read = PaperReader.ReadFootnotes([whole, "  padded, fond 1.  ", "two\nlines"]);
        read.Footnotes[0].Text.ShouldBe(whole);
        read.Footnotes[1].Text.ShouldBe("padded, fond 1.");
        read.Footnotes[1].Column.ShouldBe(3);
        read.Footnotes[2].Text.ShouldBe("two lines");
        read.Footnotes[2].Segments.Count.ShouldBe(2);
    }
}
