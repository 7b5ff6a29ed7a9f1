using Bibliography.Normalisation;

namespace Bibliography.Tests.Normalisation;

public class RecentStringsTests
{
    [Fact]
    public void An_equal_value_met_again_comes_back_as_the_first_instance()
    {
        var table = new RecentStrings();
        var first = new string("fond 7".AsSpan());
        var again = new string("fond 7".AsSpan());

        table.Share(first).ShouldBeSameAs(first);
        table.Share(again).ShouldBeSameAs(first);
        table.Share(null).ShouldBeNull();
    }

    [Fact]
    public void A_value_that_took_another_s_slot_displaces_it_and_nothing_comes_back_changed()
    {
        var table = new RecentStrings(bits: 0); // one slot: every value competes for it
        var a = new string("184".AsSpan());
        var b = "185";
        var aAgain = new string("184".AsSpan());

        table.Share(a).ShouldBeSameAs(a);
        table.Share(b).ShouldBeSameAs(b);
        table.Share(aAgain).ShouldBeSameAs(aAgain);
        table.Share(new string("185".AsSpan())).ShouldBe("185");
    }
}

public class RecentStringsSpanTests
{
    [Fact]
    public void A_span_met_for_the_first_time_becomes_a_new_string_that_equal_values_after_it_share()
    {
        var table = new RecentStrings();
        var text = "s. 185-186";

        var first = table.Share(text.AsSpan(3));
        first.ShouldBe("185-186");
        table.Share("185-186 ".AsSpan(0, 7)).ShouldBeSameAs(first);
        table.Share(new string("185-186".AsSpan())).ShouldBeSameAs(first);
        table.Share(ReadOnlySpan<char>.Empty).ShouldBe("");
    }
}
