using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Bibliography.JurassicPatch;

/// <summary>
/// Gives Jurassic 3.2.4's <c>HiddenClassSchema.TransitionInfo</c> the equality members it lacks.
/// </summary>
/// <remarks>
/// Every property Jurassic adds to a script object (and every string wrapper and <c>arguments</c> object it makes)
/// looks up a <c>Dictionary&lt;TransitionInfo, HiddenClassSchema&gt;</c>. The struct overrides neither
/// <c>GetHashCode</c> nor <c>Equals</c> and is not <c>IEquatable</c>, so each lookup boxes it and falls back to
/// <c>ValueType</c>'s field-walking hash: the largest single cost in a profile of citeproc-js on Jurassic.
/// The members added here compute exactly what <c>ValueType</c> computes (equal keys by <c>object.Equals</c> and
/// equal attributes), so behaviour is unchanged; only the cost goes. The upstream project is no longer released.
/// </remarks>
public static class Program
{
    private const string SchemaTypeName = "Jurassic.Library.HiddenClassSchema";
    private const string TransitionTypeName = "TransitionInfo";

    /// <summary>Reads the original assembly (args[0]) and writes the patched one (args[1]); exit 1 with a message when Jurassic's shape is not the one this patch knows.</summary>
    public static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: Bibliography.JurassicPatch <Jurassic.dll from NuGet> <patched Jurassic.dll>");
            return 2;
        }
        try
        {
            using var module = ModuleDefinition.ReadModule(args[0]);
            Patch(module);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
            module.Write(args[1]);
            Console.WriteLine($"Bibliography.JurassicPatch: {SchemaTypeName}+{TransitionTypeName} now has IEquatable, GetHashCode and Equals -> {args[1]}");
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
}

/// <summary>The assembly is not the Jurassic this patch was written for.</summary>
public sealed class PatchException(string message) : Exception(message);
