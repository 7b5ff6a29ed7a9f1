using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Model;
using Bibliography.Normalisation;
using Bibliography.Parsing;
using Bibliography.Sources;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Normalisation;

/// <summary>
/// The table-driven and lazy paths made for speed against the straightforward definitions they replaced: every
/// character, surrogate pairs included, must give what the definition gives.
/// </summary>
public class FastPathEquivalenceTests
{
    // Every BMP character, plus strings that mix scripts, marks, signs and surrogate pairs (a CJK compatibility
    // ideograph of the supplement decomposes into the BMP; a lone half and a noncharacter become U+FFFD).
    private static IEnumerable<string> Samples()
    {
        for (var c = 0; c <= 0xFFFF; c++) yield return ((char)c).ToString();
        yield return "Rusiya Dövlət Hərbi Arxivi";
        yield return "ГА РФ";
        yield return "ARPİİSSA";
        yield return "Объём съезда, ЁЖ";
        yield return "Cafe\u0301 e\u0301\u0323 A\u030A";
        yield return "\U0002F800 \U0001D400 \U0001D15E \U0001FFFE x\uD800y \uDC00z \uFDD0";
        yield return "Sbornik trudov — 2-е изд. (1931)";
    }

    [Fact]
    public void An_authorless_work_s_stem_is_the_first_two_long_words_of_its_slug()
    {
        var corpus = new Bibliography.Testing.CitationCorpus(seed: 3);
        var slugs = Enumerable.Range(0, 2000).Select(_ => Slug.Of(corpus.NextFootnote()))
            .Concat(["", "a", "ab", "abc", "ab-cd", "ab-abcd-x-efgh-ijkl", "abcd-efgh", "abcd", "x-y-abcd"]);
        foreach (var slug in slugs)
            Normaliser.FirstLongWords(slug).ShouldBe(string.Join("-", slug.Split('-').Where(w => w.Length > 2).Take(2)), slug);
    }

    [Fact]
    public void Slugs_from_the_table_are_the_slugs_of_the_definition()
    {
        foreach (var text in Samples())
        {
            Slug.Of(text).ShouldBe(ReferenceSlug(text, separators: true), Escape(text));
            Slug.Key(text).ShouldBe(ReferenceSlug(text, separators: false), Escape(text));
        }
    }

    [Fact]
    public void Archive_keys_folded_per_character_are_the_keys_of_the_whole_text()
    {
        foreach (var text in Samples()) ArchiveRegistry.Key(text).ShouldBe(ReferenceArchiveKey(text), Escape(text));
    }

    [Fact]
    public void Table_lowering_is_invariant_lowering()
    {
        foreach (var text in Samples()) TextScan.LowerInvariant(text).ShouldBe(text.ToLowerInvariant(), Escape(text));
    }

    [Fact]
    public void Extra_is_made_on_first_use_and_round_trips_in_ordinal_order()
    {
        var plain = new CslItem { Id = "a", Title = "T" };
        CslJson.Serialize(plain).ShouldNotContain("Extra");
        var json = """{"id":"b","type":"book","zeta":1,"Alpha":"x","alpha":[2]}""";
        var read = CslJson.Deserialize<CslItem>(json);
        read.Extra.Keys.ShouldBe(new[] { "Alpha", "alpha", "zeta" });
        read.Extra.ShouldBeOfType<SortedDictionary<string, JToken>>();
        var written = JObject.Parse(CslJson.Serialize(read));
        written.Properties().Select(p => p.Name).ShouldBe(new[] { "id", "type", "Alpha", "alpha", "zeta" });
        plain.Extra["note-x"] = "y";
        JObject.Parse(CslJson.Serialize(plain))["note-x"]!.ToString().ShouldBe("y");
    }

    [Fact]
    public void Custom_text_values_read_and_serialise_as_the_tokens_set_directly()
    {
        var text = new CslItem { Id = "x" };
        var eager = new CslItem { Id = "x" };
        foreach (var (key, value) in new[] { ("archive-short", (string?)"GMTA"), ("fond", "1874"), ("opis", null), ("delo", "4"), ("fond", "1875"), ("delo", null) })
        {
            text.SetCustom(key, value);
            eager.SetCustom(key, value is null ? null : new JValue(value));
        }
        text.GetCustom("fond").ShouldBe("1875");
        text.GetCustom("delo").ShouldBeNull();
        text.GetCustom("opis").ShouldBeNull();
        CslJson.Serialize(text).ShouldBe(CslJson.Serialize(eager));
        text.Custom!.Properties().Select(p => p.Name).ShouldBe(new[] { "archive-short", "fond" });
        text.SetCustom("fond", (string?)null);
        text.SetCustom("archive-short", (string?)null);
        text.Custom.ShouldBeNull();

        var emptied = new CslItem();
        emptied.SetCustom("fond", "1");
        emptied.SetCustom("fond", (string?)null);
        emptied.Custom.ShouldBeNull();
        CslJson.Serialize(emptied).ShouldNotContain("custom");
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 128 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));

    // The slug as it was defined before the table: lower, transliterate (Slug.Letters), fold the rest one character at a time.
    private static IReadOnlyDictionary<char, string> Letters => Slug.Letters;

    private static string ReferenceSlug(string text, bool separators)
    {
        var sb = new StringBuilder();
        var dash = false;
        foreach (var raw in text)
        {
            var c = raw == 'İ' ? 'i' : char.ToLowerInvariant(raw);
            string? piece = null;
            string? mapped = null;
            if (c < 128) piece = char.IsLetterOrDigit(c) ? c.ToString() : "";
            else
                piece = Letters.TryGetValue(c, out mapped) ? mapped
                    : char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' or >= '\uFFFE' ? ""
                    : new string(c.ToString().Normalize(NormalizationForm.FormD).Where(d => d < 128 && char.IsLetterOrDigit(d)).ToArray());
            if (piece.Length > 0)
            {
                if (dash && separators) sb.Append('-');
                dash = false;
                sb.Append(piece);
                continue;
            }
            if (mapped is not null) continue;
            dash = sb.Length > 0;
        }
        return sb.ToString();
    }

    // The archive key as it was defined: invalid code points replaced, the whole text decomposed, marks dropped.
    private static string ReferenceArchiveKey(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in SourceText.ReplaceInvalidCodePoints(text).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(c switch { 'ı' => 'i', 'ə' or 'Ə' => 'e', _ => char.ToLowerInvariant(c) });
        }
        return sb.ToString();
    }
}
