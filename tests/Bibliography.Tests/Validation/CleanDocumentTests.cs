using Bibliography.Validation;

namespace Bibliography.Tests.Validation;

/// <summary>No false alarms: well-formed documents in each convention give no warning or error.</summary>
public class CleanDocumentTests
{
    [Fact]
    public void Azerbaijani_document_is_clean()
    {
        var report = ValidationKit.Footnotes(
            "Azərbaycan Respublikası Dövlət Arxivi (ARDA), fond 27, siyahı 4, iş 25, vərəq 17.",
            "Yenə orada, vərəq 18 arxa.",
            "Əliyev R.M. Azərbaycan tarixi. Bakı, Elm, 2005, s. 45.",
            "ARDA, fond 27, siyahı 4, iş 26, vərəq 3 arxa – 4.",
            "Əliyev R.M. Göst. əsəri, s. 50.",
            "“Kommunist” qəzeti, 1920, 19 iyun.",
            "Həsənov Ə.M. Müsavat partiyasının tarixi // Azərbaycan tarixi məcmuəsi. Bakı, Elm, 2010, s. 112-118.");
        report.Diagnostics.ShouldBeEmpty(report.Dump());
        report.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Russian_GOST_document_is_clean()
    {
        var report = ValidationKit.Footnotes(
            "Государственный архив Российской Федерации (ГА РФ). Ф. 6144. Оп. 1. Д. 2. Л. 3.",
            "Там же. Л. 4 об.",
            "Иванов И.И. История Кавказа. М.: Наука, 1990. С. 25.",
            "ГА РФ. Ф. 6144. Оп. 1. Д. 5. Л. 7–8 об.",
            "Иванов И.И. Указ. соч. С. 30.",
            "Петров П.П. Революция на Кавказе // Сборник статей. М.: Изд-во МГУ, 2001. С. 33–35.");
        report.Diagnostics.ShouldBeEmpty(report.Dump());
        report.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Transliterated_document_is_clean()
    {
        var report = ValidationKit.Footnotes(
            "Rossiyskiy gosudarstvennyy voennyy arkhiv (RGVA), f. 7, op. 2, d. 484, l. 184 ob.–185.",
            "Ibid., l. 186.",
            "Ivanov I.I. Istoriya Kavkaza. M., Nauka, 1990, s. 25.",
            "RGVA, f. 7, op. 2, d. 485, l. 12.",
            "Smirnov A.A. Ocherki istorii // Sbornik statey. M., Izd-vo MGU, 2001, s. 33.",
            "Ivanov I.I. Op. cit., s. 30.");
        report.Diagnostics.ShouldBeEmpty(report.Dump());
        report.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Azerbaijani_and_GOST_archival_citations_in_one_paper_are_not_inconsistent()
    {
        var report = ValidationKit.Footnotes(
            "Azərbaycan Respublikası Dövlət Arxivi (ARDA), fond 27, siyahı 4, iş 25, vərəq 17.",
            "ARDA, fond 28, siyahı 1, iş 5, vərəq 2.",
            "Государственный архив Российской Федерации (ГА РФ). Ф. 6144. Оп. 1. Д. 2. Л. 3.",
            "ГА РФ. Ф. 6144. Оп. 1. Д. 7. Л. 9.");
        report.AtLeastWarnings().ShouldBeEmpty(report.Dump());
    }
}
