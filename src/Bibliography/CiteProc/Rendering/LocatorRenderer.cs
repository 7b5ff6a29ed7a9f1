using System.Text;
using Bibliography.Parsing;
using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.CiteProc.Rendering;

/// <summary>
/// Renders a canonical folio locator (<c>184v-185</c>, <c>16-16v</c>, <c>17, 19</c>) in a convention.
/// Only the number part is rendered: the label word (<c>vərəq</c>, <c>Л.</c>, <c>fols.</c>) comes from the
/// locale through the style, so that each style keeps its own label form, case and plural. Page locators
/// are left canonical: citeproc-js reads a hyphenated page range and applies the style's page-range-format
/// (Chicago's <c>151–56</c>), which it cannot do once the range is rendered.
/// </summary>
public static partial class LocatorRenderer
{
    /// <summary>
    /// A folio locator in <paramref name="convention"/>; any other locator, and one that is not canonical (roman
    /// numerals, free text), is returned unchanged, since it is the user's own text and nothing can be read from it.
    /// </summary>
    public static string? Render(string? locator, string? label, ArchivalConvention convention)
    {
        if (label != LocatorLabels.Folio || string.IsNullOrWhiteSpace(locator)) return locator;
        if (!Canonical().IsMatch(locator.Trim())) return locator;
        // English notes keep the canonical form's "v" (fols. 184v); the others write their verso word after a space.
        var verso = convention == ArchivalConvention.English ? LocatorReader.CanonicalVerso.ToString() : " " + Vocabulary.VersoWord(convention);
        // Azerbaijani notes space the dash of a folio range ("184 arxa – 185"); GOST and English close it up.
        var range = convention == ArchivalConvention.Azerbaijani ? " – " : "–";
        var sb = new StringBuilder();
        var items = locator.Trim().Split(',', StringSplitOptions.TrimEntries);
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            var ends = items[i].Split('-', StringSplitOptions.TrimEntries);
            for (var j = 0; j < ends.Length; j++)
            {
                if (j > 0) sb.Append(range);
                var end = ends[j];
                if (end.EndsWith('v')) sb.Append(end, 0, end.Length - 1).Append(verso);
                else sb.Append(end);
            }
        }
        return sb.ToString();
    }

    // The form LocatorReader.Canonical produces: numbers (an optional Cyrillic letter, an optional verso "v"),
    // ranges with "-", lists with ", ".
    [GeneratedRegex(@"^\d+[абвгАБВГ]?v?(-\d+[абвгАБВГ]?v?)?(,\s?\d+[абвгАБВГ]?v?(-\d+[абвгАБВГ]?v?)?)*$")]
    private static partial Regex Canonical();
}
