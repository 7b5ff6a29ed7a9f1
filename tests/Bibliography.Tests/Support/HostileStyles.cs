namespace Bibliography.Tests.Support;

/// <summary>CSL styles that attack citeproc-js (on either host): infinite recursion, exponential growth, depth.</summary>
public static class HostileStyles
{
    /// <summary>A note style with the given macros and citation layout.</summary>
    public static string Style(string macros, string layout) => $"""
        <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="en-US">
          <info><title>Hostile</title><id>hostile</id><updated>2024-01-01T00:00:00+00:00</updated></info>
          {macros}
          <citation><layout suffix=".">{layout}</layout></citation>
        </style>
        """;

    /// <summary>A style that prints the title (and locator): the control beside the hostile ones.</summary>
    public static readonly string Plain = Style("", """<text variable="title" text-case="title"/><text variable="locator" prefix=", "/>""");

    /// <summary>A macro that calls itself (citeproc-js refuses it as an infinite loop).</summary>
    public static readonly string SelfCalling = Style("""<macro name="loop"><text variable="title"/><text macro="loop"/></macro>""", """<text macro="loop"/>""");

    /// <summary>
    /// Each macro calls the next one twice, so the style expands to 2^<paramref name="levels"/> copies of
    /// <paramref name="leaf"/> (the title when null): citeproc-js inlines macros, and the ever-growing expansion runs
    /// until time or memory ends it.
    /// </summary>
    public static string Doubling(int levels = 40, string? leaf = null) => Style(
        string.Concat(Enumerable.Range(0, levels).Select(i => $"""<macro name="m{i}"><text macro="m{i + 1}"/><text macro="m{i + 1}"/></macro>"""))
        + $"""<macro name="m{levels}">{leaf ?? """<text variable="title"/>"""}</macro>""",
        """<text macro="m0"/>""");

    /// <summary>
    /// Doubling to 2^16 leaves, each a new 5,000-character string (upper-cased): the output, and so the memory,
    /// grows fast enough that only the memory limit stops it within a test's time.
    /// </summary>
    public static string Growing() => Doubling(16, $"""<text value="{new string('q', 5000)}" text-case="uppercase"/>""");

    /// <summary>Groups nested <paramref name="depth"/> deep around the title: merely deep, no loop.</summary>
    public static string Nested(int depth) =>
        Style("", string.Concat(Enumerable.Repeat("<group>", depth)) + """<text variable="title"/>""" + string.Concat(Enumerable.Repeat("</group>", depth)));

    /// <summary>A chain of <paramref name="depth"/> macros, each calling the next inside a group: citeproc-js recurses once per link.</summary>
    public static string MacroChain(int depth) => Style(
        string.Concat(Enumerable.Range(0, depth).Select(i => $"""<macro name="m{i}"><group><text macro="m{i + 1}"/></group></macro>"""))
        + $"""<macro name="m{depth}"><text variable="title"/></macro>""",
        """<text macro="m0"/>""");
}
