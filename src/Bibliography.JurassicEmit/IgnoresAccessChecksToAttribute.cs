namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets the assembly it is applied to use the non-public members of the named assembly. The runtime knows this
/// attribute by its name (the framework does not ship it); <see cref="Bibliography.JurassicEmit.TieredMethods"/> puts it
/// on its dynamic assembly.
/// </summary>
/// <param name="assemblyName">The simple name of the assembly whose access checks are ignored.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
internal sealed class IgnoresAccessChecksToAttribute(string assemblyName) : Attribute
{
    /// <summary>The simple name of the assembly whose access checks are ignored.</summary>
    public string AssemblyName { get; } = assemblyName;
}
