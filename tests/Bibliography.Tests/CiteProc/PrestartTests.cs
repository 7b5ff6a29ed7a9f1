using Bibliography.CiteProc;
using Bibliography.Model;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.CiteProc;

/// <summary>Prestart loads citeproc-js in the background; the first job then uses that engine or process instead of starting another.</summary>
public sealed class PrestartTests
{
    [Fact]
    public void The_first_job_after_a_prestart_runs_on_the_prestarted_Jint_engine()
    {
        using var host = new JintHost(maxEngines: 2);

        host.Prestart();
        host.Prestart();
        host.Invoke("ping", "{}").ShouldStartWith("{\"ok\"");

        host.EnginesBuilt.ShouldBe(1);
    }

    [Fact]
    public void A_prestart_after_dispose_does_nothing()
    {
        var host = new JintHost();
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

    private const string Style = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="en-US">
          <info><title>Test note</title><id>test-note</id><updated>2024-01-01T00:00:00+00:00</updated></info>
          <citation><layout suffix="."><text variable="title"/><text variable="locator" prefix=", "/></layout></citation>
          <bibliography><layout><text variable="title" font-style="italic"/></layout></bibliography>
        </style>
        """;

    private static JArray Items => JArray.Parse("""[{"id":"a","type":"book","title":"Borba za svobodu Kavkaza"}]""");

    private static JObject EngineCache(ICiteProcHost host) => (JObject)JObject.Parse(host.Invoke("engineCache", "{}"))["ok"]!;

    [Fact]
    public void The_first_render_after_a_prepare_takes_the_engine_the_prepare_built()
    {
        using var host = new JintHost(maxEngines: 1);
        var processor = new CiteProcessor(host, Style, "en-US", Items);

        processor.Prepare();
        var notes = processor.Citations([new([new("a", Locator: "151")])]);

        notes.ShouldBe(["Borba za svobodu Kavkaza, 151."]);
        var cache = EngineCache(host);
        cache.Value<int>("built").ShouldBe(1);
        cache.Value<int>("hits").ShouldBe(1);
    }

    [Fact]
    public void Without_a_prepare_the_first_render_builds_its_engine()
    {
        using var host = new JintHost(maxEngines: 1);

        new CiteProcessor(host, Style, "en-US", Items).Citations([new([new("a")])]).ShouldBe(["Borba za svobodu Kavkaza."]);

        var cache = EngineCache(host);
        cache.Value<int>("built").ShouldBe(1);
        cache.Value<int>("hits").ShouldBe(0);
    }

    [Fact]
    public void A_prepare_that_fails_is_left_for_the_render_and_the_host_carries_on()
    {
        using var host = new JintHost(maxEngines: 1);

        host.Prepare("""{"style":"<style>not CSL","lang":"en-US","forceLang":false,"format":"text"}""");
        host.Prepare("not JSON at all");

        new CiteProcessor(host, Style, "en-US", Items).Citations([new([new("a")])]).ShouldBe(["Borba za svobodu Kavkaza."]);
        host.EnginesBuilt.ShouldBe(1);
    }

    [Fact]
    public void A_document_formatter_has_its_style_engine_prepared_before_the_first_document()
    {
        using var host = new JintHost(maxEngines: 1);

        _ = new DocumentFormatter(new FormatOptions("chicago-fullnote-bibliography", null, FormatMode.Notes, CiteProcOutputFormat.Text), host);

        // The engine's thread takes jobs in order, so the prepare has run when this answers.
        EngineCache(host).Value<int>("built").ShouldBe(1);
    }
}
