using Bibliography.CiteProc;

namespace Bibliography.Tests.CiteProc;

/// <summary>One Jurassic, one Jint and one Node host shared by the CiteProc tests (engines are costly to start).</summary>
public sealed class HostFixture : IDisposable
{
    /// <summary>The embedded host.</summary>
    public JurassicHost Jurassic { get; } = new();

    /// <summary>The Jint host.</summary>
    public JintHost Jint { get; } = new();

    /// <summary>The Node host.</summary>
    public NodeHost Node { get; } = new();

    /// <summary>The host of that name ("Jurassic", "Jint", "Node").</summary>
    public ICiteProcHost this[string name] => name switch
    {
        "Node" => Node,
        "Jint" => Jint,
        _ => Jurassic,
    };

    /// <summary>Stops the hosts.</summary>
    public void Dispose()
    {
        Jurassic.Dispose();
        Jint.Dispose();
        Node.Dispose();
    }
}

[CollectionDefinition("citeproc hosts")]
public sealed class HostCollection : ICollectionFixture<HostFixture>;
