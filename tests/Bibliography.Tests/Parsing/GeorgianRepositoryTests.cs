namespace Bibliography.Tests.Parsing;

/// <summary>
/// Georgian sources kept in a repository named in words (issue #18): the repository, a fond named in words or by
/// number, a word for what is kept, <c>№</c> and the file, a page or folio; a fond named in words after a manuscript's
/// shelf mark; the size of a multi-volume set after its title; a document's place in an edition, its parts joined by dashes; a literature list that prints no initials, with
/// a periodical's siglum and a Roman volume after the title. Every example is invented (names, repositories and
/// numbers other than the real notes'), read by the rules alone.
/// </summary>
public class GeorgianRepositoryTests
{
    [Theory]
    [InlineData("ს. ჯანაშიას სახ. საქართველოს სახელმწიფო მუზეუმი, ა. წერეთლის პირადი საარქივო ფონდი, ავტოგრაფი № 512, გვ. 4.",
        "archive=ს. ჯანაშიას სახ. საქართველოს სახელმწიფო მუზეუმი | fond=ა. წერეთლის პირადი საარქივო ფონდი | delo=512 | locator=4")]
    [InlineData("ქუთაისის სახელმწიფო ისტორიული მუზეუმი, ასლი, № 3 118", "archive=ქუთაისის სახელმწიფო ისტორიული მუზეუმი | delo=3 118")]
    [InlineData("საქართველოს ცენტრალური საისტორიო არქივი, ფ. 416, № 88, გვ. 12.", "archive=საქართველოს ცენტრალური საისტორიო არქივი | fond=416 | delo=88 | locator=12")]
    [InlineData("ხელნაწერთა ინსტიტუტი № 940 გვ. 7-9; ლიტერატურის მუზეუმი, დ. ყიფიანის არქ. № 33, ფ. 2, 5.",
        "archive=ხელნაწერთა ინსტიტუტი | delo=940 | locator=7-9 || archive=ლიტერატურის მუზეუმი | fond=დ. ყიფიანის არქ. | delo=33 | locator=2, 5")]
    [InlineData("ეროვნული ბიბლიოთეკა, გ. წერეთლის პირადი არქივი, № 12-740.", "archive=ეროვნული ბიბლიოთეკა | fond=გ. წერეთლის პირადი არქივი | delo=12-740")]
    public void A_file_in_a_repository_named_in_words(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("ეროვნული ბიბლიოთეკა, გ. წერეთლის პირადი არქივი, № 12-740. ა. წერეთელი, თხზულებანი ხუთ ტომად, ტ. 3, თბ., 1989, გვ. 45.",
        "archive=ეროვნული ბიბლიოთეკა | fond=გ. წერეთლის პირადი არქივი | delo=12-740 || authors=წერეთელი | title=თხზულებანი | volume=3 | place=თბ. | year=1989 | locator=45")]
    [InlineData("ლიტერატურის მუზეუმი, ავტოგრაფი № 41. ვ. ბარნოვი, თხზულებანი 10 ტომად, ტ. 2, 1961, გვ. 8.",
        "archive=ლიტერატურის მუზეუმი | delo=41 || authors=ბარნოვი | title=თხზულებანი | volume=2 | year=1961 | locator=8")]
    public void A_citation_after_the_files_full_stop_is_read_too(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("დედანი: Hd-1120, ბოდბის მონასტრის საბუთები № 14.", "delo=Hd-1120 || fond=ბოდბის მონასტრის საბუთები | delo=14")]
    [InlineData("დედანი: Sd-77, გელათის მონასტრის საბუთები № 3.", "delo=Sd-77 || fond=გელათის მონასტრის საბუთები | delo=3")]
    public void A_fond_named_in_words_after_a_manuscripts_shelf_mark(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("ა. წერეთელი, თხზულებანი ხუთ ტომად, ტ. 3, თბ., 1989, გვ. 45.", "authors=წერეთელი | title=თხზულებანი | volume=3 | place=თბ. | year=1989 | locator=45")]
    [InlineData("ვ. ბარნოვი, თხზულებანი 10 ტომად, ტ. 2, 1961, გვ. 8.", "authors=ბარნოვი | title=თხზულებანი | volume=2 | year=1961 | locator=8")]
    [InlineData("ნ. ბარათაშვილი, ნაწერები ორ წიგნად, წ. 1, თბილისი, 1968.", "authors=ბარათაშვილი | title=ნაწერები | place=თბილისი | year=1968")]
    public void The_size_of_a_multi_volume_set_stays_out_of_the_title(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("საბუთის ტექსტი: 1984 - ქართული ისტორიული საბუთები - ტომი II - N 17", "year=1984 | title=ქართული ისტორიული საბუთები | volume=II | locator=17")]
    [InlineData("საქართველოს სიძველენი - ტომი I (დამატება) - N 9", "title=საქართველოს სიძველენი | volume=I | locator=9")]
    [InlineData("1959 - ქართული სამართლის ძეგლები - ტომი IV - № 210", "year=1959 | title=ქართული სამართლის ძეგლები | volume=IV | locator=210")]
    [InlineData("დედანი: Hd-301საბუთის ტექსტი: მატიანე - ტომი V - N 3", "delo=Hd-301 || title=მატიანე | volume=V | locator=3")]
    public void A_documents_place_in_an_edition_by_dashes(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("ლორთქიფანიძე ო., კოლხეთის ცივილიზაცია, სმამ, IX, თბილისი, 1968.", "authors=ლორთქიფანიძე | title=კოლხეთის ცივილიზაცია | container=სმამ | volume=IX | place=თბილისი | year=1968")]
    [InlineData("გობეჯიშვილი ., ბედენის კულტურის ძეგლები, მსკა, XIV-XVA, თბილისი, 1971.", "authors=გობეჯიშვილი | title=ბედენის კულტურის ძეგლები | container=მსკა | volume=XIV-XVA | place=თბილისი | year=1971")]
    [InlineData("ჯაფარიძე ., ქართველი ტომების ისტორიისათვის, საქართველოს არქეოლოგიის საკითხები, II, თბილისი, 1976.", "authors=ჯაფარიძე | title=ქართველი ტომების ისტორიისათვის | container=საქართველოს არქეოლოგიის საკითხები | volume=II | place=თბილისი | year=1976")]
    public void A_literature_list_with_sigla_and_Roman_volumes(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("ქართული საბჭოთა ენციკლოპედია: ტ.5.–თბ., 1980.–გვ.112", "title=ქართული საბჭოთა ენციკლოპედია | volume=5 | place=თბ. | year=1980 | locator=112")]
    [InlineData("საქართველოს ისტორიის ნარკვევები: ტ. II.-თბ.,1973.-გვ.56", "title=საქართველოს ისტორიის ნარკვევები | volume=II | place=თბ. | year=1973 | locator=56")]
    public void A_volume_after_the_titles_colon_in_a_catalogues_title_area(string note, string expected) => RulesOnly.Check(note, expected);

    // The catalogue's title area and the edition's dashed line read a Roman volume alike, C among its letters (the
    // dashed line's reader once stopped at L).
    [Theory]
    [InlineData("ქართული საბჭოთა ენციკლოპედია: ტ.XC.–თბ., 1980.–გვ.112", "title=ქართული საბჭოთა ენციკლოპედია | volume=XC | place=თბ. | year=1980 | locator=112")]
    [InlineData("1959 - ქართული სამართლის ძეგლები - ტომი XC - № 210", "year=1959 | title=ქართული სამართლის ძეგლები | volume=XC | locator=210")]
    [InlineData("1959 - ქართული სამართლის ძეგლები - ტომი CII (დამატება) - № 210", "year=1959 | title=ქართული სამართლის ძეგლები | volume=CII | locator=210")]
    public void A_volume_reads_alike_in_a_title_area_and_an_editions_line(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("გაზ. “კავკასია“, 1890, № 12, გვ. 2; ა. წერეთელი, თხზულებანი, ტ. 3, 1989, გვ. 45.",
        "container=კავკასია | year=1890 | issue=12 | locator=2 || authors=წერეთელი | title=თხზულებანი | volume=3 | year=1989 | locator=45")]
    [InlineData("ჟურნ. “მოამბე“, 1899, № 4; გაზ. „ივერია“, 1900, № 7.", "container=მოამბე | year=1899 | issue=4 || container=ივერია | year=1900 | issue=7")]
    public void A_name_quoted_with_two_opening_quotes_closes_before_the_semicolon(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("ვეფხისტყაოსანი, ძველი ქართული პოეზიის ძეგლები, ა. შანიძის რედაქციით, თბილისი, 1966.",
        "title=ვეფხისტყაოსანი | container=ძველი ქართული პოეზიის ძეგლები | editors=შანიძის | place=თბილისი | year=1966")]
    [InlineData("მარტვილობაჲ შუშანიკისი, ჰაგიოგრაფიული კრებული, ი. აბულაძის გამოცემა, თბ., 1938.",
        "title=მარტვილობაჲ შუშანიკისი | container=ჰაგიოგრაფიული კრებული | editors=აბულაძის | place=თბ. | year=1938")]
    [InlineData("ქართული ხალხური პოეზია, ტ. 2, მ. ჩიქოვანის რედაქციით, თბ., 1974, გვ. 9.",
        "title=ქართული ხალხური პოეზია | volume=2 | editors=ჩიქოვანის | place=თბ. | year=1974 | locator=9")]
    public void A_text_in_the_collection_its_editors_statement_follows(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("გაზ. „ივერია“, 1887, № 1, გვ. 1.", "container=ივერია | year=1887 | issue=1 | locator=1")]
    [InlineData("ჟურნ. „ცისკარი“, 1961, № 3, გვ. 95.", "container=ცისკარი | year=1961 | issue=3 | locator=95")]
    [InlineData("სცსა, ფ. 1, ან. 2, საქ. 3, ფ. 4.", "archive=სცსა | fond=1 | opis=2 | delo=3 | locator=4")]
    public void Periodicals_and_shelf_marks_with_a_number_sign_are_not_repositories(string note, string expected) => RulesOnly.Check(note, expected);
}
