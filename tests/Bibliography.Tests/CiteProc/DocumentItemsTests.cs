using Bibliography.CiteProc;
using Bibliography.Model;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.CiteProc;

/// <summary>What the formatter asks of a document's items before citeproc-js sees them: is there anything to print, and do notes and bibliography print the same items.</summary>
public sealed class DocumentItemsTests
{
    private static CslItem Item(string id, string? title = null, string? fond = null) => new()
    {
        Id = id,
        Type = CslItemTypes.Book,
        Title = title,
        Custom = fond is null ? null : new JObject { ["fond"] = fond },
    };

    [Fact]
    public void An_item_with_nothing_a_style_prints_is_named_and_one_with_a_title_is_not()
    {
        var document = new BibliographyDocument { Items = { Item("ref-1", fond: "27"), Item("ivanov1985", title: "Istoriia"), Item("ref-2") } };

        DocumentFormatter.ItemsWithoutData(document).Select(i => i.Id).ShouldBe(["ref-1", "ref-2"]);
    }

    [Fact]
    public void Items_are_the_same_when_every_field_is_even_as_other_objects_and_not_when_a_nested_field_differs()
    {
        CslItem[] notes = [Item("a", "A title", "27"), Item("b", "B title")];

        DocumentFormatter.SameItems(notes, [Item("a", "A title", "27"), Item("b", "B title")]).ShouldBeTrue();
        DocumentFormatter.SameItems(notes, [Item("a", "A title", "28"), Item("b", "B title")]).ShouldBeFalse("the fond differs");
        DocumentFormatter.SameItems(notes, [Item("b", "B title"), Item("a", "A title", "27")]).ShouldBeFalse("another order");
        DocumentFormatter.SameItems(notes, [Item("a", "A title", "27")]).ShouldBeFalse("fewer items");
    }
}
