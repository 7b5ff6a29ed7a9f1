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
