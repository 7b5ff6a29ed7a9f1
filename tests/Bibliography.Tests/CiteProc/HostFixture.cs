using Bibliography.CiteProc;

namespace Bibliography.Tests.CiteProc;

/// <summary>One Jurassic and one Node host shared by the CiteProc tests (engines are costly to start).</summary>
public sealed class HostFixture : IDisposable
{
    /// <summary>The embedded host.</summary>
    public JurassicHost Jurassic { get; } = new();

    /// <summary>The Node host.</summary>
    public NodeHost Node { get; } = new();

    /// <summary>Stops both hosts.</summary>
    public void Dispose()
    {
        Jurassic.Dispose();
        Node.Dispose();
    }
}

[CollectionDefinition("citeproc hosts")]
public sealed class HostCollection : ICollectionFixture<HostFixture>;
