using Bibliography.Normalisation;

namespace Bibliography.Tests.Normalisation;

/// <summary>Item ids are readable and unique, and stay the same however many sources share a stem.</summary>
public sealed class IdAllocatorTests
{
    [Fact]
    public void Sources_sharing_a_stem_get_letters_then_numbers()
    {
        var ids = new IdAllocator();

        var given = Enumerable.Range(0, 28).Select(_ => ids.Allocate("mamulia")).ToList();

        given.Take(4).ShouldBe(["mamulia", "mamulia-b", "mamulia-c", "mamulia-d"]);
        given[25].ShouldBe("mamulia-z");
        given.Skip(26).ShouldBe(["mamulia-2", "mamulia-3"]);
        ids.Allocate("mamulia-2012").ShouldBe("mamulia-2012");
        ids.Allocate("mamulia-2012").ShouldBe("mamulia-2012b");
        ids.Allocate("").ShouldBe("item");
    }

    [Fact]
    public void An_id_another_stem_already_took_is_skipped()
    {
        var ids = new IdAllocator();
        ids.Allocate("gmta-c").ShouldBe("gmta-c");   // a natural stem that is also gmta's second alternative
        ids.Allocate("gmta-2").ShouldBe("gmta-2");

        var given = Enumerable.Range(0, 26).Select(_ => ids.Allocate("gmta")).ToList();

        given.Take(3).ShouldBe(["gmta", "gmta-b", "gmta-d"]);
        given[^2].ShouldBe("gmta-z");
        given[^1].ShouldBe("gmta-3");
        given.ShouldBeUnique();
    }

    [Fact]
    public void Ids_are_those_of_a_search_from_the_first_alternative_every_time()
    {
        // The specification: the first of stem, then its alternatives, that no earlier source took.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        string Reference(string stem)
        {
            if (stem.Length == 0) stem = "item";
            if (taken.Add(stem)) return stem;
            for (var position = 0; ; position++)
                if (taken.Add(IdAllocator.Alternative(stem, position))) return IdAllocator.Alternative(stem, position);
        }
        var random = new Random(11);
        string[] stems = ["a", "a-b", "a-2", "b2", "b2c", "", "item", "item-b", "c-3"];
        var ids = new IdAllocator();

        for (var i = 0; i < 3000; i++)
        {
            var stem = random.Next(4) == 0 ? IdAllocator.Alternative(stems[random.Next(stems.Length)] is { Length: > 0 } s ? s : "item", random.Next(40)) : stems[random.Next(stems.Length)];
            ids.Allocate(stem).ShouldBe(Reference(stem), $"allocation {i}, stem '{stem}'");
        }
    }
}
