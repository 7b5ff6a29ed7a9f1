namespace Bibliography.Tests.Parsing;

/// <summary>
/// The source lines of Georgian charter pages in forms the readers did not know (issue #18): a shelf mark standing alone
/// or after its label without the colon, and a collection named in words with its number after a dash, an <c>N</c> or a
/// collection's own number, the lost original's remark after it. Every example is invented (collections and numbers
/// other than the real notes'), read by the rules alone.
/// </summary>
public class GeorgianCharterSourceTests
{
    [Theory]
    [InlineData("დედანი 1449-2210", "fond=1449 | delo=2210")]
    [InlineData("დედანი Hd-3310", "delo=Hd-3310")]
    [InlineData("პირი 1450-77", "fond=1450 | delo=77")]
    [InlineData("H-1045", "delo=H-1045")]
    [InlineData("Sd-1180/81", "delo=Sd-1180/81")]
    [InlineData("Q-912.", "delo=Q-912")]
    public void A_manuscript_shelf_mark_alone_or_after_its_label_without_a_colon(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("დედანი: ქუთაისის საბუთები - N 045 დაკარგულია", "fond=ქუთაისის საბუთები | delo=045")]
    [InlineData("შიომღვიმის საბუთები № 12 (დაკარგულია).", "fond=შიომღვიმის საბუთები | delo=12")]
    [InlineData("დედანი: დაკარგულია, ალავერდის საბუთები № 33.", "fond=ალავერდის საბუთები | delo=33")]
    [InlineData("ოპიზის მონასტრის № 12 პირების კრებული - № 40 (დაკარგულია).", "fond=ოპიზის მონასტრის № 12 პირების კრებული | delo=40")]
    [InlineData("ხახულის პირების კრებული - № 7", "fond=ხახულის პირების კრებული | delo=7")]
    public void A_collection_named_in_words_with_its_number_and_the_lost_originals_remark(string note, string expected) => RulesOnly.Check(note, expected);
}
