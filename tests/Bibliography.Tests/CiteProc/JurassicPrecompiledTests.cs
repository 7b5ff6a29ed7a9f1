using System.Reflection;
using System.Reflection.PortableExecutable;
using Bibliography.CiteProc;
using Jurassic;

namespace Bibliography.Tests.CiteProc;

/// <summary>
/// The embedded host runs citeproc-js as compiled when the library was built (src/Bibliography.JurassicAot), from an
/// assembly compiled ahead of time, and compiles a script itself only when it is not the one the build compiled.
/// </summary>
public sealed class JurassicPrecompiledTests
{
    [Fact]
    public void The_host_scripts_are_the_ones_compiled_when_the_library_was_built()
    {
        var scripts = JurassicPrecompiled.TryLoad(JurassicHost.Scripts, out var unavailable);

        unavailable.ShouldBeNull();
        scripts.ShouldNotBeNull().Length.ShouldBe(3);
    }

    [Fact]
    public void A_script_other_than_the_one_compiled_at_build_time_is_not_taken_from_the_build()
    {
        var changed = JurassicHost.Scripts;
        changed[2] = (changed[2].Name, changed[2].Text + "\nvar one = 1;\n");

        JurassicPrecompiled.TryLoad(changed, out var unavailable).ShouldBeNull();

        unavailable.ShouldNotBeNull().ShouldContain("driver.js");
    }

    [Fact]
    public void Functions_of_the_saved_scripts_run_from_the_precompiled_assembly()
    {
        var engine = new ScriptEngine();
        foreach (var script in JurassicPrecompiled.TryLoad(JurassicHost.Scripts, out _).ShouldNotBeNull()) script.Execute(engine);

        // The host's own entry point, through the driver, into the loaded processor.
        engine.CallGlobalFunction<string>("__bibCall", "ping", "{}").ShouldBe("{\"ok\":\"function\"}");

        foreach (var function in new[] { "__bibCall", "BibDriver.render" })
        {
            var instance = (Jurassic.Library.ObjectInstance)engine.Evaluate(function);
            var body = instance.GetType().GetProperty("Body", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                ?.GetValue(instance).ShouldBeAssignableTo<Delegate>();
            var method = body.ShouldNotBeNull().Method;
            method.DeclaringType!.Assembly.GetName().Name.ShouldBe("Bibliography.CiteProc.Precompiled", function);
            method.DeclaringType.Assembly.IsDynamic.ShouldBeFalse(function);
        }
    }

    [Theory]
    [InlineData("Jurassic.dll")]
    [InlineData("Bibliography.JurassicEmit.dll")]
    [InlineData("Bibliography.CiteProc.Precompiled.dll")]
    public void The_host_assemblies_are_deployed_compiled_ahead_of_time(string file)
    {
        // Built with -p:BibReadyToRun=false they are IL only, and this fails: that build starts the host ~1 s slower.
        using var reader = new PEReader(File.OpenRead(JurassicAssembly.PathOf(file)));

        reader.PEHeaders.CorHeader.ShouldNotBeNull().ManagedNativeHeaderDirectory.Size.ShouldBeGreaterThan(0, $"{file} has no ReadyToRun code");
    }
}
