using System.IO.Compression;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Bibliography.JurassicEmit;
using Bibliography.Precompiled;
using Jurassic;
using Jurassic.Compiler;

namespace Bibliography.JurassicAot;

/// <summary>
/// Compiles the Jurassic host's scripts at build time and saves Jurassic's IL for them as an assembly, with a manifest
/// that lets the host put the compiled functions back where Jurassic looks for them.
/// </summary>
/// <remarks>
/// <para>The manifest's records and names are <see cref="PrecompiledManifest"/>'s, shared with the library. The host
/// compares the hashes with the scripts it was built with and compiles them itself on any difference.</para>
/// <para>The generated IL refers to nested functions by the number Jurassic gave them when it compiled them. Those
/// numbers start here at <see cref="PinnedFunctions.FirstId"/>, far above any a process hands out itself, so the host
/// can pin them there beside its own.</para>
/// </remarks>
public static class Program
{
    /// <summary>
    /// args: the patched Jurassic.dll, the assembly to write, then each script as <c>name=path</c> (a <c>.gz</c> path is
    /// decompressed) in the order the host runs them. Exit 1, with a message, when a script does not compile.
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length < 3 || args.Skip(2).Any(a => !a.Contains('=')))
        {
            Console.Error.WriteLine("usage: Bibliography.JurassicAot <patched Jurassic.dll> <output.dll> <name=script path>...");
            return 2;
        }
        var jurassicPath = Path.GetFullPath(args[0]);
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name == "Jurassic" ? context.LoadFromAssemblyPath(jurassicPath) : null;
        return Run(args);
    }

    // Apart from Main so that Jurassic's types are resolved only after the handler above is installed.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int Run(string[] args)
    {
        var scripts = args.Skip(2).Select(a => a.Split('=', 2)).Select(p => (Name: p[0], Text: Read(p[1]))).ToList();
        try
        {
            var manifest = Compile(scripts, Path.GetFullPath(args[1]));
            Console.WriteLine($"Bibliography.JurassicAot: {scripts.Count} scripts, {manifest} functions compiled -> {args[1]}");
            return 0;
        }
        catch (JavaScriptException e)
        {
            Console.Error.WriteLine($"{e.SourcePath}({e.LineNumber}): error BIBJ002: {e.Message}");
            return 1;
        }
    }

    private static int Compile(IReadOnlyList<(string Name, string Text)> scripts, string output)
    {
        var jurassic = typeof(CompiledScript).Assembly;
        var generatedMethodType = Internal(jurassic.GetType("Jurassic.Compiler.GeneratedMethod"), "Jurassic.Compiler.GeneratedMethod");
        var idField = Internal(generatedMethodType.GetField("generatedMethodID", Any), "GeneratedMethod.generatedMethodID");
        var cacheField = Internal(generatedMethodType.GetField("generatedMethodCache", Any), "GeneratedMethod.generatedMethodCache");
        _generatedDelegate = Internal(generatedMethodType.GetProperty("GeneratedDelegate", Any), "GeneratedMethod.GeneratedDelegate");
        var methodGenField = Internal(typeof(CompiledScript).GetField("methodGen", Any), "CompiledScript.methodGen");
        var methodGenerator = Internal(jurassic.GetType("Jurassic.Compiler.MethodGenerator"), "Jurassic.Compiler.MethodGenerator");
        var generatedMethod = Internal(methodGenerator.GetProperty("GeneratedMethod", Any), "MethodGenerator.GeneratedMethod");
        idField.SetValue(null, PinnedFunctions.FirstId);

        var manifest = new StringBuilder();
        var compiled = new List<CompiledScript>();
        using (var aot = AheadOfTimeCompilation.Begin(Path.GetFileNameWithoutExtension(output)))
        {
            foreach (var (name, text) in scripts)
            {
                var script = CompiledScript.Compile(new StringScriptSource(text, name), new CompilerOptions());
                compiled.Add(script);
                var global = generatedMethod.GetValue(methodGenField.GetValue(script))!;
                manifest.Append(PrecompiledManifest.ScriptRecord(name, text, MethodOf(global), DelegateOf(global).GetType().FullName!));
            }
            var functions = 0;
            var cache = (IDictionary<long, WeakReference>)cacheField.GetValue(null)!;
            foreach (var (id, reference) in cache.OrderBy(e => e.Key))
            {
                if (id < PinnedFunctions.FirstId) continue;
                var function = reference.Target
                               ?? throw new InvalidOperationException($"compiled function {id} was collected before it was saved");
                manifest.Append(PrecompiledManifest.FunctionRecord(id, MethodOf(function), DelegateOf(function).GetType().FullName!));
                functions++;
            }
            aot.AddConstant(PrecompiledManifest.ManifestTypeName, PrecompiledManifest.ManifestMethodName, manifest.ToString());
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            aot.Save(output);
            GC.KeepAlive(compiled);
            return functions;
        }
    }

    private const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;
    private static PropertyInfo? _generatedDelegate;

    private static Delegate DelegateOf(object generatedMethod) => (Delegate)_generatedDelegate!.GetValue(generatedMethod)!;

    private static string MethodOf(object generatedMethod) =>
        AheadOfTimeCompilation.MethodOf(DelegateOf(generatedMethod))
        ?? throw new InvalidOperationException("a compiled function was not defined through the ahead-of-time compilation (is Jurassic patched?)");

    private static string Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static T Internal<T>(T? member, string name) where T : class =>
        member ?? throw new InvalidOperationException($"Jurassic has no {name}: this tool knows Jurassic 3.2.4 only");
}
