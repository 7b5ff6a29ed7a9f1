namespace Bibliography.JurassicEmit;

/// <summary>
/// The functions compiled ahead of time (see <see cref="AheadOfTimeCompilation"/>), by the number Jurassic's IL loads
/// them by: the patched <c>GeneratedMethod.Load</c> looks here before it takes its lock.
/// </summary>
/// <remarks>
/// Jurassic's code loads a nested function's compiled form every time it creates a closure of it, from a table of
/// weak references behind one process-wide lock: ~3 % of a bibliography's time on citeproc-js, more when engines run
/// on several threads. The precompiled functions live as long as the process and are numbered from
/// <see cref="FirstId"/> up, so an array read without a lock finds them.
/// </remarks>
public static class PinnedFunctions
{
    /// <summary>The number of the first function compiled ahead of time: far above any a process hands out itself.</summary>
    public const long FirstId = 1L << 40;

    private static readonly object Gate = new();
    private static object?[] _table = [];

    /// <summary>Keeps <paramref name="function"/> (a Jurassic <c>GeneratedMethod</c>) for the life of the process under <paramref name="id"/>.</summary>
    /// <param name="id">Its number, at least <see cref="FirstId"/>.</param>
    /// <param name="function">The compiled function.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is below <see cref="FirstId"/> or implausibly far above it.</exception>
    public static void Pin(long id, object function)
    {
        var index = id - FirstId;
        if (index < 0 || index >= 1 << 24) throw new ArgumentOutOfRangeException(nameof(id), id, $"a precompiled function's number is {FirstId} or a little above");
        lock (Gate)
        {
            var table = _table;
            if (index >= table.Length) Array.Resize(ref table, (int)Math.Max(index + 1, table.Length * 2L));
            table[index] = function;
            Volatile.Write(ref _table, table);
        }
    }

    /// <summary>The function pinned under <paramref name="id"/>, or null (Jurassic then looks in its own table).</summary>
    /// <param name="id">The number Jurassic's IL loads the function by.</param>
    public static object? Find(long id)
    {
        var table = Volatile.Read(ref _table);
        var index = (ulong)(id - FirstId);
        return index < (ulong)table.Length ? table[index] : null;
    }
}
