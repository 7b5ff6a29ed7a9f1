using Bibliography.Tests.Support;

namespace Bibliography.Tests.Sources;

/// <summary>Paths of the seed files, in the repository and in ../shared.</summary>
internal static class SeedFiles
{
    /// <summary>A file under the repository's seeds folder.</summary>
    public static string RepoSeed(string relative) => Path.Combine(TestPaths.Seeds, relative);

    /// <summary>A seed paper in ../shared/seeds (only call from a [SharedFact]).</summary>
    public static string SharedSeed(string name) => Path.Combine(TestPaths.SharedSeeds!, name);
}
