using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace Bibliography.JurassicPatch;

/// <summary>
/// Five surgical fixes to Jurassic 3.2.4's performance, applied to the assembly NuGet restored: equality members for
/// <c>HiddenClassSchema.TransitionInfo</c>, an <c>arguments</c> object only for functions that can reach it,
/// compiled functions that .NET compiles in tiers, one .NET <c>Regex</c> per pattern shared by script RegExps, and
/// precompiled functions loaded without a lock.
/// </summary>
/// <remarks>
/// <para>Every property Jurassic adds to a script object (and every string wrapper and <c>arguments</c> object it makes)
/// looks up a <c>Dictionary&lt;TransitionInfo, HiddenClassSchema&gt;</c>. The struct overrides neither
/// <c>GetHashCode</c> nor <c>Equals</c> and is not <c>IEquatable</c>, so each lookup boxes it and falls back to
/// <c>ValueType</c>'s field-walking hash: the largest single cost in a profile of citeproc-js on Jurassic.
/// The members added here compute exactly what <c>ValueType</c> computes (equal keys by <c>object.Equals</c> and
/// equal attributes), so behaviour is unchanged; only the cost goes.</para>
/// <para>Jurassic treats any function that contains a nested function as if it called <c>eval</c>, and so builds an
/// <c>arguments</c> object (a fresh object with a property per argument) on every call of it. In ES5 a nested
/// function has its own <c>arguments</c> and cannot see its parent's, so only a function that names
/// <c>arguments</c> or <c>eval</c> itself needs one; the patch makes the hint say exactly that. Everything else that
/// hangs on "has a nested function" (captured variables live in a runtime scope) is left as it is.</para>
/// <para>Jurassic compiles each script function to a <c>DynamicMethod</c>, which .NET compiles fully optimised on its
/// first call: most of the time of a first citeproc-js render went to the JIT. The patch has Jurassic define its
/// methods through <c>Bibliography.JurassicEmit.TieredMethods</c> instead, in a dynamic assembly whose methods .NET
/// compiles quickly first and optimises once they are called often.</para>
/// <para>The upstream project is no longer released; each patch checks the exact code it replaces and refuses to
/// run on anything else.</para>
/// </remarks>
public static class Program
{
    private const string SchemaTypeName = "Jurassic.Library.HiddenClassSchema";
    private const string TransitionTypeName = "TransitionInfo";

    /// <summary>Reads the original assembly (args[0]) and writes the patched one (args[1]), whose compiled functions call the helper assembly args[2]; exit 1 with a message when Jurassic's shape is not the one this patch knows.</summary>
    public static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: Bibliography.JurassicPatch <Jurassic.dll from NuGet> <patched Jurassic.dll> <Bibliography.JurassicEmit.dll>");
            return 2;
        }
        try
        {
            using var module = ModuleDefinition.ReadModule(args[0]);
            using var emit = ModuleDefinition.ReadModule(args[2]);
            Patch(module);
            PatchArgumentsHint(module);
            PatchMethodCreation(module, emit);
            PatchRegexCreation(module, emit);
            PatchFunctionLoad(module, emit);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
            module.Write(args[1]);
            Console.WriteLine($"Bibliography.JurassicPatch: {SchemaTypeName}+{TransitionTypeName} has IEquatable, GetHashCode and Equals; {HintsTypeName} builds arguments only for functions naming arguments or eval; "
                              + $"compiled functions are methods of {TieredMethodsTypeName}; RegExps share their .NET Regex through {SharedRegexesTypeName}; "
                              + $"GeneratedMethod.Load asks {PinnedFunctionsTypeName} first -> {args[1]}");
            return 0;
        }
        catch (PatchException e)
        {
            Console.Error.WriteLine($"{args[0]}: error BIBJ001: {e.Message}");
            return 1;
        }
    }

    /// <summary>Adds the members to the struct in <paramref name="module"/>.</summary>
    /// <exception cref="PatchException">The struct is missing, has other fields, or already has the members.</exception>
    public static void Patch(ModuleDefinition module)
    {
        var schema = module.GetType(SchemaTypeName) ?? throw new PatchException($"{SchemaTypeName} not found: this patch is for Jurassic 3.2.4");
        var info = schema.NestedTypes.SingleOrDefault(t => t.Name == TransitionTypeName && t.IsValueType)
                   ?? throw new PatchException($"{SchemaTypeName}+{TransitionTypeName} not found: this patch is for Jurassic 3.2.4");
        var fields = info.Fields.Where(f => !f.IsStatic).ToList();
        var key = fields.SingleOrDefault(f => f.Name == "Key" && f.FieldType.MetadataType == MetadataType.Object);
        var attributes = fields.SingleOrDefault(f => f.Name == "Attributes" && f.FieldType.Resolve()?.IsEnum == true);
        if (fields.Count != 2 || key is null || attributes is null)
            throw new PatchException($"{TransitionTypeName} should have exactly the fields object Key and an enum Attributes; found {string.Join(", ", fields.Select(f => f.FieldType.Name + " " + f.Name))}");
        if (info.Methods.Any(m => m.Name is "GetHashCode" or "Equals"))
            throw new PatchException($"{TransitionTypeName} already defines GetHashCode or Equals; the patch is not needed for this Jurassic");

        var types = module.TypeSystem;
        const MethodAttributes Override = MethodAttributes.Public | MethodAttributes.HideBySig | MethodAttributes.Virtual;

        // IEquatable<TransitionInfo> makes EqualityComparer<TransitionInfo>.Default compare without boxing.
        var equatableOpen = new TypeReference("System", "IEquatable`1", module, types.CoreLibrary);
        equatableOpen.GenericParameters.Add(new GenericParameter(equatableOpen));
        var equatable = new GenericInstanceType(equatableOpen);
        equatable.GenericArguments.Add(info);
        info.Interfaces.Add(new InterfaceImplementation(equatable));

        // int GetHashCode() => (Key?.GetHashCode() ?? 0) ^ (int)Attributes;
        var objectGetHashCode = new MethodReference("GetHashCode", types.Int32, types.Object) { HasThis = true };
        var hash = new MethodDefinition("GetHashCode", Override, types.Int32);
        var il = hash.Body.GetILProcessor();
        var hashKey = il.Create(OpCodes.Ldarg_0);
        var combine = il.Create(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, key);
        il.Emit(OpCodes.Brtrue_S, hashKey);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Br_S, combine);
        il.Append(hashKey);
        il.Emit(OpCodes.Ldfld, key);
        il.Emit(OpCodes.Callvirt, objectGetHashCode);
        il.Append(combine);
        il.Emit(OpCodes.Ldfld, attributes);
        il.Emit(OpCodes.Xor);
        il.Emit(OpCodes.Ret);
        info.Methods.Add(hash);

        // bool Equals(TransitionInfo other) => object.Equals(Key, other.Key) && Attributes == other.Attributes;
        var objectEquals = new MethodReference("Equals", types.Boolean, types.Object) { HasThis = false };
        objectEquals.Parameters.Add(new ParameterDefinition(types.Object));
        objectEquals.Parameters.Add(new ParameterDefinition(types.Object));
        var typedEquals = new MethodDefinition("Equals", Override | MethodAttributes.Final | MethodAttributes.NewSlot, types.Boolean);
        typedEquals.Parameters.Add(new ParameterDefinition("other", ParameterAttributes.None, info));
        il = typedEquals.Body.GetILProcessor();
        var differ = il.Create(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, key);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldfld, key);
        il.Emit(OpCodes.Call, objectEquals);
        il.Emit(OpCodes.Brfalse_S, differ);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, attributes);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldfld, attributes);
        il.Emit(OpCodes.Ceq);
        il.Emit(OpCodes.Ret);
        il.Append(differ);
        il.Emit(OpCodes.Ret);
        info.Methods.Add(typedEquals);

        // bool Equals(object obj) => obj is TransitionInfo other && Equals(other);
        var objectOverride = new MethodDefinition("Equals", Override, types.Boolean);
        objectOverride.Parameters.Add(new ParameterDefinition("obj", ParameterAttributes.None, types.Object));
        il = objectOverride.Body.GetILProcessor();
        var notInfo = il.Create(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Isinst, info);
        il.Emit(OpCodes.Brfalse_S, notInfo);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Unbox_Any, info);
        il.Emit(OpCodes.Call, typedEquals);
        il.Emit(OpCodes.Ret);
        il.Append(notInfo);
        il.Emit(OpCodes.Ret);
        info.Methods.Add(objectOverride);
    }

    private const string HintsTypeName = "Jurassic.Compiler.MethodOptimizationHints";

    /// <summary>
    /// In <c>MethodOptimizationHints.CacheResults</c>, replaces <c>hasArguments = hasEval || names.Contains("arguments")</c>
    /// (where <c>hasEval</c> is also true for any nested function) by
    /// <c>hasArguments = names.Contains("eval") || names.Contains("arguments")</c>.
    /// </summary>
    /// <exception cref="PatchException">The method is not the one this patch knows.</exception>
    public static void PatchArgumentsHint(ModuleDefinition module)
    {
        var hints = module.GetType(HintsTypeName) ?? throw new PatchException($"{HintsTypeName} not found: this patch is for Jurassic 3.2.4");
        var cache = hints.Methods.SingleOrDefault(m => m.Name == "CacheResults" && m.HasBody)
                    ?? throw new PatchException($"{HintsTypeName}.CacheResults not found: this patch is for Jurassic 3.2.4");
        var hasEval = hints.Fields.SingleOrDefault(f => f.Name == "hasEval");
        var hasArguments = hints.Fields.SingleOrDefault(f => f.Name == "hasArguments");
        var names = hints.Fields.SingleOrDefault(f => f.Name == "names");
        if (hasEval is null || hasArguments is null || names is null)
            throw new PatchException($"{HintsTypeName} lacks the fields hasEval, hasArguments or names: this patch is for Jurassic 3.2.4");

        // The one place hasEval is read on the way to storing hasArguments: ldarg.0; ldfld hasEval; brtrue <set true>;
        // ldarg.0; ldfld names; ldstr "arguments"; callvirt Contains; ... stfld hasArguments.
        var code = cache.Body.Instructions;
        var sites = Enumerable.Range(0, code.Count - 6).Where(i =>
            code[i].OpCode == OpCodes.Ldarg_0
            && code[i + 1].OpCode == OpCodes.Ldfld && code[i + 1].Operand == hasEval
            && (code[i + 2].OpCode == OpCodes.Brtrue_S || code[i + 2].OpCode == OpCodes.Brtrue)
            && code[i + 3].OpCode == OpCodes.Ldarg_0
            && code[i + 4].OpCode == OpCodes.Ldfld && code[i + 4].Operand == names
            && code[i + 5].OpCode == OpCodes.Ldstr && (string)code[i + 5].Operand == "arguments"
            && code[i + 6].OpCode == OpCodes.Callvirt && code[i + 6].Operand is MethodReference { Name: "Contains" }).ToList();
        if (sites.Count != 1 || !code.Skip(sites[0]).Any(c => c.OpCode == OpCodes.Stfld && c.Operand == hasArguments))
            throw new PatchException($"{HintsTypeName}.CacheResults is not the code this patch knows ({sites.Count} candidate sites)");

        var at = sites[0];
        var contains = (MethodReference)code[at + 6].Operand;
        var il = cache.Body.GetILProcessor();
        // ldfld hasEval  ->  ldfld names; ldstr "eval"; callvirt HashSet<string>.Contains
        var readNames = il.Create(OpCodes.Ldfld, names);
        il.Replace(code[at + 1], readNames);
        il.InsertAfter(readNames, il.Create(OpCodes.Ldstr, "eval"));
        il.InsertAfter(code[at + 2], il.Create(OpCodes.Callvirt, contains));
        cache.Body.OptimizeMacros();
    }

    private const string TieredMethodsTypeName = "Bibliography.JurassicEmit.TieredMethods";
    private const string DynamicMethodTypeName = "System.Reflection.Emit.DynamicMethod";
    private const string GeneratorTypeName = "Jurassic.Compiler.ReflectionEmitILGenerator";

    /// <summary>The two places Jurassic creates a <c>DynamicMethod</c>: script functions, and binders of .NET methods.</summary>
    private static readonly (string Type, string Method)[] MethodCreationSites =
    [
        ("Jurassic.Compiler.MethodGenerator", "GenerateCode"),
        ("Jurassic.Compiler.Binder", "CreateDelegateCore"),
    ];

    /// <summary>
    /// The site patched: script functions. Binders stay <c>DynamicMethod</c>s: they are small stubs, and they call
    /// .NET methods of any assembly (the host's own delegates among them), which only a dynamic method that skips
    /// visibility checks may do.
    /// </summary>
    private static readonly (string Type, string Method) ScriptFunctionSite = MethodCreationSites[0];

    /// <summary>
    /// Makes Jurassic compile script functions to methods of a dynamic assembly, which .NET compiles in tiers,
    /// instead of <c>DynamicMethod</c>s, which it always compiles fully optimised: in <c>MethodGenerator.GenerateCode</c>
    /// <c>new DynamicMethod(...)</c> becomes <c>TieredMethods.Define(...)</c> and
    /// <c>MethodInfo.CreateDelegate(type)</c> becomes <c>TieredMethods.CreateDelegate(method, type)</c>, and
    /// <c>ReflectionEmitILGenerator</c>'s constructor takes any <c>MethodInfo</c> and gets its IL generator from
    /// <c>TieredMethods.GetILGenerator</c>.
    /// </summary>
    /// <param name="module">Jurassic.</param>
    /// <param name="emit">Bibliography.JurassicEmit, whose <c>TieredMethods</c> the patched code calls; checked to have the members with the signatures used.</param>
    /// <exception cref="PatchException">Jurassic's code or the helper is not what this patch knows.</exception>
    public static void PatchMethodCreation(ModuleDefinition module, ModuleDefinition emit)
    {
        var generator = module.GetType(GeneratorTypeName) ?? throw new PatchException($"{GeneratorTypeName} not found: this patch is for Jurassic 3.2.4");
        var generatorCtor = generator.Methods.SingleOrDefault(m => m.IsConstructor && !m.IsStatic && m.Parameters.Count == 2
                                                                    && m.Parameters[0].ParameterType.FullName == DynamicMethodTypeName
                                                                    && m.Parameters[1].ParameterType.MetadataType == MetadataType.Boolean)
                            ?? throw new PatchException($"{GeneratorTypeName}(DynamicMethod, bool) not found: this patch is for Jurassic 3.2.4");
        var getIL = generatorCtor.Body.Instructions.Where(i => i.OpCode == OpCodes.Callvirt && i.Operand is MethodReference { Name: "GetILGenerator" } r
                                                               && r.DeclaringType.FullName == DynamicMethodTypeName).ToList();
        if (getIL.Count != 1)
            throw new PatchException($"{GeneratorTypeName}'s constructor should call DynamicMethod.GetILGenerator once; it calls it {getIL.Count} times");
        var dynamicMethodGetIL = (MethodReference)getIL[0].Operand;
        var methodInfo = generator.Fields.SingleOrDefault(f => f.Name == "method")?.FieldType
                         ?? throw new PatchException($"{GeneratorTypeName} has no field 'method'");
        if (methodInfo.FullName != "System.Reflection.MethodInfo")
            throw new PatchException($"{GeneratorTypeName}.method should be a MethodInfo; it is a {methodInfo.FullName}");

        // Every DynamicMethod Jurassic makes, and nothing else, must be at a known site, followed by one CreateDelegate.
        var all = module.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody)
            .SelectMany(m => m.Body.Instructions.Where(IsDynamicMethodConstructor).Select(i => (m.DeclaringType.FullName, m.Name))).ToList();
        if (!all.OrderBy(s => s.FullName).SequenceEqual(MethodCreationSites.OrderBy(s => s.Type)))
            throw new PatchException($"Jurassic creates DynamicMethods at {string.Join(", ", all.Select(s => s.FullName + "." + s.Name))}; this patch knows {string.Join(", ", MethodCreationSites.Select(s => s.Type + "." + s.Method))}");

        var sites = MethodCreationSites.Select(s => module.GetType(s.Type).Methods.Single(m => m.Name == s.Method && m.HasBody)).ToList();
        var patched = sites[Array.IndexOf(MethodCreationSites, ScriptFunctionSite)];
        var construct = (MethodReference)patched.Body.Instructions.Single(IsDynamicMethodConstructor).Operand;
        var createDelegates = sites.Select(m => m.Body.Instructions.Where(IsCreateDelegate).ToList()).ToList();
        if (createDelegates.Any(c => c.Count != 1))
            throw new PatchException($"each site should call MethodInfo.CreateDelegate(Type) once; they call it {string.Join(", ", createDelegates.Select(c => c.Count))} times");
        var createDelegate = (MethodReference)createDelegates[0][0].Operand;

        // TieredMethods, referenced by Jurassic's own type references (netstandard), checked against the helper.
        var define = HelperMethod(module, emit, TieredMethodsTypeName, "Define", methodInfo, construct.Parameters.Select(p => p.ParameterType).ToArray());
        var getILGenerator = HelperMethod(module, emit, TieredMethodsTypeName, "GetILGenerator", dynamicMethodGetIL.ReturnType, methodInfo);
        var create = HelperMethod(module, emit, TieredMethodsTypeName, "CreateDelegate", createDelegate.ReturnType, methodInfo, createDelegate.Parameters[0].ParameterType);

        var il = patched.Body.GetILProcessor();
        il.Replace(patched.Body.Instructions.Single(IsDynamicMethodConstructor), il.Create(OpCodes.Call, define));
        il.Replace(patched.Body.Instructions.Single(IsCreateDelegate), il.Create(OpCodes.Call, create));
        foreach (var local in patched.Body.Variables.Where(v => v.VariableType.FullName == DynamicMethodTypeName))
            local.VariableType = methodInfo;
        // The generator now takes any MethodInfo; the binders still pass it their DynamicMethod.
        generatorCtor.Parameters[0].ParameterType = methodInfo;
        generatorCtor.Body.GetILProcessor().Replace(getIL[0], Instruction.Create(OpCodes.Call, getILGenerator));

        static bool IsDynamicMethodConstructor(Instruction i) =>
            i.OpCode == OpCodes.Newobj && i.Operand is MethodReference { Name: ".ctor" } r && r.DeclaringType.FullName == DynamicMethodTypeName;
        static bool IsCreateDelegate(Instruction i) =>
            i.OpCode == OpCodes.Callvirt && i.Operand is MethodReference { Name: "CreateDelegate", Parameters.Count: 1 } r
            && r.DeclaringType.FullName == "System.Reflection.MethodInfo";
    }

    private const string RegExpTypeName = "Jurassic.Library.RegExpInstance";
    private const string SharedRegexesTypeName = "Bibliography.JurassicEmit.SharedRegexes";
    private const string RegexTypeName = "System.Text.RegularExpressions.Regex";

    /// <summary>
    /// Has <c>RegExpInstance.CreateRegex</c> take the .NET <c>Regex</c> behind a script <c>RegExp</c> from
    /// <c>Bibliography.JurassicEmit.SharedRegexes</c> instead of constructing a new one every time.
    /// </summary>
    /// <remarks>citeproc-js builds global (<c>g</c>) RegExps from strings inside hot functions; each must be a new object
    /// (it carries <c>lastIndex</c>), but the .NET <c>Regex</c> under it is immutable and thread-safe, so one per pattern
    /// and options serves them all. Constructing them was ~5 % of a Chicago bibliography's time.</remarks>
    /// <exception cref="PatchException">CreateRegex is missing or does not construct exactly one Regex.</exception>
    public static void PatchRegexCreation(ModuleDefinition module, ModuleDefinition emit)
    {
        var regExp = module.GetType(RegExpTypeName) ?? throw new PatchException($"{RegExpTypeName} not found: this patch is for Jurassic 3.2.4");
        var create = regExp.Methods.SingleOrDefault(m => m.Name == "CreateRegex" && m.HasBody && m.ReturnType.FullName == RegexTypeName)
                     ?? throw new PatchException($"{RegExpTypeName}.CreateRegex returning a Regex not found: this patch is for Jurassic 3.2.4");
        var constructions = create.Body.Instructions.Where(i => i.OpCode == OpCodes.Newobj && i.Operand is MethodReference { Name: ".ctor" } r
                                                                 && r.DeclaringType.FullName == RegexTypeName).ToList();
        if (constructions is not [{ Operand: MethodReference { Parameters: [{ ParameterType.FullName: "System.String" }, { ParameterType.FullName: "System.Text.RegularExpressions.RegexOptions" }] } constructor }])
            throw new PatchException($"{RegExpTypeName}.CreateRegex should construct one Regex(string, RegexOptions); it constructs {constructions.Count}");

        var get = HelperMethod(module, emit, SharedRegexesTypeName, "Get", constructor.DeclaringType, constructor.Parameters[0].ParameterType, constructor.Parameters[1].ParameterType);
        var il = create.Body.GetILProcessor();
        il.Replace(constructions[0], il.Create(OpCodes.Call, get));
    }

    private const string GeneratedMethodTypeName = "Jurassic.Compiler.GeneratedMethod";
    private const string PinnedFunctionsTypeName = "Bibliography.JurassicEmit.PinnedFunctions";

    /// <summary>
    /// Has <c>GeneratedMethod.Load</c> (which Jurassic's code calls each time it makes a closure) return a function
    /// pinned in <c>Bibliography.JurassicEmit.PinnedFunctions</c> before it takes its process-wide lock and looks in its
    /// table of weak references; any other number is looked up as before.
    /// </summary>
    /// <exception cref="PatchException">Load is missing or does not start by taking its lock.</exception>
    public static void PatchFunctionLoad(ModuleDefinition module, ModuleDefinition emit)
    {
        var generated = module.GetType(GeneratedMethodTypeName) ?? throw new PatchException($"{GeneratedMethodTypeName} not found: this patch is for Jurassic 3.2.4");
        var load = generated.Methods.SingleOrDefault(m => m.Name == "Load" && m.IsStatic && m.HasBody && m.ReturnType == generated
                                                          && m.Parameters is [{ ParameterType.MetadataType: MetadataType.Int64 }])
                   ?? throw new PatchException($"{GeneratedMethodTypeName}.Load(long) not found: this patch is for Jurassic 3.2.4");
        var body = load.Body.Instructions;
        if (body is not [{ OpCode.Code: Code.Ldsfld, Operand: FieldReference { Name: "cacheLock" } }, ..])
            throw new PatchException($"{GeneratedMethodTypeName}.Load should start by loading cacheLock; it starts with {body.FirstOrDefault()}");
        if (body.Any(i => i.Operand == body[0]) || load.Body.ExceptionHandlers.Any(h => h.TryStart == body[0] || h.HandlerStart == body[0]))
            throw new PatchException($"{GeneratedMethodTypeName}.Load's first instruction is a branch target; this patch does not know that shape");

        var find = HelperMethod(module, emit, PinnedFunctionsTypeName, "Find", module.TypeSystem.Object, module.TypeSystem.Int64);

        // object pinned = PinnedFunctions.Find(id); if (pinned != null) return (GeneratedMethod)pinned; ...as before
        var il = load.Body.GetILProcessor();
        var original = body[0];
        var notPinned = il.Create(OpCodes.Pop);
        il.InsertBefore(original, il.Create(OpCodes.Ldarg_0));
        il.InsertBefore(original, il.Create(OpCodes.Call, find));
        il.InsertBefore(original, il.Create(OpCodes.Dup));
        il.InsertBefore(original, il.Create(OpCodes.Brfalse, notPinned));
        il.InsertBefore(original, il.Create(OpCodes.Castclass, generated));
        il.InsertBefore(original, il.Create(OpCodes.Ret));
        il.InsertBefore(original, notPinned);
    }

    /// <summary>
    /// A reference, from <paramref name="module"/>, to the public static method <paramref name="name"/> of the helper
    /// type <paramref name="typeName"/> in <paramref name="emit"/>, checked to exist there with that signature.
    /// </summary>
    /// <exception cref="PatchException">The helper has no such type or method.</exception>
    private static MethodReference HelperMethod(ModuleDefinition module, ModuleDefinition emit, string typeName, string name, TypeReference returns, params TypeReference[] parameters)
    {
        var helperType = emit.GetType(typeName) ?? throw new PatchException($"{emit.FileName} has no {typeName}");
        var type = new TypeReference(helperType.Namespace, helperType.Name, module, HelperReference(module, emit));
        var wanted = Static(type, name, returns, parameters);
        if (!helperType.Methods.Any(m => m.IsStatic && m.IsPublic && m.Name == name && m.ReturnType.FullName == returns.FullName
                                         && m.Parameters.Select(p => p.ParameterType.FullName).SequenceEqual(parameters.Select(p => p.FullName))))
            throw new PatchException($"{typeName} has no public static {returns.FullName} {name}({string.Join(", ", parameters.Select(p => p.FullName))})");
        return wanted;
    }

    // The helper assembly, referenced once however many patches call into it.
    private static AssemblyNameReference HelperReference(ModuleDefinition module, ModuleDefinition emit)
    {
        var existing = module.AssemblyReferences.SingleOrDefault(r => r.Name == emit.Assembly.Name.Name);
        if (existing is not null) return existing;
        var added = new AssemblyNameReference(emit.Assembly.Name.Name, emit.Assembly.Name.Version);
        module.AssemblyReferences.Add(added);
        return added;
    }

    private static MethodReference Static(TypeReference type, string name, TypeReference returns, params TypeReference[] parameters)
    {
        var method = new MethodReference(name, returns, type) { HasThis = false };
        foreach (var p in parameters) method.Parameters.Add(new ParameterDefinition(p));
        return method;
    }
}

/// <summary>The assembly is not the Jurassic this patch was written for.</summary>
public sealed class PatchException(string message) : Exception(message);
