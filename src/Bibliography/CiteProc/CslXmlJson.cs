using System.Globalization;
using System.Text;

namespace Bibliography.CiteProc;

/// <summary>
/// citeproc-js's own XML reader, <c>CSL.parseXml</c> (citeproc_commonjs.js 2.4.63), done in .NET: the same object
/// tree, written as the JSON text <c>JSON.stringify</c> gives for it. citeproc-js's <c>CSL.setupXml</c> takes a style or
/// locale string that does not start with <c>&lt;</c> as that JSON and reads it with <c>JSON.parse</c>, so an engine is
/// built from exactly the tree its reader would have made, without running the reader: on Jint that reader (string
/// splitting, and a regular expression built per attribute) is about a third of building an engine.
/// </summary>
/// <remarks>
/// A port, quirks included (line breaks become spaces, only five entities and numeric references are decoded, a
/// numeric reference past U+FFFF wraps as <c>String.fromCharCode</c> does, an attribute's value is its last
/// occurrence in the tag), because the point is the same tree, not a better reader. Where the reader would throw or
/// do something this port does not follow step for step, <see cref="TryConvert"/> declines and the caller passes the
/// XML, so citeproc-js reads it, and fails, as before. CslXmlJsonTests holds it to citeproc-js's reader on many styles
/// and locales, byte for byte.
/// </remarks>
public static class CslXmlJson
{
    /// <summary>The JSON form of <paramref name="xml"/> as <c>JSON.stringify(CSL.parseXml(xml))</c> writes it, or null where this port declines.</summary>
    public static string? TryConvert(string xml)
    {
        // JavaScript's '.' stops at these, which the reader's regular expressions rely on never meeting.
        if (xml.Contains('\u2028') || xml.Contains('\u2029')) return null;
        // CSL.setupXml trims the string (JavaScript's \s, byte-order mark included) before its reader sees it.
        var start = 0;
        while (start < xml.Length && IsJavaScriptSpace(xml[start])) start++;
        var pieces = Listify(xml[start..]);
        if (pieces is null) return null;
        var root = new Node(null);
        var stack = new List<List<object>> { root.Children };
        foreach (var piece in pieces)
            if (!Process(piece, stack)) return null;
        if (root.Children.Count == 0 || root.Children[0] is not Node top) return null;
        var json = new StringBuilder(xml.Length + xml.Length / 4);
        Write(top, json);
        return json.ToString();
    }

    /// <summary>The JSON form of <paramref name="xml"/> where <see cref="TryConvert"/> gives one, else the XML itself: what to hand citeproc-js either way.</summary>
    public static string ForCiteProc(string xml) => TryConvert(xml) ?? xml;

    // JavaScript's \s: its white space and line terminators (not .NET's char.IsWhiteSpace, which has U+0085 and lacks U+FEFF).
    private static bool IsJavaScriptSpace(char c) =>
        c is '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00a0' or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' or '\ufeff'
        || c is >= '\u2000' and <= '\u200a';

    private sealed class Node(string? name)
    {
        public string? Name { get; } = name;

        // Attribute names in first-seen order; citeproc's object keeps insertion order (no name here is an array index).
        public List<KeyValuePair<string, string>> Attributes { get; } = [];

        // Nodes and strings (an element's text).
        public List<object> Children { get; set; } = [];
    }

    // _listifyString: the XML as one line, cut at every "><", from the first piece that opens <style or <locale on.
    private static List<string>? Listify(string xml)
    {
        var text = ReplaceLineBreaks(xml);
        text = CollapseSpaceBetweenTags(text);
        text = RemoveComments(text);
        var list = new List<string>(text.Split("><"));
        int? stylePos = null;
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0) list[i] = "<" + list[i];
            if (i < list.Count - 1) list[i] += ">";
            if (stylePos is null && (list[i].StartsWith("<style ", StringComparison.Ordinal) || list[i].StartsWith("<locale ", StringComparison.Ordinal)))
                stylePos = i;
        }
        // Without such a piece citeproc reads the whole list, prologue included: not followed here.
        if (stylePos is null) return null;
        list.RemoveRange(0, stylePos.Value);
        // Empty terms, singles and multiples: the opening and closing tags become one piece, read as an empty text.
        for (var i = list.Count - 2; i > -1; i--)
        {
            var piece = list[i];
            if ((piece.Length > 1 && piece.IndexOf('<', 1) != -1) || piece.EndsWith("/>", StringComparison.Ordinal)) continue;
            var stub = piece.Length >= 5 ? piece[..5] : piece;
            var merge = stub == "<term"
                ? list[i + 1].StartsWith("</term", StringComparison.Ordinal)
                : (stub is "<sing" or "<mult") && list[i + 1].StartsWith('<');
            if (!merge) continue;
            list[i] = piece + list[i + 1];
            list.RemoveAt(i + 1);
        }
        return list;
    }

    // str.split(/(?:\r\n|\n|\r)/).join(" ")
    private static string ReplaceLineBreaks(string s) => s.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');

    // .replace(/>[\t ]+</g, "><")
    private static string CollapseSpaceBetweenTags(string s)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == '>')
            {
                var j = i + 1;
                while (j < s.Length && s[j] is ' ' or '\t') j++;
                if (j > i + 1 && j < s.Length && s[j] == '<')
                {
                    sb.Append("><");
                    i = j + 1;
                    continue;
                }
            }
            sb.Append(s[i]);
            i++;
        }
        return sb.ToString();
    }

    // .replace(/<\!--.*?-->/g, "")
    private static string RemoveComments(string s)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (string.CompareOrdinal(s, i, "<!--", 0, 4) == 0)
            {
                var end = s.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end >= 0)
                {
                    i = end + 3;
                    continue;
                }
            }
            sb.Append(s[i]);
            i++;
        }
        return sb.ToString();
    }

    // processElement; false where citeproc's reader would throw.
    private static bool Process(string elem, List<List<object>> stack)
    {
        if (elem.Length > 1 && elem.IndexOf('<', 1) != -1)
        {
            // An element with its text.
            var close = elem.IndexOf('>');
            var node = Cast(close < 0 ? "" : elem[..(close + 1)]);
            var text = TextOf(elem);
            if (node is null || text is null || stack.Count == 0) return false;
            node.Children = [text];
            stack[^1].Add(node);
        }
        else if (elem.EndsWith("/>", StringComparison.Ordinal))
        {
            var node = Cast(elem);
            if (node is null || stack.Count == 0) return false;
            if (TagName(elem) == "term") node.Children.Add("");
            stack[^1].Add(node);
        }
        else if (elem.StartsWith("</", StringComparison.Ordinal))
        {
            if (stack.Count == 0) return false;
            stack.RemoveAt(stack.Count - 1);
        }
        else
        {
            var node = Cast(elem);
            if (node is null || stack.Count == 0) return false;
            stack[^1].Add(node);
            stack.Add(node.Children);
        }
        return true;
    }

    // _castObjectFromOpeningTag: the name, and each attribute the tag's name=value pairs give, decoded.
    private static Node? Cast(string elem)
    {
        var node = new Node(TagName(elem));
        foreach (var name in AttributeNames(elem))
        {
            // The reader finds a value with a regular expression built from the name: only plain names are followed.
            if (!IsPlainName(name)) return null;
            if (AttributeValue(elem, name) is not { } value) return null;
            if (!node.Attributes.Exists(a => a.Key == name)) node.Attributes.Add(new(name, Decode(value)));
        }
        return node;
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_')) return false;
        foreach (var c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':')) return false;
        return true;
    }

    // _getTagName: /^<([^\t />]+)/
    private static string? TagName(string elem)
    {
        if (elem.Length < 2 || elem[0] != '<' || IsTagNameEnd(elem[1])) return null;
        var end = 1;
        while (end < elem.Length && !IsTagNameEnd(elem[end])) end++;
        return elem[1..end];

        static bool IsTagNameEnd(char c) => c is '\t' or ' ' or '/' or '>';
    }

    // _getAttributes: the names of /([^'"=\t ]+)=(?:"[^"]*"|'[^']*')/g's matches, scanned as the regular expression does.
    private static List<string> AttributeNames(string elem)
    {
        var names = new List<string>();
        var i = 0;
        while (i < elem.Length)
        {
            if (!InNameClass(elem[i]))
            {
                i++;
                continue;
            }
            var j = i;
            while (j < elem.Length && InNameClass(elem[j])) j++;
            // No shorter run from i, nor any run from inside this one, can end at an '=' either: they all end at j.
            if (j + 1 < elem.Length && elem[j] == '=' && elem[j + 1] is '"' or '\'')
            {
                var closing = elem.IndexOf(elem[j + 1], j + 2);
                if (closing >= 0)
                {
                    names.Add(elem[i..j]);
                    i = closing + 1;
                    continue;
                }
            }
            i = j + 1;
        }
        return names;

        static bool InNameClass(char c) => c is not ('\'' or '"' or '=' or '\t' or ' ');
    }

    // _getAttribute: /^.*[\t ]+NAME=("[^"]*"|'[^']*').*$/, whose greedy '.*' takes the last occurrence after a space or tab.
    private static string? AttributeValue(string elem, string name)
    {
        var probe = name + "=";
        for (var q = elem.LastIndexOf(probe, StringComparison.Ordinal); q > 0; q = elem.LastIndexOf(probe, q + probe.Length - 2, StringComparison.Ordinal))
        {
            if (elem[q - 1] is not (' ' or '\t')) continue;
            var open = q + probe.Length;
            if (open >= elem.Length || elem[open] is not ('"' or '\'')) continue;
            var closing = elem.IndexOf(elem[open], open + 1);
            if (closing < 0) continue;
            return elem[(open + 1)..closing];
        }
        return null;
    }

    // _extractTextFromCompositeElement: /^.*>([^<]*)<.*$/, the text after the last '>' that some '<' follows.
    private static string? TextOf(string elem)
    {
        var lastOpen = elem.LastIndexOf('<');
        if (lastOpen <= 0) return null;
        var gt = elem.LastIndexOf('>', lastOpen - 1);
        if (gt < 0) return null;
        var end = elem.IndexOf('<', gt + 1);
        return Decode(elem[(gt + 1)..end]);
    }

    // _decodeHtmlEntities, pass by pass in its order: each pass reads what the one before wrote.
    private static string Decode(string s)
    {
        if (!s.Contains('&')) return s;
        s = s.Replace("&amp;", "&").Replace("&quot;", "\"").Replace("&gt;", ">").Replace("&lt;", "<");
        s = DecodeNumeric(s, hex: false);
        return DecodeNumeric(s, hex: true);
    }

    // /&#([0-9]{1,6});/gi or /&#x([a-f0-9]{1,6});/gi, each replaced by String.fromCharCode (which keeps the low 16 bits).
    private static string DecodeNumeric(string s, bool hex)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == '&' && i + 1 < s.Length && s[i + 1] == '#')
            {
                var start = i + 2;
                if (hex)
                {
                    if (start < s.Length && s[start] is 'x' or 'X') start++;
                    else start = -1;
                }
                if (start >= 0)
                {
                    var end = start;
                    while (end < s.Length && end - start < 6 && (hex ? char.IsAsciiHexDigit(s[end]) : char.IsAsciiDigit(s[end]))) end++;
                    if (end > start && end < s.Length && s[end] == ';')
                    {
                        var value = int.Parse(s.AsSpan(start, end - start), hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture);
                        sb.Append((char)(value & 0xFFFF));
                        i = end + 1;
                        continue;
                    }
                }
            }
            sb.Append(s[i]);
            i++;
        }
        return sb.ToString();
    }

    // JSON.stringify's layout: {"name":…,"attrs":{…},"children":[…]}, no spaces.
    private static void Write(Node node, StringBuilder json)
    {
        json.Append("{\"name\":");
        if (node.Name is null) json.Append("null");
        else WriteString(node.Name, json);
        json.Append(",\"attrs\":{");
        for (var i = 0; i < node.Attributes.Count; i++)
        {
            if (i > 0) json.Append(',');
            WriteString(node.Attributes[i].Key, json);
            json.Append(':');
            WriteString(node.Attributes[i].Value, json);
        }
        json.Append("},\"children\":[");
        for (var i = 0; i < node.Children.Count; i++)
        {
            if (i > 0) json.Append(',');
            if (node.Children[i] is Node child) Write(child, json);
            else WriteString((string)node.Children[i], json);
        }
        json.Append("]}");
    }

    // JSON.stringify's string escapes (ES2019, well-formed): short forms, \u00xx below U+0020, lone surrogates as \udxxx.
    private static void WriteString(string s, StringBuilder json)
    {
        json.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\b': json.Append("\\b"); break;
                case '\f': json.Append("\\f"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                default:
                    if (c < ' ')
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                        json.Append(c).Append(s[++i]);
                    else if (char.IsSurrogate(c))
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        json.Append(c);
                    break;
            }
        }
        json.Append('"');
    }
}
