using System.Reflection;
using System.Reflection.Emit;

namespace Bibliography.JurassicEmit;

/// <summary>
/// A compile of scripts at build time: while one is open on a thread, the methods Jurassic defines there (through
/// <see cref="TieredMethods"/>) go into one type of an assembly that is saved to disk instead of run.
/// </summary>
/// <remarks>
/// <para>Jurassic parses a script and emits IL for every one of its functions before it runs any of them; for
/// citeproc-js that is most of a second and a half of every process that formats with it. The IL does not depend on
/// the engine it will run in, so it can be emitted once, when the library is built, and loaded from the saved assembly
/// at run time.</para>
/// <para>Jurassic wants a delegate for every function it compiles. A saved assembly cannot run in the process that
/// builds it, so each delegate here is a stand-in that names the method it stands for (<see cref="MethodOf"/>) and
/// throws if called. The build tool maps Jurassic's compiled functions to methods through those names.</para>
/// </remarks>
public sealed class AheadOfTimeCompilation : IDisposable
{
    /// <summary>The name of the one type that holds every saved method.</summary>
    public const string FunctionsTypeName = Precompiled.PrecompiledManifest.FunctionsTypeName;

    [ThreadStatic] private static AheadOfTimeCompilation? _current;

    private readonly PersistedAssemblyBuilder _assembly;
    private readonly TypeBuilder _functions;
    private readonly Dictionary<Type, DynamicMethod> _standIns = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<(TypeBuilder Type, string Name, string Value)> _constants = new();
    private readonly ModuleBuilder _module;
    private bool _saved;

    private AheadOfTimeCompilation(string assemblyName)
    {
        _assembly = new PersistedAssemblyBuilder(new AssemblyName(assemblyName), typeof(object).Assembly);
        var ignoresAccessChecks = typeof(System.Runtime.CompilerServices.IgnoresAccessChecksToAttribute).GetConstructor([typeof(string)])!;
        _assembly.SetCustomAttribute(new CustomAttributeBuilder(ignoresAccessChecks, [TieredMethods.JurassicAssemblyName]));
        _module = _assembly.DefineDynamicModule(assemblyName);
        _functions = _module.DefineType(FunctionsTypeName,
            TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class);
    }

    /// <summary>The compilation open on this thread, if any.</summary>
    internal static AheadOfTimeCompilation? Current => _current;

    /// <summary>Opens a compilation on this thread: from now until <see cref="Dispose"/>, Jurassic's methods go into the assembly <paramref name="assemblyName"/>.</summary>
    /// <param name="assemblyName">The simple name of the assembly to save.</param>
    public static AheadOfTimeCompilation Begin(string assemblyName)
    {
        if (_current is not null) throw new InvalidOperationException("an ahead-of-time compilation is already open on this thread");
        return _current = new AheadOfTimeCompilation(assemblyName);
    }

    /// <summary>The name of the saved method a stand-in delegate from this compilation stands for, or null for any other delegate.</summary>
    /// <param name="standIn">A delegate Jurassic keeps for a compiled function.</param>
    public static string? MethodOf(Delegate standIn) => (standIn.Target as StandIn)?.Method;

    /// <summary>Adds a public static method <paramref name="name"/> to the saved assembly that returns <paramref name="value"/> (e.g. a manifest of what it holds).</summary>
    /// <param name="typeName">The full name of the type that holds the method.</param>
    /// <param name="name">The method's name.</param>
    /// <param name="value">The string it returns.</param>
    public void AddConstant(string typeName, string name, string value)
    {
        var type = _module.DefineType(typeName, TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class);
        _constants.Add((type, name, value));
    }

    /// <summary>Finishes the assembly and writes it to <paramref name="path"/>.</summary>
    /// <param name="path">Where the assembly is written.</param>
    public void Save(string path)
    {
        if (_saved) throw new InvalidOperationException("the compilation was already saved");
        _saved = true;
        foreach (var (type, name, value) in _constants)
        {
            var il = type.DefineMethod(name, MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, typeof(string), Type.EmptyTypes).GetILGenerator();
            il.Emit(OpCodes.Ldstr, value);
            il.Emit(OpCodes.Ret);
            type.CreateType();
        }
        _functions.CreateType();
        _assembly.Save(path);
    }

    /// <summary>Closes the compilation on this thread; Jurassic goes back to <see cref="TieredMethods"/>' own assembly.</summary>
    public void Dispose()
    {
        if (ReferenceEquals(_current, this)) _current = null;
    }

    /// <summary>A new static method of the saved type; its name is Jurassic's, made unique.</summary>
    internal MethodBuilder Define(string name, Type returnType, Type[] parameterTypes)
    {
        var unique = name;
        for (var n = 2; !_names.Add(unique); n++) unique = name + "`" + n;
        return _functions.DefineMethod(unique, MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig,
            returnType, parameterTypes);
    }

    /// <summary>Whether <paramref name="method"/> was defined by this compilation.</summary>
    internal bool Owns(MethodInfo method) => method is MethodBuilder && method.DeclaringType == _functions;

    /// <summary>A delegate of <paramref name="delegateType"/> that names <paramref name="method"/> and throws if called.</summary>
    internal Delegate StandInFor(MethodInfo method, Type delegateType)
    {
        if (!_standIns.TryGetValue(delegateType, out var thrower))
        {
            var invoke = delegateType.GetMethod("Invoke") ?? throw new ArgumentException($"{delegateType} is not a delegate type", nameof(delegateType));
            Type[] parameters = [typeof(StandIn), .. invoke.GetParameters().Select(p => p.ParameterType)];
            thrower = new DynamicMethod("StandIn", invoke.ReturnType, parameters, typeof(StandIn).Module, skipVisibility: true);
            var il = thrower.GetILGenerator();
            il.Emit(OpCodes.Ldstr, "a function compiled ahead of time cannot run in the process that compiled it");
            il.Emit(OpCodes.Newobj, typeof(InvalidOperationException).GetConstructor([typeof(string)])!);
            il.Emit(OpCodes.Throw);
            _standIns[delegateType] = thrower;
        }
        return thrower.CreateDelegate(delegateType, new StandIn(method.Name));
    }

    private sealed class StandIn(string method)
    {
        public string Method { get; } = method;
    }
}
