using System.Globalization;
using Bibliography.CiteProc;
using Bibliography.Tests.Styles;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.CiteProc;

/// <summary>Tests that change process-wide state (the default culture, the engine variable): run alone, never beside others.</summary>
[CollectionDefinition("process-wide state", DisableParallelization = true)]
public sealed class ProcessWideStateCollection;

/// <summary>
/// The Jint host as the tool and library choose it (the default; --engine embedded or jint, BIBLIOGRAPHY_ENGINE), and
/// its engines pinned to one culture, so that output does not depend on the machine it runs on.
/// </summary>
[Collection("process-wide state")]
public sealed class JintHostTests
{
    [Fact]
    public void Auto_is_the_default_and_each_engine_is_chosen_by_name_or_by_the_environment()
    {
        CiteProcHosts.Parse("auto").ShouldBe(CiteProcEngine.Auto);
        CiteProcHosts.Parse("jint").ShouldBe(CiteProcEngine.Jint);
        CiteProcHosts.Parse(" JINT ").ShouldBe(CiteProcEngine.Jint);
        CiteProcHosts.Parse("embedded").ShouldBe(CiteProcEngine.Jint);
        using (var host = CiteProcHosts.Create(CiteProcEngine.Jint)) host.ShouldBeOfType<JintHost>().Name.ShouldBe("Jint");

        var old = Environment.GetEnvironmentVariable(CiteProcHosts.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(CiteProcHosts.EnvironmentVariable, null);
            CiteProcHosts.Parse(null).ShouldBe(CiteProcEngine.Auto);
            Environment.SetEnvironmentVariable(CiteProcHosts.EnvironmentVariable, "node");
            CiteProcHosts.Parse(null).ShouldBe(CiteProcEngine.Node);
            CiteProcHosts.Parse("jint").ShouldBe(CiteProcEngine.Jint, "the option wins over the environment");
            Environment.SetEnvironmentVariable(CiteProcHosts.EnvironmentVariable, "jint");
            CiteProcHosts.Parse(null).ShouldBe(CiteProcEngine.Jint);
        }
        finally
        {
            Environment.SetEnvironmentVariable(CiteProcHosts.EnvironmentVariable, old);
        }
        // Auto is Node where node is found (by BIBLIOGRAPHY_NODE, else on the PATH), found without starting it.
        var node = NodeHost.FindExecutable(null, Environment.GetEnvironmentVariable("PATH")).ShouldNotBeNull("these tests need node on the PATH");
        NodeHost.FindExecutable(node, null).ShouldBe(node);
        NodeHost.FindExecutable("/nonexistent/node", Environment.GetEnvironmentVariable("PATH")).ShouldBeNull("a named node that is not there is not replaced by another");
        NodeHost.FindExecutable(null, "/nonexistent:/also-not").ShouldBeNull();
        CiteProcHosts.Resolve(CiteProcEngine.Auto).ShouldBe(CiteProcEngine.Node);
        CiteProcHosts.Resolve(CiteProcEngine.Jint).ShouldBe(CiteProcEngine.Jint);
        // Jurassic has left: asking for it is an error that names what there is, not a silent substitute.
        var e = Should.Throw<CiteProcException>(() => CiteProcHosts.Parse("jurassic"));
        e.Message.ShouldContain("unknown engine 'jurassic'");
        e.Message.ShouldContain("jint");
    }

    [DebianStylesFact]
    public void The_tool_formats_with_jint_as_with_node()
    {
        using var folder = new TempFolder();
        var paper = folder.Write(folder.Root, "notes.txt",
            "1 Mamulia G. Borba za svobodu Kavkaza. Tbilisi, Meridiani, 2012, s. 151-156.\n2 Yenə orada, s. 160.\n3 RDHA, f. 7, siy. 2, iş 484, v. 184 arxa - 185.\n");

        var jint = CliRun.Run("format", paper, "--style", "chicago-fullnote-bibliography", "--engine", "jint");
        var node = CliRun.Run("format", paper, "--style", "chicago-fullnote-bibliography", "--engine", "node");

        jint.Code.ShouldBe(0, jint.Err);
        jint.Out.ShouldContain("Borba");
        jint.Out.ShouldBe(node.Out);
    }

    [Fact]
    public void A_Turkish_default_culture_does_not_change_what_citeproc_sees()
    {
        var old = CultureInfo.DefaultThreadCurrentCulture;
        JObject probe;
        try
        {
            // The engine's thread starts with this culture; Jint would take it for localeCompare without a locale,
            // where Turkish puts dotless ı before i.
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            using var host = new JintHost(maxEngines: 1);
            probe = (JObject)JObject.Parse(host.Invoke("selfTest", "null"))["ok"]!;
        }
        finally
        {
            CultureInfo.DefaultThreadCurrentCulture = old;
        }
        probe.Value<int>("plainCompareDotlessI").ShouldBe(-1);
        probe.Value<string>("upperAz").ShouldBe("İSTANBUL");
        probe.Value<int>("sortIgnoresPunctuation").ShouldBe(1);
    }
}
