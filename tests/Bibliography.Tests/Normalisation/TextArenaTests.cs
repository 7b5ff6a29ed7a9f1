using Bibliography.Normalisation;

namespace Bibliography.Tests.Normalisation;

/// <summary>The arena the normaliser keeps its values in gives back every text as it was kept, wherever it lies.</summary>
public class TextArenaTests
{
    [Fact]
    public void Texts_come_back_as_kept_and_no_text_stays_apart_from_an_empty_one()
    {
        var arena = new TextArena();
        var empty = arena.Add("");
        var fond = arena.Add("fond 7");
        var none = arena.Add((string?)null);

        arena.ToString(fond).ShouldBe("fond 7");
        empty.HasValue.ShouldBeTrue();
        arena.ToString(empty).ShouldBe("");
        none.HasValue.ShouldBeFalse();
        arena.ToString(none).ShouldBeNull();
        default(ArenaText).HasValue.ShouldBeFalse();
    }

    [Fact]
    public void A_text_written_in_parts_is_one_text()
    {
        var arena = new TextArena();
        arena.Begin();
        arena.Append("GMTA");
        arena.Append('|');
        arena.Append("1874".AsSpan());
        var key = arena.End();

        arena.ToString(key).ShouldBe("GMTA|1874");
    }

    [Fact]
    public void Texts_across_many_chunks_and_longer_than_a_chunk_come_back_whole()
    {
        var arena = new TextArena();
        var random = new Random(5);
        var kept = new List<(ArenaText Text, string Value)>();
        for (var i = 0; i < 20_000; i++)
        {
            // Mostly short values, now and then one longer than a chunk (65,536 characters), written in parts so that
            // a chunk fills up in the middle of a text.
            var length = i % 997 == 0 ? 70_000 + random.Next(10_000) : random.Next(0, 40);
            var value = new string((char)('a' + i % 26), length) + i;
            arena.Begin();
            arena.Append(value.AsSpan(0, value.Length / 2));
            arena.Append(value.AsSpan(value.Length / 2));
            kept.Add((arena.End(), value));
        }
        foreach (var (text, value) in kept)
        {
            text.Length.ShouldBe(value.Length);
            arena[text].SequenceEqual(value).ShouldBeTrue();
        }
    }

    [Fact]
    public void Dropping_the_last_text_gives_its_room_to_the_next_and_leaves_earlier_texts_alone()
    {
        var arena = new TextArena();
        var kept = arena.Add("iş 484");
        var probe = arena.Add("probe key");
        arena.DropLast(probe);
        var next = arena.Add("vərəq 185");

        next.Position.ShouldBe(probe.Position);
        arena.ToString(next).ShouldBe("vərəq 185");
        arena.DropLast(kept); // not the last: nothing happens
        arena.ToString(kept).ShouldBe("iş 484");
        arena.ToString(arena.Add("more")).ShouldBe("more");
        arena.ToString(next).ShouldBe("vərəq 185");
    }
}
