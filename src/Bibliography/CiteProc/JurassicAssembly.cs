using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Bibliography.CiteProc;

/// <summary>
/// Serves the assemblies of the embedded host to the runtime from the <c>jurassic/</c> folder the build puts beside
/// Bibliography.dll (see CiteProc/Jurassic.targets): Jurassic patched at build time, Bibliography.JurassicEmit which
/// the patched Jurassic calls, and the host's scripts compiled at build time.
/// </summary>
/// <remarks>
/// <para>They live in a folder of their own so that an application that also deploys the unpatched Jurassic package
/// keeps it. The default load context does not look there; it asks here, and the handler is installed when this
/// library loads, before any type that refers to Jurassic is used.</para>
/// <para>They are files rather than resources of Bibliography.dll because .NET runs the ahead-of-time (ReadyToRun)
/// code the build compiles into them only for an assembly loaded from a file; loaded from memory, every method would
/// be compiled again when first called, which is most of the host's start.</para>
/// </remarks>
internal static class JurassicAssembly
{
    /// <summary>The folder, beside Bibliography.dll, that holds the host's assemblies.</summary>
    public const string FolderName = "jurassic";

    private const string EmitName = "Bibliography.JurassicEmit";
    private static readonly Lazy<Assembly> Loaded = new(() => Load("Jurassic"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Assembly> Emit = new(() => Load(EmitName), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The Jurassic assembly in use (loading it if needed).</summary>
    public static Assembly Assembly => Loaded.Value;

    /// <summary>The assembly the patched Jurassic defines its compiled functions through (loading it if needed).</summary>
    public static Assembly EmitAssembly => Emit.Value;

    /// <summary>The full path of <paramref name="fileName"/> in the host's folder beside Bibliography.dll.</summary>
    /// <param name="fileName">A file name, e.g. <c>Jurassic.dll</c>.</param>
    public static string PathOf(string fileName)
    {
        // Location is empty when the library is bundled into a single-file application; its folder is the base one then.
        var library = typeof(JurassicAssembly).Assembly.Location;
        var folder = string.IsNullOrEmpty(library) ? AppContext.BaseDirectory : Path.GetDirectoryName(library)!;
        return Path.Combine(folder, FolderName, fileName);
    }

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
        var path = PathOf(name + ".dll");
        if (!File.Exists(path))
            throw new CiteProcException(CiteProcErrorKind.Host, $"{path} is missing: the build puts the embedded host's assemblies in a {FolderName}/ folder beside Bibliography.dll (CiteProc/Jurassic.targets), and it was not deployed with it");
        return AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
    }
}
