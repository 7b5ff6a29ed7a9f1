using System.Diagnostics;

namespace Bibliography.Tests.StyleFiles;

/// <summary>What a style-file test needs from the machine; missing pieces make the test skip, not fail.</summary>
[Flags]
public enum StyleFileNeeds
{
    /// <summary>Only the repository's own <c>styles/</c> folder.</summary>
    None = 0,
    /// <summary>The shared CSL schema at <c>../shared/csl-schema/csl.rnc</c>.</summary>
    Schema = 1,
    /// <summary>The <c>jing</c> RELAX NG validator (Debian package <c>jing</c>).</summary>
    Jing = 2,
    /// <summary>The Debian CSL locales (package <c>citation-style-language-locales</c>).</summary>
    DebianLocales = 4,
}

/// <summary>Finds the repository, the shared material, jing and the Debian CSL locales for the style-file tests.</summary>
public static class StyleFilesEnvironment
{
    /// <summary>Where Debian's <c>citation-style-language-locales</c> puts the locale files.</summary>
    public const string DebianLocalesDir = Bibliography.CiteProc.Styles.StyleSearchOptions.DebianLocalesDirectory;

    private static readonly Lazy<string?> JingLazy = new(FindJing);

    /// <summary>The repository's <c>styles/</c> folder.</summary>
    public static string StylesDir => Path.Combine(Support.TestPaths.RepoRoot, "styles");

    /// <summary>The shared read-only material next to the repository (<c>../shared</c>), or null when absent.</summary>
    public static string? SharedDir => Support.TestPaths.Shared;

    /// <summary>The compact-syntax CSL schema, or null when the shared material is absent.</summary>
    public static string? SchemaPath =>
        SharedDir is { } shared && File.Exists(Path.Combine(shared, "csl-schema", "csl.rnc"))
            ? Path.Combine(shared, "csl-schema", "csl.rnc")
            : null;

    /// <summary>The jing executable, or null when it is not on PATH.</summary>
    public static string? Jing => JingLazy.Value;

    /// <summary>The path of a Debian locale file such as <c>en-US</c>, or null when it is not installed.</summary>
    public static string? DebianLocale(string tag)
    {
        var path = Path.Combine(DebianLocalesDir, $"locales-{tag}.xml");
        return File.Exists(path) ? path : null;
    }

    /// <summary>Why a test with these needs cannot run here, or null when it can.</summary>
    public static string? SkipReason(StyleFileNeeds needs)
    {
        if (needs.HasFlag(StyleFileNeeds.Schema) && SchemaPath is null)
            return $"Shared CSL schema not found at {Path.GetFullPath(Path.Combine(Support.TestPaths.RepoRoot, "..", "shared", "csl-schema", "csl.rnc"))}; "
                   + "the shared material (../shared) is absent.";
        if (needs.HasFlag(StyleFileNeeds.Jing) && Jing is null)
            return "jing is not installed (Debian package 'jing'); CSL schema validation skipped.";
        if (needs.HasFlag(StyleFileNeeds.DebianLocales) && DebianLocale("en-US") is null)
            return $"Debian CSL locales not installed (package 'citation-style-language-locales', {DebianLocalesDir}).";
        return null;
    }

    /// <summary>Validates one file against the compact CSL schema with <c>jing -c</c>; returns the exit code and jing's report.</summary>
    public static (int ExitCode, string Report) ValidateWithJing(string file)
    {
        var jing = Jing ?? throw new InvalidOperationException("jing is not installed.");
        var schema = SchemaPath ?? throw new InvalidOperationException("The shared CSL schema is absent.");
        var start = new ProcessStartInfo(jing)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(schema);
        start.ArgumentList.Add(file);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("jing did not start.");
        // Read both streams concurrently so a chatty validator cannot deadlock on a full pipe.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"jing did not finish validating {file} within 2 minutes.");
        }
        // The Debian wrapper prints classpath warnings ("Unable to locate ...") on stderr; they are not findings.
        var warnings = stderr.Result.Split('\n')
            .Where(line => line.Trim().Length > 0 && !line.Contains("Unable to locate", StringComparison.Ordinal));
        return (process.ExitCode, (stdout.Result + string.Join('\n', warnings)).Trim());
    }

    private static string? FindJing()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "jing"))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that skips with a clear message when the machine lacks what the test needs.</summary>
public sealed class StyleFileFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute; <paramref name="needs"/> lists what must be present.</summary>
    public StyleFileFactAttribute(StyleFileNeeds needs = StyleFileNeeds.None)
    {
        if (StyleFilesEnvironment.SkipReason(needs) is { } reason)
            Skip = Support.TestPaths.SkipUnlessCi(reason);
    }
}

/// <summary>A theory that skips with a clear message when the machine lacks what the test needs.</summary>
public sealed class StyleFileTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute; <paramref name="needs"/> lists what must be present.</summary>
    public StyleFileTheoryAttribute(StyleFileNeeds needs = StyleFileNeeds.None)
    {
        if (StyleFilesEnvironment.SkipReason(needs) is { } reason)
            Skip = Support.TestPaths.SkipUnlessCi(reason);
    }
}
