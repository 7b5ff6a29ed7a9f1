namespace Bibliography.Tests.Sources;

/// <summary>Finds the repository root (the folder holding Bibliography.sln) and the shared material beside it.</summary>
internal static class SeedFiles
{
    public static readonly string? RepoRoot = FindRepoRoot();

    /// <summary>`../shared/seeds` from the repository root, or null when it is not there.</summary>
    public static readonly string? SharedSeeds = RepoRoot is null ? null : ExistingDirectory(Path.Combine(RepoRoot, "..", "shared", "seeds"));

    public const string SkipMessage = "../shared/seeds (the seed papers) not found beside the repository root; shared material is absent, so this test is skipped.";

    public static string RepoSeed(string relative)
    {
        RepoRoot.ShouldNotBeNull("repository root (folder with Bibliography.sln) not found above the test assembly");
        return Path.Combine(RepoRoot, "seeds", relative);
    }

    public static string SharedSeed(string name) => Path.Combine(SharedSeeds!, name);

    private static string? FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Bibliography.sln"))) return dir.FullName;
        return null;
    }

    private static string? ExistingDirectory(string path) => Directory.Exists(path) ? Path.GetFullPath(path) : null;
}

/// <summary>A fact that is skipped, saying why, when the shared seed papers are absent.</summary>
public sealed class SharedSeedFactAttribute : FactAttribute
{
    public SharedSeedFactAttribute()
    {
        if (SeedFiles.SharedSeeds is null) Skip = SeedFiles.SkipMessage;
    }
}
