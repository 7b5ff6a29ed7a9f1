using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Bibliography.CiteProc;

/// <summary>
/// Serves the Jurassic assembly this library embeds (patched at build time, see CiteProc/Jurassic.targets) to the
/// runtime. The package's own Jurassic.dll is not deployed, so the default load context cannot find Jurassic and
/// asks here; the handler is installed when this library loads, before any type that refers to Jurassic is used.
/// </summary>
internal static class JurassicAssembly
{
    private const string ResourceName = "Bibliography.CiteProc.Jurassic.dll";
    private static readonly Lazy<Assembly> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The Jurassic assembly in use (loading it if needed).</summary>
    public static Assembly Assembly => Loaded.Value;

#pragma warning disable CA2255 // A library module initializer is the only hook that runs before Jurassic's types are resolved.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Install()
    {
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            string.Equals(name.Name, "Jurassic", StringComparison.Ordinal) ? Loaded.Value : null;
    }

    private static Assembly Load()
    {
        using var stream = typeof(JurassicAssembly).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new CiteProcException(CiteProcErrorKind.Host, $"the embedded {ResourceName} is missing: the library was built without CiteProc/Jurassic.targets");
        return AssemblyLoadContext.Default.LoadFromStream(stream);
    }
}
