using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Bibliography.CiteProc;

/// <summary>
/// Serves the Jurassic assembly this library embeds (patched at build time, see CiteProc/Jurassic.targets), and the
/// Bibliography.JurassicEmit assembly the patched Jurassic calls, to the runtime. Neither is deployed as a file, so the
/// default load context cannot find them and asks here; the handler is installed when this library loads, before any type that refers to Jurassic is used.
/// </summary>
internal static class JurassicAssembly
{
    private const string EmitName = "Bibliography.JurassicEmit";
    private static readonly Lazy<Assembly> Loaded = new(() => Load("Jurassic"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Assembly> Emit = new(() => Load(EmitName), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The Jurassic assembly in use (loading it if needed).</summary>
    public static Assembly Assembly => Loaded.Value;

    /// <summary>The assembly the patched Jurassic defines its compiled functions through (loading it if needed).</summary>
    public static Assembly EmitAssembly => Emit.Value;

#pragma warning disable CA2255 // A library module initializer is the only hook that runs before Jurassic's types are resolved.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Install()
    {
        AssemblyLoadContext.Default.Resolving += (context, name) => name.Name switch
        {
            "Jurassic" => Loaded.Value,
            EmitName => Emit.Value,
            _ => null,
        };
    }

    private static Assembly Load(string name)
    {
        var resource = $"Bibliography.CiteProc.{name}.dll";
        using var stream = typeof(JurassicAssembly).Assembly.GetManifestResourceStream(resource)
                           ?? throw new CiteProcException(CiteProcErrorKind.Host, $"the embedded {resource} is missing: the library was built without CiteProc/Jurassic.targets");
        return AssemblyLoadContext.Default.LoadFromStream(stream);
    }
}
