using System.Text;
using Bibliography.Model;

namespace Bibliography.Export;

/// <summary>BibTeX name lists (<c>Family, Given and {Institution}</c>) ↔ CSL names.</summary>
internal static class BibTexNames
{
    /// <summary>Writes names joined by <c>and</c>; an institution is braced whole so it is never split.</summary>
    public static string Write(IEnumerable<CslName> names) => string.Join(" and ", names.Select(Write));

    private static string Write(CslName name)
    {
        if (name.Literal is not null) return "{" + LatexText.Escape(name.Literal) + "}";
        var family = Protect(name.Family ?? "", protectLowercase: true);
        // BibTeX has one particle slot; a dropping particle goes there too (pandoc reads it as one), and 'extra' keeps the kind.
        var von = (name.NonDroppingParticle ?? name.DroppingParticle) is { Length: > 0 } p ? LatexText.Escape(p) + " " : "";
        var given = name.Given is null ? null : Protect(name.Given, protectLowercase: false);
        if (name.Suffix is not null) return $"{von}{family}, {Protect(name.Suffix, false)}, {given}";
        if (given is not null) return $"{von}{family}, {given}";
        // A braced family alone would read as an institution; the comma marks it as a person's family name.
        return family.StartsWith('{') && von.Length == 0 ? family + "," : von + family;
    }

    private static string Protect(string part, bool protectLowercase)
    {
        var escaped = LatexText.Escape(part);
        var needs = part.Contains(',') || ContainsAnd(part) || (protectLowercase && (part.Any(char.IsWhiteSpace) || LatexText.StartsLowercase(part)));
        return needs ? "{" + escaped + "}" : escaped;
    }

    private static bool ContainsAnd(string s) =>
        s.Split(' ', '\t', '\n').Any(w => w.Equals("and", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads a BibTeX name list (LaTeX as in the file) into CSL names.</summary>
    public static List<CslName> Read(string latex)
    {
        var names = new List<CslName>();
        foreach (var part in SplitTopLevel(latex.Trim(), isAnd: true))
        {
            var text = part.Trim();
            if (text.Length == 0) continue;
            names.Add(ReadOne(text));
        }
        return names;
    }

    private static CslName ReadOne(string text)
    {
        if (IsSingleGroup(text)) return CslName.Institution(LatexText.Decode(text[1..^1]));
        var parts = SplitTopLevel(text, isAnd: false).Select(p => p.Trim()).ToList();
        string? first, jr = null;
        List<string> vonLast;
        if (parts.Count == 1)
        {
            var words = Words(parts[0]);
            // "First von Last": the von part runs from the first lowercase word to the last one before the last word.
            var vonStart = words.FindIndex(0, Math.Max(0, words.Count - 1), LatexText.StartsLowercase);
            if (vonStart < 0)
            {
                first = words.Count > 1 ? string.Join(" ", words.Take(words.Count - 1)) : null;
                vonLast = words.Skip(Math.Max(0, words.Count - 1)).ToList();
            }
            else
            {
                first = vonStart > 0 ? string.Join(" ", words.Take(vonStart)) : null;
                vonLast = words.Skip(vonStart).ToList();
            }
        }
        else
        {
            vonLast = Words(parts[0]);
            jr = parts.Count > 2 ? parts[1] : null;
            first = parts.Count > 2 ? string.Join(", ", parts.Skip(2)) : parts[1];
        }
        var lastVon = -1;
        for (var i = 0; i < vonLast.Count - 1; i++) if (LatexText.StartsLowercase(vonLast[i])) lastVon = i;
        var von = lastVon >= 0 ? string.Join(" ", vonLast.Take(lastVon + 1)) : null;
        var last = string.Join(" ", vonLast.Skip(lastVon + 1));
        string? Text(string? s) => s is null ? null : LatexText.Decode(s) is { Length: > 0 } t ? t : null;
        return new CslName
        {
            Family = Text(last),
            Given = Text(first),
            NonDroppingParticle = Text(von),
            Suffix = Text(jr),
        };
    }

    private static bool IsSingleGroup(string text)
    {
        if (text.Length < 2 || text[0] != '{' || text[^1] != '}') return false;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0 && i < text.Length - 1) return false;
        }
        return true;
    }

    private static List<string> Words(string text) => SplitTopLevel(text, isAnd: null).Where(w => w.Length > 0).ToList();

    /// <summary>Splits at brace depth 0: on " and " (isAnd true), on commas (false) or on whitespace (null).</summary>
    private static List<string> SplitTopLevel(string text, bool? isAnd)
    {
        var result = new List<string>();
        var sb = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\\' && i + 1 < text.Length) { sb.Append(ch).Append(text[++i]); continue; }
            if (ch == '{') depth++;
            else if (ch == '}') depth--;
            if (depth == 0)
            {
                if (isAnd == false && ch == ',') { result.Add(sb.ToString()); sb.Clear(); continue; }
                if (isAnd == null && char.IsWhiteSpace(ch) && ch != '\u00A0') { result.Add(sb.ToString()); sb.Clear(); continue; }
                if (isAnd == true && char.IsWhiteSpace(ch) && i + 4 < text.Length
                    && string.Equals(text.Substring(i + 1, 3), "and", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(text[i + 4]))
                {
                    result.Add(sb.ToString());
                    sb.Clear();
                    i += 4;
                    continue;
                }
            }
            sb.Append(ch);
        }
        result.Add(sb.ToString());
        return result;
    }
}
