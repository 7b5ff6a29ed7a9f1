namespace Bibliography.Training.Synthesis;

/// <summary>The language and script a synthetic item is written in.</summary>
public enum Script
{
    /// <summary>Russian in Cyrillic.</summary>
    Russian,
    /// <summary>Azerbaijani in Latin letters (ə ğ ı ö ü ş ç).</summary>
    Azerbaijani,
    /// <summary>Georgian in Mkhedruli.</summary>
    Georgian,
    /// <summary>Russian and Georgian names and titles transliterated into Latin letters (Library of Congress style).</summary>
    Transliterated,
    /// <summary>English.</summary>
    English,
}

/// <summary>The word lists one script draws from: names, title parts, places, publishers, periodicals, archives.</summary>
/// <param name="Families">Family names.</param>
/// <param name="Givens">Given names (or given name plus patronymic, or initials as a writer prints them).</param>
/// <param name="Topics">Title heads.</param>
/// <param name="Subtitles">Title tails, joined to a head after a colon.</param>
/// <param name="Places">Places of publication.</param>
/// <param name="Publishers">Publishers.</param>
/// <param name="Journals">Journals.</param>
/// <param name="Newspapers">Newspapers.</param>
/// <param name="Collections">Titles of edited volumes and document collections (container titles of chapters).</param>
/// <param name="Gazettes">Legal gazettes (container of a law, cited with a year, number and article).</param>
/// <param name="Laws">Titles of decrees and laws.</param>
/// <param name="FileTitles">Titles of archival files.</param>
/// <param name="Archives">Archives: full name and abbreviation (either may be empty).</param>
public sealed record Lexicon(
    string[] Families,
    string[] Givens,
    string[] Topics,
    string[] Subtitles,
    string[] Places,
    string[] Publishers,
    string[] Journals,
    string[] Newspapers,
    string[] Collections,
    string[] Gazettes,
    string[] Laws,
    string[] FileTitles,
    (string Name, string Abbreviation)[] Archives);

/// <summary>The built-in vocabularies, one per script; small on purpose (variety comes from combining them).</summary>
public static class Vocabulary
{
    /// <summary>The lexicon of a script.</summary>
    public static Lexicon For(Script script) => script switch
    {
        Script.Russian => Russian,
        Script.Azerbaijani => Azerbaijani,
        Script.Georgian => Georgian,
        Script.Transliterated => Transliterated,
        _ => English,
    };

    /// <summary>Publishers' series a book may appear in (collection-title), per script.</summary>
    public static string[] Series(Script script) => script switch
    {
        Script.Russian => Split("Труды Института истории|Россия. XX век. Документы|Библиотека всемирной истории|История сталинизма|Кавказский сборник"),
        Script.Azerbaijani => Split("Azərbaycan tarixi seriyası|Arxiv sənədləri|Milli irs"),
        Script.Georgian => Split("საქართველოს ისტორიის წყაროები|ქართული ემიგრაციის ბიბლიოთეკა"),
        Script.Transliterated => Split("Trudy Instituta istorii|Rossiia. XX vek. Dokumenty|Istoriia stalinizma"),
        _ => Split("Studies of the Harriman Institute|Cambridge Russian, Soviet and Post-Soviet Studies|Hoover Institution Press Publication|Central Asian Studies"),
    };

    private static string[] Split(string list) => list.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static readonly Lexicon Russian = new(
        Split("Иванов|Петров|Смирнов|Кузнецов|Соколов|Попов|Лебедев|Козлов|Новиков|Морозов|Волков|Алексеев|Захаров|Степанов|Баберовски|Мамедов|Гасанов|Джавахишвили|Церетели|Ахмедов|Шнирельман|Исмаилов|Вышинский|Орджоникидзе|Микоян|Бакрадзе|Касумова|Яковлева|Зубкова|Хлевнюк|Осокина|Сахаров"),
        Split("Иван Иванович|Пётр Алексеевич|Анна Сергеевна|Юрий|Жорес|Олег Витальевич|Елена|Михаил Николаевич|Алексей|Наталья Петровна|Григорий|Александр Борисович|Ю. А.|А. Б.|Е. Ю.|Сергей Владимирович|Виктор|Татьяна"),
        Split("История Закавказья|Советская национальная политика на Кавказе|Бакинская нефть и революция|Коллективизация в Азербайджане|Очерки истории Грузии|Партийное строительство в Закавказье|Голод в деревне|Аграрный вопрос в России|Кавказский фронт|Закавказская федерация|Нефтяная промышленность Баку|Политические репрессии|Национальный вопрос и культура|Земельная реформа"),
        Split("1917–1922 гг.|документы и материалы|исследование|сборник статей|очерки|материалы к истории|хроника событий|опыт историографии|1920–1936|проблемы и перспективы"),
        Split("Москва|М.|Ленинград|Л.|Баку|Тбилиси|Тифлис|Санкт-Петербург|СПб.|Ростов-на-Дону|Харьков|Пятигорск"),
        Split("Наука|Политиздат|РОССПЭН|Азернешр|Мецниереба|Госиздат|Новое литературное обозрение|Изд-во АН СССР|Элм|Сабчота Сакартвело|Высшая школа|Мысль|Изд-во МГУ|Партиздат"),
        Split("Вопросы истории|Отечественная история|История СССР|Исторический архив|Кавказский сборник|Российская история|Новый исторический вестник|Известия АН Азербайджанской ССР|Родина|Звезда Востока|Вестник архивиста"),
        Split("Правда|Известия|Коммунист|Бакинский рабочий|Заря Востока|Труд|Красная звезда|Зиря|Новый Восток|Кавказское слово"),
        Split("Советская деревня глазами ВЧК–ОГПУ–НКВД|Трагедия советской деревни|Лубянка. Сталин и ВЧК|Политбюро ЦК РКП(б)–ВКП(б)|Азербайджанская Демократическая Республика|Россия и Кавказ|Документы внешней политики СССР|Исторические записки"),
        Split("СУ РСФСР|СЗ СССР|Собрание узаконений и распоряжений|Ведомости Верховного Совета СССР|Собрание законодательства РФ|Бюллетень ЦИК ЗСФСР"),
        Split("О национализации нефтяной промышленности|Об отмене частной собственности на землю|О земле|О введении продовольственного налога|О мерах по укреплению социалистического сельского хозяйства|Об образовании Закавказской федерации|О паспортной системе"),
        Split("Протокол заседания бюро ЦК АКП(б)|Переписка с наркоматом земледелия|Докладная записка о положении в уездах|Сводки ОГПУ|Личное дело|Стенограмма пленума|Материалы о выселении кулаков|Шифротелеграммы|Отчёт о работе"),
        [("Российский государственный архив социально-политической истории", "РГАСПИ"), ("Государственный архив Российской Федерации", "ГАРФ"),
         ("Российский государственный исторический архив", "РГИА"), ("Российский государственный военный архив", "РГВА"),
         ("Российский государственный архив экономики", "РГАЭ"), ("Центральный государственный архив Азербайджанской Республики", "ЦГА АР"),
         ("Архив политических документов Управления делами Президента Азербайджанской Республики", "АПДУДПАР"),
         ("Российский центр хранения и изучения документов новейшей истории", "РЦХИДНИ"), ("Центральный государственный исторический архив Грузии", "ЦГИА Грузии"),
         ("Архив внешней политики Российской империи", "АВПРИ"), ("Российский государственный военно-исторический архив", "РГВИА"), ("", "ЦА ФСБ")]);

    private static readonly Lexicon Azerbaijani = new(
        Split("Məmmədov|Həsənov|Əliyev|Quliyev|İsmayılov|Hüseynov|Rzayev|Nəsibzadə|Əhmədov|Bağırova|Qasımov|Süleymanlı|Şükürov|Vəliyev|Cəfərov|Əlizadə|Babayev|Mustafayev|Qurbanov|Çələbiyev"),
        Split("Nəsiman|Cəmil|Aydın|Şövkət|Ramiz|Tofiq|Gülnarə|İlqar|Ağasi|Ülvi|Ədalət|Nigar|Çingiz|Səadət|Rəşid|Elçin|Firudin"),
        Split("Azərbaycan Xalq Cümhuriyyəti|Şimali Azərbaycanın tarixi|Bakı neft sənayesi|Sovet hakimiyyəti illərində Azərbaycan kəndi|Qafqaz siyasəti|Azərbaycanda kollektivləşmə|Repressiya qurbanları|Milli mətbuat tarixi|Azərbaycan mühacirəti|Qarabağ tarixindən|Sovet dövrü mədəniyyət siyasəti"),
        Split("1918–1920|sənədlər və materiallar|tədqiqat|məqalələr toplusu|tarixi oçerk|1920–1940-cı illər|arxiv sənədləri əsasında"),
        Split("Bakı|B.|Gəncə|Şuşa|Naxçıvan|Sumqayıt"),
        Split("Elm|Azərnəşr|Çaşıoğlu|Təhsil|Nurlan|Elm və təhsil|Bakı Universiteti nəşriyyatı|Şərq-Qərb|Maarif|Qanun"),
        Split("Azərbaycan arxivi|Tarix və onun problemləri|Elmi əsərlər|AMEA-nın Xəbərləri|Tarix, insan və cəmiyyət|Azərbaycan tarixi|Dirçəliş–XXI əsr"),
        Split("Şərq|Xalq qəzeti|Kommunist|Azərbaycan|Açıq söz|İstiqlal|Yeni Müsavat|Ədəbiyyat qəzeti|Bakinets"),
        Split("Azərbaycan Xalq Cümhuriyyəti ensiklopediyası|Azərbaycan tarixi sənədlərdə|Repressiya olunmuş ziyalılar|Sovet Azərbaycanı: sənədlər toplusu|Azərbaycan mühacirət mətbuatı"),
        Split("Azərbaycan Respublikasının Qanunvericilik Toplusu|Azərbaycan SSR Ali Sovetinin Məlumatı|Azərbaycan Respublikası Milli Məclisinin Məlumatı"),
        Split("Torpaq islahatı haqqında|Dövlət dili haqqında|Arxiv fondu haqqında|Mətbuat haqqında|Mülkiyyət haqqında"),
        Split("Azərbaycan K(b)P MK bürosunun iclas protokolu|Xalq Torpaq Komissarlığının yazışmaları|Qəza komitələrinin hesabatları|Şəxsi iş|Qaçqınlar haqqında məlumat|Məktublar"),
        [("Azərbaycan Respublikası Dövlət Arxivi", "ARDA"), ("Azərbaycan Respublikası Prezidentinin İşlər İdarəsinin Siyasi Sənədlər Arxivi", "ARPİİSSA"),
         ("Azərbaycan Respublikası Dövlət Tarix Arxivi", "ARDTA"), ("Azərbaycan Respublikası Milli Təhlükəsizlik Nazirliyinin Arxivi", "ARMTNA"),
         ("Rusiya Dövlət Hərbi Arxivi", "RDHA"), ("Azərbaycan Respublikası Ədəbiyyat və İncəsənət Dövlət Arxivi", "ARƏİDA"), ("", "ARDNİA")]);

    private static readonly Lexicon Georgian = new(
        Split("ჯავახიშვილი|ბერძენიშვილი|წერეთელი|ჟორდანია|ნოზაძე|გამსახურდია|კვარაცხელია|მამულია|ლორთქიფანიძე|ჩხეიძე|ანთელავა|სურგულაძე|ბაქრაძე|ხვადაგიანი"),
        Split("ივანე|ნიკო|ილია|გიორგი|ნოე|ზურაბ|ქეთევან|დავით|ნინო|ლევან|თამარ|ოთარ"),
        Split("საქართველოს ისტორია|ქართული ემიგრაცია|საქართველოს დემოკრატიული რესპუბლიკა|საბჭოთა ოკუპაცია|ამიერკავკასიის ფედერაცია|1924 წლის აჯანყება|ქართული პრესის ისტორია|კოლექტივიზაცია საქართველოში"),
        Split("დოკუმენტები და მასალები|გამოკვლევა|სტატიების კრებული|1918–1921|ნარკვევები"),
        Split("თბილისი|თბ.|ქუთაისი|ბათუმი|პარიზი"),
        Split("მეცნიერება|საბჭოთა საქართველო|განათლება|არტანუჯი|თბილისის უნივერსიტეტის გამომცემლობა|ინტელექტი"),
        Split("მაცნე|საქართველოს არქივი|ისტორიანი|ანალები|ქართული წყაროთმცოდნეობა"),
        Split("კომუნისტი|ერთობა|საქართველოს რესპუბლიკა|ახალი საქართველო|ზარია ვოსტოკა"),
        Split("საქართველოს დამოუკიდებლობის აქტი|საბჭოთა საქართველო: დოკუმენტები|ქართული საბჭოთა ენციკლოპედია"),
        Split("საქართველოს საკანონმდებლო მაცნე|საქართველოს სსრ უმაღლესი საბჭოს უწყებები"),
        Split("მიწის შესახებ|სახელმწიფო ენის შესახებ|არქივების შესახებ"),
        Split("ცენტრალური კომიტეტის სხდომის ოქმი|მიმოწერა|პირადი საქმე|მოხსენებითი ბარათი"),
        [("საქართველოს ეროვნული არქივი", "სეა"), ("საქართველოს შინაგან საქმეთა სამინისტროს არქივი", "სშსსა"), ("საქართველოს ცენტრალური საისტორიო არქივი", "სცსა"), ("", "სშსა")]);

    private static readonly Lexicon Transliterated = new(
        Split("Ivanov|Petrov|Smirnov|Kuznetsov|Zhukov|Iakovlev|Khlevniuk|Osokina|Zubkova|Baberowski|Mamedov|Dzhavakhishvili|Tsereteli|Zhordania|Berdzenishvili|Kvaratskhelia|Ordzhonikidze|Mikoian|Bakradze|Shnirel'man|Gasanov|Iusupov"),
        Split("Iu.|Zh.|A. B.|Ivan|Iurii|Oleg|Elena|Nikolai|Giorgi|Noe|Tamar|Mikhail|Aleksandr|Anastas|Sergo|Vakhtang|Natal'ia|Gleb"),
        Split("Istoriia Zakavkaz'ia|Sovetskaia natsional'naia politika|Bakinskaia neft' i revoliutsiia|Ocherki istorii Gruzii|Kollektivizatsiia v Azerbaidzhane|Zakavkazskaia federatsiia|Golod v derevne|Partiinoe stroitel'stvo|Sakartvelos istoria|Kavkazskii front|Natsional'nyi vopros"),
        Split("1917–1922 gg.|dokumenty i materialy|issledovanie|sbornik statei|ocherki|khronika sobytii"),
        Split("Moscow|Moskva|M.|Leningrad|Baku|Tbilisi|Tiflis|St. Petersburg|Rostov-on-Don"),
        Split("Nauka|Politizdat|ROSSPEN|Azerneshr|Metsniereba|Gosizdat|Novoe literaturnoe obozrenie|Izd-vo AN SSSR|Elm|Sabchota Sakartvelo|Mysl'"),
        Split("Voprosy istorii|Otechestvennaia istoriia|Istoriia SSSR|Istoricheskii arkhiv|Kavkazskii sbornik|Rossiiskaia istoriia|Rodina|Matsne"),
        Split("Pravda|Izvestiia|Kommunist|Bakinskii rabochii|Zaria Vostoka|Trud|Krasnaia zvezda|Komunisti"),
        Split("Sovetskaia derevnia glazami VChK–OGPU–NKVD|Tragediia sovetskoi derevni|Politbiuro TsK RKP(b)–VKP(b)|Rossiia i Kavkaz|Dokumenty vneshnei politiki SSSR"),
        Split("SU RSFSR|SZ SSSR|Sobranie uzakonenii i rasporiazhenii|Vedomosti Verkhovnogo Soveta SSSR"),
        Split("O natsionalizatsii neftianoi promyshlennosti|O zemle|O vvedenii prodovol'stvennogo naloga|Ob obrazovanii Zakavkazskoi federatsii"),
        Split("Protokol zasedaniia biuro TsK AKP(b)|Perepiska s narkomatom zemledeliia|Dokladnaia zapiska|Svodki OGPU|Lichnoe delo|Stenogramma plenuma"),
        [("Russian State Archive of Social and Political History", "RGASPI"), ("State Archive of the Russian Federation", "GARF"),
         ("Russian State Historical Archive", "RGIA"), ("Russian State Military Archive", "RGVA"), ("Russian State Archive of the Economy", "RGAE"),
         ("Archive of the Ministry of Internal Affairs of Georgia", "sšssa"), ("National Archives of Georgia", "NAG"), ("Central State Historical Archive of Georgia", "sstsa"),
         ("State Archive of the Azerbaijan Republic", "ARDA"), ("", "RTsKhIDNI"), ("Hoover Institution Archives", "HIA")]);

    private static readonly Lexicon English = new(
        Split("Smith|Suny|Martin|Kotkin|Fitzpatrick|Swietochowski|Altstadt|Jones|Baberowski|Slezkine|Hirsch|Rieber|Reynolds|Edgar|Blauvelt|Conquest|Davies|Viola|Harris|Goldman"),
        Split("Ronald Grigor|Terry|Stephen|Sheila|Tadeusz|Audrey L.|Stephen F.|Jörg|Yuri|Francine|Alfred J.|Michael A.|Adrienne Lynn|Timothy K.|Robert|Lynne|James|Wendy Z."),
        Split("The Making of the Georgian Nation|The Affirmative Action Empire|Magnetic Mountain|Everyday Stalinism|Russian Azerbaijan|The Azerbaijani Turks|Empire of Nations|Shattering Empires|Gender and Nation in the Soviet East|Oil and Empire|The Baku Commune|Peasant Rebels under Stalin"),
        Split("Nation and Nationalism in the Soviet Union|Stalinism as a Civilization|A Study in Soviet Policy|1905–1920|The Shaping of National Identity|Power and Ethnicity in the Caucasus|Ordinary Life in Extraordinary Times"),
        Split("Ithaca, NY|Ithaca|Princeton|Cambridge|Oxford|London|New York|Stanford|Bloomington|Berkeley|Pittsburgh|Basingstoke"),
        Split("Cornell University Press|Princeton University Press|Cambridge University Press|Oxford University Press|Routledge|Stanford University Press|Indiana University Press|University of California Press|Hoover Institution Press|Palgrave Macmillan"),
        Split("Slavic Review|Kritika: Explorations in Russian and Eurasian History|Europe-Asia Studies|Russian Review|Central Asian Survey|Nationalities Papers|Cahiers du monde russe|Journal of Modern History|Ab Imperio"),
        Split("New York Times|The Times|Manchester Guardian|Baku Times|Daily Telegraph|Washington Post"),
        Split("A State of Nations|Russia's Orient|The Cambridge History of Russia|Stalinism: New Directions|Empire and Nation in the Caucasus|The Soviet Union and the Caucasus"),
        Split("Statutes at Large|Official Gazette|London Gazette"),
        Split("Act on Archives|Decree on Land|Law on Nationalities"),
        Split("Correspondence with the Foreign Office|Minutes of the Central Committee|Report on the Situation in Baku|Personal File|Memorandum"),
        [("Hoover Institution Archives", "HIA"), ("National Archives, Kew", "TNA"), ("Bakhmeteff Archive", ""), ("British Library, India Office Records", "IOR"), ("Houghton Library", "")]);
}
