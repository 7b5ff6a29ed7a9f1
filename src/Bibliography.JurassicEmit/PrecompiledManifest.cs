using System.Security.Cryptography;
using System.Text;

namespace Bibliography.Precompiled;

/// <summary>
/// What the build tool that saves the host's scripts compiled (Bibliography.JurassicAot) and the library that loads
/// them (Bibliography's <c>JurassicPrecompiled</c>) must agree on: the saved assembly's names, the manifest's records
/// and the script hash. One source file, compiled into the tool, the library and JurassicEmit, so that it is stated once.
/// </summary>
/// <remarks>
/// The manifest is a string constant of the saved assembly (<see cref="ManifestTypeName"/>.<see cref="ManifestMethodName"/>),
/// one tab-separated record per line: <see cref="ScriptRecord"/> for each script in the order the host runs them, then
/// <see cref="FunctionRecord"/> for every function nested in them.
/// </remarks>
internal static class PrecompiledManifest
{
    /// <summary>The saved assembly's file, deployed in the host's <c>jurassic/</c> folder.</summary>
    public const string FileName = "Bibliography.CiteProc.Precompiled.dll";

    /// <summary>The type of the saved assembly whose method returns the manifest.</summary>
    public const string ManifestTypeName = "Bibliography.CiteProc.Precompiled.Manifest";

    /// <summary>The method that returns the manifest.</summary>
    public const string ManifestMethodName = "Text";

    /// <summary>The one type that holds every saved method.</summary>
    public const string FunctionsTypeName = "Bibliography.CiteProc.Precompiled.Functions";

    /// <summary>The first field of a script's record: <c>script, name, hash, method of its top-level code, delegate type</c>.</summary>
    public const string Script = "script";

    /// <summary>The first field of a nested function's record: <c>function, Jurassic's id for it, method, delegate type</c>.</summary>
    public const string Function = "function";

    /// <summary>A script's record line.</summary>
    public static string ScriptRecord(string name, string text, string method, string delegateType) =>
        $"{Script}\t{name}\t{Hash(text)}\t{method}\t{delegateType}\n";

    /// <summary>A nested function's record line.</summary>
    public static string FunctionRecord(long id, string method, string delegateType) =>
        $"{Function}\t{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}\t{method}\t{delegateType}\n";

    /// <summary>The SHA-256 of a script's text as UTF-8, in lower-case hex: the library compiles a script itself when it differs.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
