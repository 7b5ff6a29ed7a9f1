using Bibliography.CiteProc;

namespace Bibliography.Tests.CiteProc;

/// <summary>One Jint and one Node host shared by the CiteProc tests (engines are costly to start).</summary>
public sealed class HostFixture : IDisposable
{
    /// <summary>The embedded (Jint) host.</summary>
    public JintHost Jint { get; } = new();

    /// <summary>The Node host.</summary>
    public NodeHost Node { get; } = new();

    /// <summary>The host of that name ("Jint", "Node").</summary>
    public ICiteProcHost this[string name] => name == "Node" ? Node : Jint;

    /// <summary>Stops the hosts.</summary>
    public void Dispose()
    {
        Jint.Dispose();
        Node.Dispose();
    }
}

[CollectionDefinition("citeproc hosts")]
public sealed class HostCollection : ICollectionFixture<HostFixture>;
