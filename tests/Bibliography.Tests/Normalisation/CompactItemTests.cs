using Bibliography.Model;

namespace Bibliography.Tests.Normalisation;

/// <summary>An item keeps its rarely used variables in a side object: what it reads and writes must not show it.</summary>
public class CompactItemTests
{
    [Fact]
    public void Rare_variables_read_back_serialise_in_order_and_clear_to_nothing()
    {
        var item = new CslItem { Id = "x", Type = CslItemTypes.Book, Title = "T" };
        var bare = CslJson.Serialize(item);
        item.Editor.ShouldBeNull();
        item.Note = null; // clearing an unset variable makes nothing
        CslJson.Serialize(item).ShouldBe(bare);

        item.Editor = [CslName.Person("Ivanov", "I.I.")];
        item.Page = "5-9";
        item.Url = "https://example.org";
        item.Genre = "Sbornik";
        item.Page.ShouldBe("5-9");
        var json = CslJson.Serialize(item);
        json.IndexOf("\"editor\"", StringComparison.Ordinal).ShouldBeLessThan(json.IndexOf("\"title\"", StringComparison.Ordinal));
        json.IndexOf("\"page\"", StringComparison.Ordinal).ShouldBeLessThan(json.IndexOf("\"URL\"", StringComparison.Ordinal));
        var back = CslJson.Deserialize<CslItem>(json);
        (back.Editor![0], back.Page, back.Url, back.Genre).ShouldBe((item.Editor[0], "5-9", "https://example.org", "Sbornik"));
        CslJson.Serialize(item.Clone()).ShouldBe(json);

        item.Editor = null;
        item.Page = null;
        item.Url = null;
        item.Genre = null;
        CslJson.Serialize(item).ShouldBe(bare);
    }
}
