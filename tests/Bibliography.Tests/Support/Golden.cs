namespace Bibliography.Tests.Support;

/// <summary>Whether golden files may be rewritten: only on request (BIBLIOGRAPHY_UPDATE_GOLDEN=1), and never in CI.</summary>
public static class Golden
{
    /// <summary>The variable that asks the golden tests to rewrite their files.</summary>
    public const string UpdateVariable = "BIBLIOGRAPHY_UPDATE_GOLDEN";

    /// <summary>True when the goldens are to be rewritten; fails the test when that is asked under CI=true, where a
    /// rewritten golden would make the test pass whatever the output.</summary>
    public static bool UpdateRequested()
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) != "1") return false;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{UpdateVariable}=1 is set under CI=true: goldens are never rewritten in CI (unset it).");
        return true;
    }
}
