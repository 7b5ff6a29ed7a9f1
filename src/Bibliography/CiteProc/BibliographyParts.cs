using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.CiteProc;

/// <summary>
/// One bibliography rendered as disjoint parts on several engines at once and joined into exactly what one engine
/// renders, or rendered whole when that cannot be shown.
/// </summary>
/// <remarks>
/// Each part registers only its own items, so two engines each do about half of citeproc's work (registration,
/// disambiguation and rendering are all roughly linear in the items). That is exact only where the parts cannot affect
/// each other, which citeproc-js (2.4.63) allows in these ways, each handled here or in driver.js:
/// <list type="bullet">
/// <item>Disambiguation acts within a pool of items whose ambiguous cites are equal (registry.ambigcites), and global
/// given-name rules among names sharing a family key (the name registry's pkey, the family name without periods).
/// Parts are therefore unions of items linked by any creator's family (or literal) name, every role counted; items with
/// no creator form one group, since their cites collide on titles, years or nothing at all. The parts then report their
/// pools and family keys, and any shared between two parts means the whole is rendered.</item>
/// <item>The order: each part is sorted by citeproc; the join merges them with the style's own comparator
/// (registry.sorter.compareKeys over each item's sort keys, then seq), on an engine, so that collation is the runtime's.
/// seq is the registration order, the same in every part as in the whole registration since a part registers a
/// subsequence of the whole list; the join is given the whole list's positions.</item>
/// <item>subsequent-author-substitute compares an entry's names with the last names rendered before it
/// (tmp.last_rendered_name). The parts record what each entry read and wrote of it, and the join replays the chain in the
/// joined order: every entry must decide as it did in its part.</item>
/// <item>citation-number anywhere in the style numbers entries across the whole list: such styles are rendered whole.
/// maxoffset is a maximum over entries, so the maximum of the parts'. Parallel cites and containers (grouped entries)
/// are rendered whole.</item>
/// </list>
/// </remarks>
internal static class BibliographyParts
{
    /// <summary>The key of every item without a creator: they share one part.</summary>
    private const string NoCreator = "\u0000no creator";

    /// <summary>What the split decided: the parts (indices into the items, in registration order) or why the bibliography is rendered whole.</summary>
    internal sealed record Plan(IReadOnlyList<int[]> Parts, IReadOnlyList<string> Ids, string? WholeReason);

    /// <summary>
    /// Splits the items registered for a bibliography (<paramref name="ids"/> in order, or all items) into at most
    /// <paramref name="parts"/> parts no two of which share a creator's family name, balanced by size.
    /// </summary>
    internal static Plan Split(string styleXml, JArray items, IReadOnlyList<string>? ids, int parts)
    {
        if (styleXml.Contains("citation-number", StringComparison.Ordinal)) return Whole("the style numbers its entries (citation-number)");
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            // The driver rejects items without an id or type, naming their position in the whole list: leave that to it.
            if (items[i] is not JObject item || Id(item) is not { } id || item["type"] is not JValue { Type: JTokenType.String } type
                || string.IsNullOrEmpty((string?)type) || !byId.TryAdd(id, i))
                return Whole("an item has no id or type, or its id occurs twice");
        }
        var order = new List<int>(ids?.Count ?? items.Count);
        if (ids is null) order.AddRange(Enumerable.Range(0, items.Count));
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                if (!byId.TryGetValue(id, out var index) || !seen.Add(id)) return Whole("an id is unknown or given twice");
                order.Add(index);
            }
        }

        // Union-find over the positions in `order`: items sharing a name key are joined.
        var parent = Enumerable.Range(0, order.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        var firstWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < order.Count; n++)
        {
            var any = false;
            foreach (var key in NameKeys((JObject)items[order[n]]))
            {
                any = true;
                Join(key, n);
            }
            if (!any) Join(NoCreator, n);
        }
        void Join(string key, int n)
        {
            if (firstWithKey.TryGetValue(key, out var other)) parent[Find(n)] = Find(other);
            else firstWithKey[key] = n;
        }

        // Largest group first into the smallest part: a part is as slow as its items.
        var groups = Enumerable.Range(0, order.Count).GroupBy(Find).OrderByDescending(g => g.Count()).ThenBy(g => g.Key);
        var members = Enumerable.Range(0, parts).Select(_ => new List<int>()).ToArray();
        foreach (var group in groups) members.MinBy(m => m.Count)!.AddRange(group);
        var split = members.Where(m => m.Count > 0).Select(m => m.Order().Select(n => order[n]).ToArray()).ToList();
        if (split.Count < 2) return Whole("the items form one group (they share names, or have none)");
        return new Plan(split, order.Select(i => Id((JObject)items[i])!).ToList(), null);
    }

    private static Plan Whole(string reason) => new([], [], reason);

    /// <summary>The id as the driver reads it (String(item.id)), or null when it is missing or not a plain string or integer.</summary>
    internal static string? Id(JObject item) => item["id"] switch
    {
        JValue { Type: JTokenType.String } s when !string.IsNullOrEmpty((string?)s) => (string)s!,
        JValue { Type: JTokenType.Integer } n => Convert.ToString(n.Value, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>
    /// A key for every name of every role: the last word of the family name with its particle (or of the literal, or the
    /// given name), periods dropped, compatibility-normalised and lower-cased. Coarser than citeproc's family key, so
    /// names citeproc registers together, or renders alike, share a key.
    /// </summary>
    internal static IEnumerable<string> NameKeys(JObject item)
    {
        foreach (var property in item.Properties())
        {
            if (property.Value is not JArray names) continue;
            foreach (var name in names.OfType<JObject>())
            {
                var family = Text(name, "family");
                var text = family is not null ? Text(name, "non-dropping-particle") + " " + family
                    : Text(name, "literal") ?? Text(name, "given");
                if (text is null) continue;
                var words = text.Replace('.', ' ').Normalize(NormalizationForm.FormKC).ToLowerInvariant()
                    .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 0) yield return words[^1];
            }
        }
    }

    private static string? Text(JObject o, string key) => o[key] is JValue { Type: JTokenType.String } v ? (string?)v : null;

    /// <summary>The render request of one part: the engine request, the part's items (and its ids when the caller chose them), flagged as a part.</summary>
    internal static string PartRequest(JObject engineRequest, JArray items, int[] part, bool withIds)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text))
        {
            writer.WriteStartObject();
            foreach (var property in engineRequest.Properties()) property.WriteTo(writer);
            writer.WritePropertyName("bibliography");
            writer.WriteValue(true);
            writer.WritePropertyName("part");
            writer.WriteValue(true);
            // Written in place: adding these tokens to a new JArray would copy each (they have a parent).
            writer.WritePropertyName("items");
            writer.WriteStartArray();
            foreach (var index in part) items[index].WriteTo(writer);
            writer.WriteEndArray();
            if (withIds)
            {
                writer.WritePropertyName("ids");
                writer.WriteStartArray();
                foreach (var index in part) writer.WriteValue(Id((JObject)items[index]));
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        return text.ToString();
    }

    /// <summary>Why the parts' answers cannot be joined (a part's own reason, differing layout, a shared pool or family key), or null.</summary>
    internal static string? CheckParts(IReadOnlyList<JObject> bibliographies)
    {
        string[] layout = ["bibstart", "bibend", "entryspacing", "linespacing", "hangingindent", "secondFieldAlign"];
        var pools = new HashSet<string>(StringComparer.Ordinal);
        var families = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < bibliographies.Count; p++)
        {
            var b = bibliographies[p];
            if (b["part"] is not JObject part) return "a part was not described";
            if (part.Value<string>("whole") is { } whole) return whole;
            foreach (var key in layout)
                if (!JToken.DeepEquals(b[key], bibliographies[0][key])) return $"the parts differ in {key}";
            // A pool or family key met again in a later part is one the parts share.
            var partPools = part["akeys"]!.Select(t => (string)t!).ToList();
            var partFamilies = part["names"]!.Select(t => (string)t!).ToList();
            if (partPools.Any(pools.Contains)) return "a disambiguation pool spans two parts";
            if (partFamilies.Any(families.Contains)) return "a family name is registered in two parts";
            pools.UnionWith(partPools);
            families.UnionWith(partFamilies);
        }
        return null;
    }

    /// <summary>The joinBibliography request: each part's entries' sort keys, whole-list registration numbers and substitution records.</summary>
    internal static string JoinRequest(JObject engineRequest, IReadOnlyList<JObject> bibliographies, IReadOnlyList<string> allIds)
    {
        var seq = new Dictionary<string, int>(allIds.Count, StringComparer.Ordinal);
        for (var i = 0; i < allIds.Count; i++) seq[allIds[i]] = i + 1;
        var request = (JObject)engineRequest.DeepClone();
        request["parts"] = new JArray(bibliographies.Select(b => new JObject
        {
            ["keys"] = b["part"]!["keys"],
            ["seq"] = new JArray(b["ids"]!.Select(entry => seq[(string)entry[0]!])),
            ["subst"] = b["part"]!["subst"],
        }));
        return request.ToString(Formatting.None);
    }

    /// <summary>The joined bibliography in the driver's answer shape: entries and ids in <paramref name="order"/> (part, index pairs), the largest maxoffset, the first part's layout.</summary>
    internal static JObject Join(IReadOnlyList<JObject> bibliographies, JArray order)
    {
        var entries = new JArray();
        var ids = new JArray();
        for (var i = 0; i < order.Count; i += 2)
        {
            var b = bibliographies[(int)order[i]];
            var index = (int)order[i + 1];
            entries.Add(b["entries"]![index]!.DeepClone());
            ids.Add(b["ids"]![index]!.DeepClone());
        }
        var joined = (JObject)bibliographies[0].DeepClone();
        joined.Remove("part");
        joined["entries"] = entries;
        joined["ids"] = ids;
        var offsets = bibliographies.Select(b => b.Value<int?>("maxoffset")).Where(o => o is not null).ToList();
        joined["maxoffset"] = offsets.Count > 0 ? offsets.Max() : bibliographies[0]["maxoffset"];
        return joined;
    }
}
