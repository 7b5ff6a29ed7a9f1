namespace Bibliography.Tests.Parsing;

/// <summary>
/// A Georgian library catalogue's record whose labels are printed glued to their values (issue #18): the title before
/// the first label, then the year, place and publisher the labels open. Every example is invented (titles, years and
/// publishers other than the real notes'), read by the rules alone.
/// </summary>
public class GeorgianCatalogueRecordTests
{
    [Theory]
    [InlineData("ქართლის ციხეები გამოცემის წელი1975 გამომცემლობამეცნიერება", "title=ქართლის ციხეები | year=1975 | publisher=მეცნიერება")]
    [InlineData("ძველი თბილისის ქუჩები (XVII-XIX სს.) გამოცემის წელი1981 გამომცემლობაბსუ-ს გამომცემლობა", "title=ძველი თბილისის ქუჩები (XVII-XIX სს.) | year=1981 | publisher=ბსუ-ს გამომცემლობა")]
    [InlineData("სამეგრელოს ნარკვევები გამოცემის ადგილითბილისი გამოცემის წელი1990 გამომცემლობახელოვნება", "title=სამეგრელოს ნარკვევები | place=თბილისი | year=1990 | publisher=ხელოვნება")]
    [InlineData("კახეთის ეკლესიები გამოცემის წელი: 1977 გამომცემლობა: საბჭოთა საქართველო", "title=კახეთის ეკლესიები | year=1977 | publisher=საბჭოთა საქართველო")]
    // The commonest Georgian year form, a year word after the year (1975 წ.).
    [InlineData("ქართლის ციხეები გამოცემის წელი1975 წ. გამომცემლობამეცნიერება", "title=ქართლის ციხეები | year=1975 | publisher=მეცნიერება")]
    [InlineData("ქართლის ციხეები გამოცემის წელი1975 წ. გამოცემის ადგილითბილისი", "title=ქართლის ციხეები | year=1975 | place=თბილისი")]
    // A label's word after a space, then the same label glued to its value: the later, glued one still closes the value.
    [InlineData("ქართლის ციხეები გამოცემის წელი1975 გამოცემის ადგილითბილისი გამომცემლობა გამომცემლობამეცნიერება", "title=ქართლის ციხეები | year=1975 | place=თბილისი გამომცემლობა | publisher=მეცნიერება")]
    public void A_catalogue_records_labels_glued_to_their_values_give_year_place_and_publisher(string note, string expected) => RulesOnly.Check(note, expected);

    /// <summary>An ordinary Georgian book whose imprint names the publishing house (გამომცემლობა) is no catalogue record: its author stays its author.</summary>
    [Fact]
    public void An_ordinary_book_naming_the_publishing_house_is_no_catalogue_record()
    {
        var book = RulesOnly.Publication("ი. ჯავახიშვილი, ქართველი ერის ისტორია, თბილისი, გამომცემლობა მეცნიერება, 1975 წ., გვ. 12.");
        RulesOnly.Families(book.Authors).ShouldBe("ჯავახიშვილი");
        book.Title!.Value.ShouldStartWith("ქართველი ერის ისტორია");
        book.Year!.Value.ShouldBe("1975");
    }
}
