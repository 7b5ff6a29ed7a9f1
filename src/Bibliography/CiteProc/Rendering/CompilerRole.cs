using System.Xml;
using System.Xml.Linq;

namespace Bibliography.CiteProc.Rendering;

/// <summary>
/// Teaches a style that predates CSL 1.0.2's <c>compiler</c> role to print compilers: wherever it prints editors, it
/// prints compilers too, each with the locale's own label (<c>comp.</c>, <c>сост.</c>, <c>tərt.</c>), and a person who
/// compiled and translated is named once with both roles (<c>Q.Q. Mamuliya, comp. &amp; trans.</c>).
/// </summary>
/// <remarks>
/// <para>Document collections (<c>сборник документов / сост. …</c>) are the historian's daily bread, and most official
/// styles name only authors, editors and translators, so their compilers vanished from every note (or, filed as
/// translators, were printed as "trans."). Adding the variable next to <c>editor</c> keeps the style's own
/// placement, punctuation and substitution (a compiler stands in for a missing author as an editor does), and the
/// style's conditions on editors count compilers too. A style that already names <c>compiler</c> anywhere keeps its
/// own layout and gains the role terms only.</para>
/// <para>One person in two roles is named once through citeproc-js's own mechanism for editors who translated: a
/// <c>names</c> element of two variables whose people match prints them once with the term named by the variables
/// sorted and joined (<c>compilertranslator</c>, from <c>RoleTerms.xml</c>). Where the person stands in for the author
/// through one element (Chicago and Turabian notes; MLA, Chicago author-date, Turabian and MHRA entries), the adapter
/// puts such an element, with citeproc-js's <c>require-match</c>, first in the substitution; where a style prints
/// compilers and translators in separate places (MHRA notes, the Chicago bibliography, APA, whose substitute is a macro
/// with a <c>choose</c>), the person is named for each role, as those styles name an editor who translated.</para>
/// </remarks>
public static class CompilerRole
{
    private static readonly XNamespace Cs = Styles.StyleXml.CslNamespace;
    private static readonly XNamespace Xml = XNamespace.Xml;

    private static readonly Lazy<IReadOnlyList<XElement>> Terms = new(() =>
    {
        using var stream = typeof(CompilerRole).Assembly.GetManifestResourceStream("Bibliography.CiteProc.Rendering.RoleTerms.xml")
            ?? throw new CiteProcException(CiteProcErrorKind.Host, "embedded resource RoleTerms.xml is missing");
        return XDocument.Load(stream).Root!.Elements(Cs + "locale").ToList();
    });

    // Where the style writes the role into the names' affixes ("/ под ред. "): compilers get a names element of their own.
    private static bool SpellsItsRole(XElement names) =>
        new[] { "prefix", "suffix" }.Any(a => ((string?)names.Attribute(a) ?? "").Any(char.IsLetter));

    /// <summary>The style with <c>compiler</c> beside <c>editor</c> wherever it prints or tests editors, and the role terms; unchanged when it cannot be read.</summary>
    public static string Adapt(string styleXml) =>
        Styles.StyleXml.ParseTree(styleXml) is { } document ? Styles.StyleXml.WriteTree(Adapt(document)) : styleXml;

    /// <summary>The same on a parsed style (<c>StyleXml.ParseTree</c>), in place; the tree is returned.</summary>
    public static XDocument Adapt(XDocument document)
    {
        if (document.Root?.Name != Cs + "style") return document;
        if (!Mentions(document, "compiler"))
        {
            foreach (var names in document.Descendants(Cs + "names").ToList())
            {
                var variables = Variables(names);
                var editor = variables.IndexOf("editor");
                if (editor < 0) continue;
                if (SpellsItsRole(names))
                {
                    names.AddAfterSelf(CompilersBeside(names));
                    continue;
                }
                variables.Insert(editor + 1, "compiler");
                names.SetAttributeValue("variable", string.Join(' ', variables));
            }
            foreach (var substitute in document.Descendants(Cs + "substitute").ToList()) NameCompilerTranslatorsOnce(substitute);
            foreach (var condition in document.Descendants().Where(e => e.Name == Cs + "if" || e.Name == Cs + "else-if")) CountCompilersAsEditors(condition);
        }
        return AddTerms(document);
    }

    /// <summary>The style with the role terms its locales lack (<c>RoleTerms.xml</c>) and nothing else changed; for styles that lay out compilers themselves.</summary>
    public static string AddTerms(string styleXml) =>
        Styles.StyleXml.ParseTree(styleXml) is { } document ? Styles.StyleXml.WriteTree(AddTerms(document)) : styleXml;

    /// <summary>The same on a parsed style, in place; the tree is returned.</summary>
    public static XDocument AddTerms(XDocument document)
    {
        if (document.Root is { } style && style.Name == Cs + "style") AddTerms(style);
        return document;
    }

    // A style that writes "compiler" anywhere (a variable, a term, a comment) lays compilers out itself.
    private static bool Mentions(XDocument document, string word) =>
        document.DescendantNodes().Any(n => n switch
        {
            XElement e => e.Name.LocalName.Contains(word, StringComparison.Ordinal)
                || e.Attributes().Any(a => a.Value.Contains(word, StringComparison.Ordinal) || a.Name.LocalName.Contains(word, StringComparison.Ordinal)),
            XText t => t.Value.Contains(word, StringComparison.Ordinal),
            XComment c => c.Value.Contains(word, StringComparison.Ordinal),
            XProcessingInstruction i => i.Data.Contains(word, StringComparison.Ordinal),
            _ => false,
        });

    // A names element that spells its role in its affixes ("/ под ред. X.") gets a sibling for compilers that keeps
    // its punctuation and puts the locale's label where the role word stood: "/ сост. X.".
    private static XElement CompilersBeside(XElement names)
    {
        var prefix = (string?)names.Attribute("prefix") ?? "";
        var suffix = (string?)names.Attribute("suffix") ?? "";
        var roleBefore = prefix.Any(char.IsLetter);
        var label = roleBefore
            ? new XElement(Cs + "label", new XAttribute("form", "verb-short"), new XAttribute("suffix", " "))
            : new XElement(Cs + "label", new XAttribute("form", "short"), new XAttribute("prefix", " ("), new XAttribute("suffix", ")"));
        var compilers = new XElement(Cs + "names", new XAttribute("variable", "compiler"),
            names.Attributes().Where(a => a.Name.LocalName is not ("variable" or "prefix" or "suffix")).Select(a => new XAttribute(a)));
        var keptPrefix = new string(prefix.TakeWhile(c => !char.IsLetter(c)).ToArray());
        var keptSuffix = suffix.Any(char.IsLetter) ? "" : suffix;
        if (keptPrefix.Length > 0) compilers.SetAttributeValue("prefix", keptPrefix);
        if (keptSuffix.Length > 0) compilers.SetAttributeValue("suffix", keptSuffix);
        var name = names.Elements(Cs + "name").Select(n => new XElement(n)).ToList();
        if (roleBefore) compilers.Add(label, name);
        else compilers.Add(name, label);
        return compilers;
    }

    // First in a substitution that names compilers and translators: the two matched ("Mamuliya, comp. & trans."); when
    // they are different people, citeproc-js moves on to the style's own substitutes. Only a bare names substitute,
    // under a labelled names element, can join the roles: without a label citeproc-js runs the two names together
    // ("MamuliyaMamuliya"), and a matching element with a name or label of its own (as a substitute macro would need)
    // makes citeproc-js 2.4.63 drop the author of every other item (measured on Chicago's bibliography).
    private static void NameCompilerTranslatorsOnce(XElement substitute)
    {
        if (substitute.Parent?.Element(Cs + "label") is null) return;
        var names = substitute.Elements(Cs + "names").ToList();
        if (!names.Any(n => Variables(n).Contains("translator"))) return;
        if (names.FirstOrDefault(n => Variables(n).Contains("compiler")) is not { } first || first.HasElements) return;
        first.AddBeforeSelf(new XElement(Cs + "names", new XAttribute("variable", "compiler translator"), new XAttribute("require-match", "true")));
    }

    // "If there is an editor" means "if someone stands for the author": a compiler does. Only tests whose meaning the
    // added variable cannot turn round are widened (any, none, or a lone variable test).
    private static void CountCompilersAsEditors(XElement condition)
    {
        if (condition.Attribute("variable") is not { } attribute) return;
        var variables = attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!variables.Contains("editor") || variables.Contains("compiler")) return;
        var match = (string?)condition.Attribute("match") ?? "all";
        if (match == "all")
        {
            if (variables.Count > 1 || condition.Attributes().Any(a => a.Name.LocalName is not ("variable" or "match"))) return;
            condition.SetAttributeValue("match", "any");
        }
        variables.Insert(variables.IndexOf("editor") + 1, "compiler");
        attribute.Value = string.Join(' ', variables);
    }

    // Each term goes into the style's locale of its language (citeproc-js reads one locale element per language), unless
    // the style spells that term and form itself.
    private static void AddTerms(XElement style)
    {
        foreach (var source in Terms.Value)
        {
            var language = (string)source.Attribute(Xml + "lang")!;
            var locale = style.Elements(Cs + "locale").FirstOrDefault(l => (string?)l.Attribute(Xml + "lang") == language);
            if (locale is null)
            {
                locale = new XElement(Cs + "locale", new XAttribute(Xml + "lang", language));
                var before = style.Elements().FirstOrDefault(e => e.Name == Cs + "macro" || e.Name == Cs + "citation" || e.Name == Cs + "bibliography");
                if (style.Elements(Cs + "locale").LastOrDefault() is { } last) last.AddAfterSelf(locale);
                else if (before is not null) before.AddBeforeSelf(locale);
                else style.Add(locale);
            }
            var terms = locale.Element(Cs + "terms");
            if (terms is null)
            {
                terms = new XElement(Cs + "terms");
                if (locale.Element(Cs + "date") is { } date) date.AddBeforeSelf(terms);
                else locale.Add(terms);
            }
            var spelt = terms.Elements(Cs + "term").Select(Key).ToHashSet();
            foreach (var term in source.Descendants(Cs + "term").Where(t => !spelt.Contains(Key(t))))
                terms.Add(new XElement(term));
        }
    }

    private static (string?, string) Key(XElement term) => ((string?)term.Attribute("name"), (string?)term.Attribute("form") ?? "long");

    private static List<string> Variables(XElement names) =>
        ((string?)names.Attribute("variable") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
}
