using Bibliography.CiteProc;

namespace Bibliography.Tests.CiteProc;

/// <summary>Prestart loads citeproc-js in the background; the first job then uses that engine or process instead of starting another.</summary>
public sealed class PrestartTests
{
    [Fact]
    public void The_first_job_after_a_prestart_runs_on_the_prestarted_Jurassic_engine()
    {
        using var host = new JurassicHost(maxEngines: 2);

        host.Prestart();
        host.Prestart();
        host.Invoke("ping", "{}").ShouldStartWith("{\"ok\"");

        host.EnginesBuilt.ShouldBe(1);
    }

    [Fact]
    public void A_prestart_after_dispose_does_nothing()
    {
        var host = new JurassicHost();
        host.Dispose();

        Should.NotThrow(host.Prestart);
        host.EnginesBuilt.ShouldBe(0);
    }

    [Fact]
    public void The_first_job_after_a_prestart_runs_on_the_prestarted_node_process()
    {
        using var host = new NodeHost();

        host.Prestart();
        host.Invoke("ping", "{}").ShouldStartWith("{\"ok\"");

        host.Starts.ShouldBe(1);
    }
}
