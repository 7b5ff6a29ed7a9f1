namespace Bibliography.Tests.Support;

/// <summary>Where the repository and the shared material are, found from the test assembly's folder.</summary>
public static class TestPaths
{
    /// <summary>The repository root (the folder holding Bibliography.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The repository's seeds folder.</summary>
    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    /// <summary>The shared folder beside the repository, or null when absent.</summary>
    public static string? Shared { get; } = Existing(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>The shared seed papers, or null when absent.</summary>
    public static string? SharedSeeds => Shared is null ? null : Existing(Path.Combine(Shared, "seeds"));

    /// <summary>Why a test needing Debian's CSL styles and locales cannot run here, or null when they are installed.</summary>
    public static string? DebianStylesMissing =>
        Directory.Exists(Bibliography.CiteProc.Styles.StyleSearchOptions.DebianStylesDirectory)
        && Directory.Exists(Bibliography.CiteProc.Styles.StyleSearchOptions.DebianLocalesDirectory)
            ? null
            : "Debian's CSL styles/locales are not installed: apt-get install citation-style-language-styles citation-style-language-locales (.ci/install-deps does).";

    /// <summary>True under CI=true (as <c>.ci/run</c> sets it): nothing a test needs may be missing there.</summary>
    public static bool InCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The reason to skip, outside CI; in CI null, so that the test runs and fails on what is missing instead of
    /// passing as skipped.</summary>
    public static string? SkipUnlessCi(string? reason) => InCi ? null : reason;

    /// <summary>The message a test gives when it skips for want of ../shared.</summary>
    public const string SharedMissing = "../shared is absent beside the repository: this test needs the shared seeds/schemas (CI has them).";

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bibliography.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Bibliography.sln not found above " + AppContext.BaseDirectory);
    }

    private static string? Existing(string path) => Directory.Exists(path) ? Path.GetFullPath(path) : null;
}

/// <summary>A fact that needs ../shared: skipped, saying why, where it is absent (CI has it).</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    /// <summary>Sets Skip when ../shared is absent.</summary>
    public SharedFactAttribute()
    {
        if (TestPaths.Shared is null) Skip = TestPaths.SkipUnlessCi(TestPaths.SharedMissing);
    }
}

/// <summary>A theory that needs ../shared: skipped, saying why, where it is absent (CI has it).</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets Skip when ../shared is absent.</summary>
    public SharedTheoryAttribute()
    {
        if (TestPaths.Shared is null) Skip = TestPaths.SkipUnlessCi(TestPaths.SharedMissing);
    }
}

/// <summary>A fact that needs Debian's official CSL styles and locales: skipped, saying why, where they are not installed.</summary>
public sealed class DebianStylesFactAttribute : FactAttribute
{
    /// <summary>Sets Skip when the Debian folders are absent.</summary>
    public DebianStylesFactAttribute()
    {
        if (TestPaths.DebianStylesMissing is { } why) Skip = TestPaths.SkipUnlessCi(why);
    }
}

/// <summary>A theory that needs Debian's official CSL styles and locales: skipped, saying why, where they are not installed.</summary>
public sealed class DebianStylesTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets Skip when the Debian folders are absent.</summary>
    public DebianStylesTheoryAttribute()
    {
        if (TestPaths.DebianStylesMissing is { } why) Skip = TestPaths.SkipUnlessCi(why);
    }
}
