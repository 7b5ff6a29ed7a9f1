namespace Bibliography.Tests.StyleFiles;

/// <summary>Resolves an ordinal suffix from a locale's terms by the CSL 1.0.2 matching rules.</summary>
/// <remarks>
/// "ordinal-00".."ordinal-09" match the last digit by default, "ordinal-10".."ordinal-99" the last two
/// digits; <c>match</c> overrides that. A match from the 10-99 group wins; "ordinal" is the fallback.
/// </remarks>
public static class CslOrdinals
{
    /// <summary>The suffix the locale gives to <paramref name="number"/>.</summary>
    public static string Suffix(CslLocaleFile locale, int number)
    {
        var candidates = locale.Terms.Keys
            .Where(k => k.Form == "long" && k.Name.Length == "ordinal-00".Length && k.Name.StartsWith("ordinal-", StringComparison.Ordinal))
            .Select(k => (k.Name, Value: int.Parse(k.Name["ordinal-".Length..])))
            .ToList();
        foreach (var group in new[] { candidates.Where(c => c.Value >= 10), candidates.Where(c => c.Value < 10) })
        {
            foreach (var (name, value) in group)
            {
                var match = (string?)locale.TermElement(name)?.Attribute("match")
                            ?? (value >= 10 ? "last-two-digits" : "last-digit");
                var hit = match switch
                {
                    "last-digit" => number % 10 == value,
                    "last-two-digits" => number % 100 == value,
                    "whole-number" => number == value,
                    _ => throw new InvalidDataException($"{name}: unknown match=\"{match}\"."),
                };
                if (hit) return locale.Terms[(name, "long")].Singular;
            }
        }
        return locale.Terms.TryGetValue(("ordinal", "long"), out var fallback) ? fallback.Singular : "";
    }
}
