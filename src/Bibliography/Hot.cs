using System.Runtime.CompilerServices;

namespace Bibliography;

/// <summary>
/// The compilation of the few loops a first batch spends most of its time in (a <c>perf</c> profile of <c>extract</c>
/// on a 100,000-footnote list: the parser's text scans and the JSON writer): optimised at once rather than at tier 0.
/// </summary>
/// <remarks>
/// The runtime promotes a tier-0 method only after its tier-0 compiles have paused (300 ms on one core), which a large
/// list's rarer forms keep postponing, so these loops would run unoptimised for much of a round. Only short, hot loops
/// carry it: each costs an optimising compile at its first call, which a one-note start pays too.
/// </remarks>
internal static class Hot
{
    /// <summary>For <c>[MethodImpl(Hot.Loop)]</c> on such a loop.</summary>
    internal const MethodImplOptions Loop = MethodImplOptions.AggressiveOptimization;
}
