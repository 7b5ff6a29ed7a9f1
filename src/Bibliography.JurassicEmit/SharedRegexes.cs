using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Bibliography.JurassicEmit;

/// <summary>
/// The .NET regexes behind script <c>RegExp</c> objects, one per pattern and options: the patched Jurassic asks here
/// instead of constructing a new <see cref="Regex"/> for every <c>RegExp</c> a script makes.
/// </summary>
/// <remarks>
/// A script RegExp is an object with state (<c>lastIndex</c>), so every <c>new RegExp(...)</c> must stay a new object;
/// the <see cref="Regex"/> it wraps has none and is safe to share between objects, engines and threads. Patterns built
/// from data could be endless, so the table starts over once it holds <see cref="Capacity"/> of them.
/// </remarks>
public static class SharedRegexes
{
    /// <summary>How many regexes are kept before the table starts over.</summary>
    public const int Capacity = 4096;

    private static ConcurrentDictionary<(string Pattern, RegexOptions Options), Regex> _table = new();
    private static int _count;

    /// <summary>The regex for <paramref name="pattern"/> and <paramref name="options"/>, constructed on first request.</summary>
    /// <param name="pattern">The .NET pattern Jurassic translated from the script's.</param>
    /// <param name="options">The options Jurassic chose from the script's flags.</param>
    /// <exception cref="ArgumentException">The pattern is not valid, as from the <see cref="Regex"/> constructor.</exception>
    public static Regex Get(string pattern, RegexOptions options)
    {
        var table = Volatile.Read(ref _table);
        if (table.TryGetValue((pattern, options), out var shared)) return shared;
        var made = new Regex(pattern, options);
        if (Interlocked.Increment(ref _count) > Capacity)
        {
            Volatile.Write(ref _table, table = new ConcurrentDictionary<(string, RegexOptions), Regex>());
            Volatile.Write(ref _count, 1);
        }
        return table.GetOrAdd((pattern, options), made);
    }
}
