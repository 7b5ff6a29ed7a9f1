using Bibliography.CiteProc;

namespace Bibliography.Tests.CiteProc;

/// <summary>The Jurassic the library runs is the embedded, build-time patched one (see CiteProc/Jurassic.targets).</summary>
public sealed class JurassicAssemblyTests
{
    [Fact]
    public void The_runtime_resolves_Jurassic_to_the_embedded_assembly()
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == "Jurassic").ToList();
        var embedded = JurassicAssembly.Assembly;

        embedded.GetName().Version.ShouldBe(new Version(3, 2, 4, 0));
        loaded.ShouldAllBe(a => ReferenceEquals(a, embedded));
        File.Exists(Path.Combine(AppContext.BaseDirectory, "Jurassic.dll")).ShouldBeFalse("the unpatched package assembly must not be deployed beside the library");
    }

    [Fact]
    public void Hidden_class_transitions_compare_without_boxing()
    {
        var transition = JurassicAssembly.Assembly.GetType("Jurassic.Library.HiddenClassSchema+TransitionInfo", throwOnError: true)!;

        transition.GetInterfaces().ShouldContain(typeof(IEquatable<>).MakeGenericType(transition));
        transition.GetMethod(nameof(GetHashCode), Type.EmptyTypes)!.DeclaringType.ShouldBe(transition);
        transition.GetMethod(nameof(Equals), [typeof(object)])!.DeclaringType.ShouldBe(transition);
    }

    [Fact]
    public void Patched_equality_means_what_the_field_by_field_equality_meant()
    {
        var type = JurassicAssembly.Assembly.GetType("Jurassic.Library.HiddenClassSchema+TransitionInfo", throwOnError: true)!;
        var key = type.GetField("Key")!;
        var attributes = type.GetField("Attributes")!;
        object Make(object k, int a)
        {
            var boxed = Activator.CreateInstance(type)!;
            key.SetValue(boxed, k);
            attributes.SetValue(boxed, Enum.ToObject(attributes.FieldType, a));
            return boxed;
        }

        // Keys are property names (strings compared by value) or symbols (compared by reference).
        var name = Make("title", 1);
        Make(new string("title".ToCharArray()), 1).ShouldBe(name);
        Make("title", 1).GetHashCode().ShouldBe(name.GetHashCode());
        Make("title", 3).ShouldNotBe(name);
        Make("author", 1).ShouldNotBe(name);
        var symbol = new object();
        Make(symbol, 1).ShouldBe(Make(symbol, 1));
        Make(new object(), 1).ShouldNotBe(Make(symbol, 1));
        Make(null!, 1).ShouldBe(Make(null!, 1));
        Make(null!, 1).ShouldNotBe(name);
    }
}

/// <summary>The second patch: Jurassic builds an <c>arguments</c> object only for functions that name it (or eval).</summary>
public sealed class JurassicArgumentsHintTests
{
    private static readonly Type Hints = JurassicAssembly.Assembly.GetType("Jurassic.Compiler.MethodOptimizationHints", throwOnError: true)!;

    private static object NewHints(bool nestedFunction, params string[] names)
    {
        var hints = Activator.CreateInstance(Hints, nonPublic: true)!;
        Hints.GetProperty("HasNestedFunction")!.SetValue(hints, nestedFunction);
        foreach (var name in names) Hints.GetMethod("EncounteredVariable")!.Invoke(hints, [name]);
        return hints;
    }

    private static bool Read(object hints, string property) => (bool)Hints.GetProperty(property)!.GetValue(hints)!;

    [Theory]
    [InlineData(false, new string[0], false, false)]
    [InlineData(true, new string[0], false, true)]              // a nested function no longer implies an arguments object
    [InlineData(true, new[] { "arguments" }, true, true)]
    [InlineData(false, new[] { "arguments" }, true, false)]
    [InlineData(false, new[] { "eval" }, true, true)]
    [InlineData(true, new[] { "x", "eval" }, true, true)]
    public void Arguments_are_built_only_for_functions_that_name_arguments_or_eval(bool nested, string[] names, bool hasArguments, bool hasEval)
    {
        var hints = NewHints(nested, names);

        Read(hints, "HasArguments").ShouldBe(hasArguments);
        Read(hints, "HasEval").ShouldBe(hasEval); // what keeps captured variables in a runtime scope is unchanged
    }

    [Theory]
    [InlineData("function f(a, b) { var g = function () { return a; }; return arguments.length + ':' + arguments[1] + ':' + g(); } f(1, 2, 3)", "3:2:1")]
    [InlineData("function f(a) { function g() { return arguments.length; } return g(7, 8) + '/' + a; } f(5)", "2/5")]
    [InlineData("function f(a) { var inner = function () { return typeof arguments[0]; }; return inner() + (arguments[0] = 9, a); } f(1)", "undefined9")]
    [InlineData("function f() { return [1, 2, 3].map(function (x) { return x * 2; }).join(','); } f()", "2,4,6")]
    public void Scripts_see_the_arguments_they_ask_for(string script, string expected)
    {
        JurassicTieredFunctionsTests.Evaluate(script).ToString().ShouldBe(expected);
    }
}

/// <summary>
/// The third patch: script functions are compiled to methods of one non-collectible dynamic assembly (which .NET tiers)
/// instead of DynamicMethods (which it compiles fully optimised before their first call), and behave the same.
/// </summary>
public sealed class JurassicTieredFunctionsTests
{
    /// <summary>Runs <paramref name="script"/> on a new engine of the embedded Jurassic; a script error is thrown as itself.</summary>
    internal static object Evaluate(string script)
    {
        var engine = Activator.CreateInstance(JurassicAssembly.Assembly.GetType("Jurassic.ScriptEngine", throwOnError: true)!)!;
        var evaluate = engine.GetType().GetMethods().Single(m => m.Name == "Evaluate" && !m.IsGenericMethod && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(string));
        try
        {
            return evaluate.Invoke(engine, [script])!;
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    [Fact]
    public void Script_functions_become_methods_of_the_dynamic_assembly()
    {
        var methodsDefined = JurassicAssembly.EmitAssembly.GetType("Bibliography.JurassicEmit.TieredMethods", throwOnError: true)!.GetProperty("MethodsDefined")!;
        var before = (int)methodsDefined.GetValue(null)!;

        Evaluate("function tieredProbe(x) { return x * 2; } tieredProbe(21)").ToString().ShouldBe("42");

        // The script's global code and its function, at least (other tests may compile at the same time).
        ((int)methodsDefined.GetValue(null)! - before).ShouldBeGreaterThanOrEqualTo(2);
        var generated = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == "Jurassic.Functions").ToList();
        generated.Count.ShouldBe(1);
        generated[0].IsDynamic.ShouldBeTrue();
        generated[0].IsCollectible.ShouldBeFalse("methods of collectible assemblies are not tiered");
    }

    [Theory]
    [InlineData("var make = function (n) { var count = n; return function () { return ++count; }; }; var c = make(5); c(); c()", "7")]
    [InlineData("try { null.x; 'no' } catch (e) { e instanceof TypeError ? 'TypeError' : 'other' }", "TypeError")]
    [InlineData("function f(a) { switch (a) { case 1: return 'one'; default: return 'many'; } } f(1) + f(2)", "onemany")]
    [InlineData("var o = { get v() { return 3; } }; [1, 2].reduce(function (s, x) { return s + x * o.v; }, 0)", "9")]
    [InlineData("'a1b22'.replace(/\\d+/g, function (m) { return '<' + m.length + '>'; })", "a<1>b<2>")]
    [InlineData("(function () { 'use strict'; try { undeclared = 1; } catch (e) { return e.name; } })()", "ReferenceError")]
    public void Compiled_functions_behave_as_before(string script, string expected)
    {
        Evaluate(script).ToString().ShouldBe(expected);
    }

    [Fact]
    public void A_script_error_still_surfaces_as_a_javascript_exception()
    {
        var error = Should.Throw<Exception>(() => Evaluate("function thrower() { throw new RangeError('out of range'); } thrower()"));

        error.GetType().Name.ShouldBe("JavaScriptException");
        error.Message.ShouldContain("out of range");
    }
}

/// <summary>The fourth patch: script RegExps of one pattern and flags share one .NET Regex, and keep their own state.</summary>
public sealed class JurassicSharedRegexTests
{
    private static readonly System.Reflection.FieldInfo Value =
        typeof(Jurassic.Library.RegExpInstance).GetField("value", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;

    [Fact]
    public void RegExps_of_one_pattern_and_flags_share_one_net_regex()
    {
        var engine = new Jurassic.ScriptEngine();
        object Net(string script) => Value.GetValue((Jurassic.Library.RegExpInstance)engine.Evaluate(script))!;

        var first = Net(@"new RegExp('f\\.\\s*(\\d+)', 'g')");

        Net(@"new RegExp('f\\.\\s*(\\d+)', 'g')").ShouldBeSameAs(first);
        Net(@"new RegExp('f\\.\\s*(\\d+)', 'gi')").ShouldNotBeSameAs(first);
        Net(@"new RegExp('f\\.\\s*(\\d+)', 'g')").ShouldBeSameAs(Net(@"/f\.\s*(\d+)/g"));
    }

    [Fact]
    public void Each_RegExp_keeps_its_own_lastIndex()
    {
        var engine = new Jurassic.ScriptEngine();

        engine.Evaluate<string>(@"var a = new RegExp('\\d', 'g'), b = new RegExp('\\d', 'g'); a.exec('1 2 3'); a.exec('1 2 3');
            [a.lastIndex, b.lastIndex, b.exec('1 2 3')[0], a.exec('1 2 3')[0], '1 2 3'.replace(a, 'n')].join(',')")
            .ShouldBe("3,0,1,3,n n n");
    }
}

/// <summary>The fifth patch: Jurassic finds a pinned (precompiled) function before it looks in its own locked table.</summary>
public sealed class JurassicPinnedFunctionTests
{
    private static readonly Type Pinned = JurassicAssembly.EmitAssembly.GetType("Bibliography.JurassicEmit.PinnedFunctions", throwOnError: true)!;

    private static readonly System.Reflection.MethodInfo Load = JurassicAssembly.Assembly.GetType("Jurassic.Compiler.GeneratedMethod", throwOnError: true)!
        .GetMethod("Load", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)!;

    [Fact]
    public void Precompiled_functions_are_loaded_from_the_pinned_table()
    {
        var scripts = JurassicPrecompiled.TryLoad(JurassicHost.Scripts, out _).ShouldNotBeNull();
        var first = (long)Pinned.GetField("FirstId")!.GetValue(null)!;

        var pinned = Pinned.GetMethod("Find")!.Invoke(null, [first]).ShouldNotBeNull();

        Load.Invoke(null, [first]).ShouldBeSameAs(pinned);
        scripts.Length.ShouldBe(3);
    }

    [Fact]
    public void Load_looks_in_the_pinned_table_before_its_own()
    {
        _ = JurassicPrecompiled.TryLoad(JurassicHost.Scripts, out _).ShouldNotBeNull();
        var first = (long)Pinned.GetField("FirstId")!.GetValue(null)!;
        var function = Pinned.GetMethod("Find")!.Invoke(null, [first])!;
        var unknownToJurassic = first + 5_000; // beyond every precompiled function: not in Jurassic's own table

        Pinned.GetMethod("Pin")!.Invoke(null, [unknownToJurassic, function]);

        Load.Invoke(null, [unknownToJurassic]).ShouldBeSameAs(function);
    }

    [Fact]
    public void A_number_nothing_is_pinned_under_is_looked_up_as_before()
    {
        var find = Pinned.GetMethod("Find")!;

        find.Invoke(null, [42L]).ShouldBeNull();
        find.Invoke(null, [long.MinValue]).ShouldBeNull();
        var error = Should.Throw<System.Reflection.TargetInvocationException>(() => Load.Invoke(null, [-7L]));
        error.InnerException.ShouldBeOfType<InvalidOperationException>(); // Jurassic's own "was garbage collected" / "no cache" error
    }
}
