using System.Reflection;
using System.Reflection.Emit;

namespace Bibliography.JurassicEmit;

/// <summary>
/// Where the patched Jurassic creates the methods it compiles script functions to: static methods of types in one
/// dynamic assembly, so that .NET compiles them in tiers like any other method.
/// </summary>
/// <remarks>
/// <para>Jurassic 3.2.4 compiles every script function to a <see cref="DynamicMethod"/>. .NET never tiers those: each
/// is compiled fully optimised on its first call. citeproc-js calls a few thousand functions to render its first
/// note, most of them once, so that first render spent most of its time in the JIT. A method of a type built with
/// <see cref="AssemblyBuilder"/> is compiled quickly at first (tier 0) and again, optimised, only once it has been
/// called often, which is what a script engine wants.</para>
/// <para>The assembly is not collectible: .NET does not tier methods of collectible assemblies. The code it holds lives
/// as long as the process, which suits a host that compiles its scripts once per process; a host that compiled new
/// script text for every call would grow.</para>
/// <para>Jurassic's dynamic methods skipped visibility checks to reach Jurassic's internals; the dynamic assembly
/// gets the same right from <c>IgnoresAccessChecksToAttribute</c>, which the runtime honours for it.</para>
/// </remarks>
public static class TieredMethods
{
    internal const string JurassicAssemblyName = "Jurassic";
    private static readonly Lazy<ModuleBuilder> Module = new(DefineModule, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _types;

    /// <summary>How many methods have been defined here in this process (one type each).</summary>
    public static int MethodsDefined => Volatile.Read(ref _types);

    /// <summary>
    /// Takes the place of <c>new DynamicMethod(name, returnType, parameterTypes, owner, skipVisibility)</c>: a new public
    /// static method, alone in a new type, whose body the caller emits through <see cref="GetILGenerator"/>.
    /// </summary>
    /// <param name="name">The method's name, as Jurassic gives it.</param>
    /// <param name="returnType">The method's return type.</param>
    /// <param name="parameterTypes">The method's parameter types.</param>
    /// <param name="owner">The type the dynamic method would have been attached to; unused, access comes from the assembly.</param>
    /// <param name="skipVisibility">Whether the dynamic method would have skipped visibility checks; the assembly always does, for Jurassic.</param>
    public static MethodInfo Define(string name, Type returnType, Type[] parameterTypes, Type owner, bool skipVisibility)
    {
        if (AheadOfTimeCompilation.Current is { } aot) return aot.Define(name, returnType, parameterTypes);
        var number = Interlocked.Increment(ref _types);
        var type = Module.Value.DefineType("JurassicFunction" + number,
            TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class);
        return type.DefineMethod(name, MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig,
            returnType, parameterTypes);
    }

    /// <summary>The IL generator of a method from <see cref="Define"/> (or of a <see cref="DynamicMethod"/>).</summary>
    /// <param name="method">The method whose body is to be emitted.</param>
    public static ILGenerator GetILGenerator(MethodInfo method) => method switch
    {
        MethodBuilder builder => builder.GetILGenerator(),
        DynamicMethod dynamic => dynamic.GetILGenerator(),
        _ => throw new ArgumentException($"{method.Name} is neither a MethodBuilder nor a DynamicMethod", nameof(method)),
    };

    /// <summary>Finishes the type of a method from <see cref="Define"/> (its body emitted) and makes a delegate of <paramref name="delegateType"/> for it.</summary>
    /// <param name="method">The method, its body complete.</param>
    /// <param name="delegateType">The delegate type Jurassic calls the method through.</param>
    public static Delegate CreateDelegate(MethodInfo method, Type delegateType)
    {
        // Only the script-function site calls this, always with a method from Define (binders keep their own call).
        var builder = method as MethodBuilder
                      ?? throw new ArgumentException($"{method.Name} was not defined by {nameof(TieredMethods)}.{nameof(Define)}", nameof(method));
        if (AheadOfTimeCompilation.Current is { } aot && aot.Owns(builder)) return aot.StandInFor(builder, delegateType);
        var type = ((TypeBuilder)builder.DeclaringType!).CreateType();
        var created = type.GetMethod(builder.Name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                      ?? throw new InvalidOperationException($"{type.FullName} has no method {builder.Name} after it was created");
        return created.CreateDelegate(delegateType);
    }

    private static ModuleBuilder DefineModule()
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Jurassic.Functions"), AssemblyBuilderAccess.Run);
        var ignoresAccessChecks = typeof(System.Runtime.CompilerServices.IgnoresAccessChecksToAttribute).GetConstructor([typeof(string)])!;
        assembly.SetCustomAttribute(new CustomAttributeBuilder(ignoresAccessChecks, [JurassicAssemblyName]));
        return assembly.DefineDynamicModule("Jurassic.Functions");
    }
}
