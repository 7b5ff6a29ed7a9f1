using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Bibliography.Conformance;

/// <summary>One CSL test-suite fixture (humans/*.txt), parsed the way citeproc-js's test runner parses it.</summary>
public sealed class CslFixture
{
    private static readonly string[] Sections =
        ["CSL", "DESCRIPTION", "INPUT", "MODE", "RESULT", "ABBREVIATIONS", "BIBENTRIES", "BIBSECTION", "CITATION-ITEMS", "CITATIONS", "INPUT2", "LANGPARAMS", "MULTIAFFIX", "OPTIONS", "KEYS"];
    private static readonly HashSet<string> JsonSections = ["INPUT", "ABBREVIATIONS", "BIBENTRIES", "BIBSECTION", "CITATION-ITEMS", "CITATIONS", "INPUT2", "LANGPARAMS", "MULTIAFFIX", "OPTIONS", "KEYS"];
    private static readonly Regex Open = new(@"^.*>>=+\s(" + string.Join("|", Sections.Select(Regex.Escape)) + @")\s.*=>>.*");
    private static readonly Regex Close = new(@"^.*<<=+\s(" + string.Join("|", Sections.Select(Regex.Escape)) + @")\s.*=<<.*");

    /// <summary>The fixture name (file name without .txt).</summary>
    public required string Name { get; init; }

    /// <summary>The fixture as the JSON object the driver's runFixture takes (NAME, MODE, CSL, INPUT, ...).</summary>
    public required JObject Test { get; init; }

    /// <summary>The expected RESULT text.</summary>
    public required string Expected { get; init; }

    /// <summary>Parses one fixture file; throws FormatException naming the file and line on a broken one.</summary>
    public static CslFixture Parse(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var sections = new Dictionary<string, List<string>>();
        string? section = null;
        string? state = null;
        var lineNo = 0;
        foreach (var line in File.ReadAllText(path).Split(["\r\n", "\n"], StringSplitOptions.None))
        {
            lineNo++;
            Match m;
            if ((m = Open.Match(line)).Success)
            {
                if (state is not null) throw new FormatException($"{path}:{lineNo}: section {m.Groups[1].Value} opened before {section} was closed");
                section = m.Groups[1].Value;
                state = "opening";
            }
            else if ((m = Close.Match(line)).Success)
            {
                if (section != m.Groups[1].Value) throw new FormatException($"{path}:{lineNo}: expected the end of {section}, found {m.Groups[1].Value}");
                state = "closing";
                if (section == "RESULT" && !sections.ContainsKey("RESULT")) sections["RESULT"] = [""];
            }
            else if (state == "opening")
            {
                sections[section!] = [];
                state = "reading";
            }
            else if (state == "closing")
            {
                state = null;
            }
            if (state == "reading") sections[section!].Add(line);
        }
        foreach (var required in new[] { "CSL", "INPUT", "MODE", "RESULT" })
            if (!sections.ContainsKey(required)) throw new FormatException($"{path}: missing required section {required}");

        var test = new JObject { ["NAME"] = name, ["PATH"] = path };
        foreach (var (key, lines) in sections)
        {
            var text = string.Join("\n", lines);
            if (JsonSections.Contains(key))
            {
                try { test[key] = JToken.Parse(text); }
                catch (Newtonsoft.Json.JsonReaderException e) { throw new FormatException($"{path}: section {key} is not valid JSON: {e.Message}", e); }
            }
            else
            {
                test[key] = text;
            }
        }
        return new CslFixture { Name = name, Test = test, Expected = test.Value<string>("RESULT")! };
    }
}
