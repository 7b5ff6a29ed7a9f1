using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace Bibliography.CiteProc;

/// <summary>The scripts and locales the build embeds (see CiteProc.targets), read once per process.</summary>
internal static class CiteProcResources
{
    private static readonly Assembly Assembly = typeof(CiteProcResources).Assembly;
    private static readonly Lazy<string> NodeCiteProcLazy = new(() => Read("citeproc.node.js.gz"));
    private static readonly Lazy<string> DriverLazy = new(() => Read("driver.js"));
    private static readonly Lazy<string> NodeHostLazy = new(() => Read("node-host.js"));
    private static readonly Lazy<string> LocalesJsonLazy = new(() => Read("locales.json.gz"));

    /// <summary>citeproc-js exactly as published on npm, which both hosts run.</summary>
    public static string NodeCiteProc => NodeCiteProcLazy.Value;

    /// <summary>Our driver script, shared by both hosts.</summary>
    public static string Driver => DriverLazy.Value;

    /// <summary>The Node-side loop of the Node host.</summary>
    public static string NodeHostScript => NodeHostLazy.Value;

    /// <summary>The citeproc-locales files as a JSON object keyed by tag.</summary>
    public static string LocalesJson => LocalesJsonLazy.Value;

    private static string Read(string name)
    {
        var full = "Bibliography.CiteProc." + name;
        using var stream = Assembly.GetManifestResourceStream(full)
            ?? throw new CiteProcException(CiteProcErrorKind.Host, $"embedded resource {full} is missing: the library was built without its citeproc-js step (CiteProc.targets)");
        using Stream source = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(source, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
