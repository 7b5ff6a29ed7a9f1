using System.Reflection;
using System.Runtime.Loader;
using Bibliography.Precompiled;
using Jurassic;
using Jurassic.Compiler;

namespace Bibliography.CiteProc;

/// <summary>
/// The Jurassic host's scripts as Jurassic compiled them when this library was built (src/Bibliography.JurassicAot),
/// put back where Jurassic looks for compiled functions, so that a process runs them without parsing and emitting IL.
/// </summary>
/// <remarks>
/// <para>Compiling citeproc-js was the largest part of the embedded host's start (~1.2–1.6 s on the reference machine).
/// The saved IL is the same IL a process would emit, loaded as an ordinary assembly from the host's folder (see
/// <see cref="JurassicAssembly"/>); the build also compiles it ahead of time (ReadyToRun) where it can, so most of it
/// is not even compiled by the JIT when first called. .NET still optimises the hot methods again in tiers.</para>
/// <para>Jurassic keeps no public way to run saved code, so this reaches three of its internals by reflection (the
/// constructors of a compiled function and of a compiled script, and the code generator's result) and gives up,
/// returning null, if any is missing. Jurassic's code loads a nested function by its number; the saved functions are
/// pinned under theirs in Bibliography.JurassicEmit's <c>PinnedFunctions</c>, where the patched
/// <c>GeneratedMethod.Load</c> looks first (and which keeps them for the life of the process). The saved manifest
/// names each script's SHA-256; a script that differs from the one compiled at build time is compiled here as
/// before.</para>
/// </remarks>
internal static class JurassicPrecompiled
{
    private const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

    private static readonly object Gate = new();
    private static Dictionary<string, CompiledScript>? _scripts;
    private static string? _unavailable;

    /// <summary>
    /// The saved scripts, in the order given, ready to execute in any engine; null when this build has none, Jurassic's
    /// internals are not the ones they were saved for, or a script's text is not the one compiled at build time.
    /// </summary>
    /// <param name="scripts">The scripts the host runs, by name and text, in order.</param>
    /// <param name="unavailable">Why there are none, when the result is null.</param>
    public static CompiledScript[]? TryLoad(IReadOnlyList<(string Name, string Text)> scripts, out string? unavailable)
    {
        unavailable = null;
        lock (Gate)
        {
            try
            {
                _scripts ??= Load();
            }
            catch (Exception e) when (e is InvalidOperationException or TargetInvocationException or MissingMemberException or BadImageFormatException or FileLoadException)
            {
                _unavailable = e.Message;
                _scripts = new Dictionary<string, CompiledScript>();
            }
            var result = new CompiledScript[scripts.Count];
            for (var i = 0; i < scripts.Count; i++)
            {
                if (!_scripts.TryGetValue(scripts[i].Name + "\t" + PrecompiledManifest.Hash(scripts[i].Text), out var script))
                {
                    unavailable = _unavailable ?? $"{scripts[i].Name} differs from the script compiled when the library was built";
                    return null;
                }
                result[i] = script;
            }
            return result;
        }
    }

    private static Dictionary<string, CompiledScript> Load()
    {
        var path = JurassicAssembly.PathOf(PrecompiledManifest.FileName);
        if (!File.Exists(path)) throw new InvalidOperationException($"{path} is missing");
        var saved = AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        const string manifestType = PrecompiledManifest.ManifestTypeName;
        var manifest = (string)(Required(saved.GetType(manifestType), manifestType).GetMethod(PrecompiledManifest.ManifestMethodName)?.Invoke(null, null)
                                ?? throw new InvalidOperationException($"{manifestType} has no manifest"));
        var functions = Required(saved.GetType(PrecompiledManifest.FunctionsTypeName), PrecompiledManifest.FunctionsTypeName);

        var jurassic = typeof(CompiledScript).Assembly;
        var generatedMethod = Required(jurassic.GetType("Jurassic.Compiler.GeneratedMethod"), "GeneratedMethod");
        var newGeneratedMethod = Required(generatedMethod.GetConstructor(Any, [typeof(Delegate), typeof(IList<>).MakeGenericType(generatedMethod)]), "GeneratedMethod(Delegate, IList)");
        var globalGenerator = Required(jurassic.GetType("Jurassic.Compiler.GlobalOrEvalMethodGenerator"), "GlobalOrEvalMethodGenerator");
        var context = Required(globalGenerator.GetNestedType("GeneratorContext", Any), "GlobalOrEvalMethodGenerator.GeneratorContext");
        var newGlobalGenerator = Required(globalGenerator.GetConstructor(Any, [typeof(ScriptSource), typeof(CompilerOptions), context]), "GlobalOrEvalMethodGenerator(ScriptSource, CompilerOptions, GeneratorContext)");
        var setGeneratedMethod = Required(globalGenerator.GetProperty("GeneratedMethod", Any)?.GetSetMethod(nonPublic: true), "MethodGenerator.GeneratedMethod setter");
        var newCompiledScript = Required(typeof(CompiledScript).GetConstructor(Any, [globalGenerator]), "CompiledScript(GlobalOrEvalMethodGenerator)");
        // Where the patched GeneratedMethod.Load finds them without its lock (Bibliography.JurassicEmit.PinnedFunctions).
        var pin = Required(JurassicAssembly.EmitAssembly.GetType("Bibliography.JurassicEmit.PinnedFunctions")?.GetMethod("Pin", [typeof(long), typeof(object)]), "PinnedFunctions.Pin")
            .CreateDelegate<Action<long, object>>();

        // One listing of the ~1,000 methods: looking each up by name would scan them all every time.
        var methods = functions.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).ToDictionary(m => m.Name, StringComparer.Ordinal);
        var delegateTypes = new Dictionary<string, Type>(StringComparer.Ordinal);

        object Compiled(string method, string delegateType)
        {
            if (!delegateTypes.TryGetValue(delegateType, out var type))
                delegateTypes[delegateType] = type = Required(jurassic.GetType(delegateType), delegateType);
            var body = Required(methods.GetValueOrDefault(method), method);
            return newGeneratedMethod.Invoke([body.CreateDelegate(type), null]);
        }

        var scripts = new Dictionary<string, CompiledScript>(StringComparer.Ordinal);
        foreach (var line in manifest.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = line.Split('\t');
            if (f is [PrecompiledManifest.Function, var id, var method, var delegateType])
                pin(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture), Compiled(method, delegateType));
            else if (f is [PrecompiledManifest.Script, var name, var hash, var top, var topDelegateType])
            {
                var generator = newGlobalGenerator.Invoke([new StringScriptSource(string.Empty, name), new CompilerOptions(), Enum.ToObject(context, 0)]);
                setGeneratedMethod.Invoke(generator, [Compiled(top, topDelegateType)]);
                scripts[name + "\t" + hash] = (CompiledScript)newCompiledScript.Invoke([generator]);
            }
            else throw new InvalidOperationException($"the saved manifest has a line this library does not read: {line}");
        }
        return scripts;
    }

    private static T Required<T>(T? member, string name) where T : class =>
        member ?? throw new InvalidOperationException($"Jurassic has no {name}: the saved scripts need Jurassic 3.2.4");
}
