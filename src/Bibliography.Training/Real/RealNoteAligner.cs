using System.Globalization;
using System.Text;
using Bibliography.Parsing;
using Bibliography.Parsing.Labelling;

namespace Bibliography.Training.Real;

/// <summary>What aligning the development half gave: the labelled notes, and each note left out with why.</summary>
/// <param name="Aligned">The notes every expected field of which was found, as labelled notes in the training format.</param>
/// <param name="Skipped">The notes left out (a field not found as written, or found where it cannot be), with the reason.</param>
public sealed record Alignment(IReadOnlyList<(EvaluationNote Source, LabelledNote Labelled)> Aligned, IReadOnlyList<(EvaluationNote Source, string Reason)> Skipped);

/// <summary>
/// Turns real footnotes of the evaluation set into training notes for the labeller: each expected field (written as a
/// substring of the note) is found in the note, with the spelling differences the scorer forgives (case, quotation
/// marks, dashes, runs of spaces), and becomes a labelled span; an author's initials and given names next to the family
/// name the line records join its span, as the synthetic notes label them; an ibid citation's phrase is labelled ibid;
/// words outside every citation (before the first, between two, after the last) are prose; everything else (level
/// keywords, punctuation, parts the scorer records nowhere) is outside. A note any field of which cannot be placed is
/// skipped whole, so a half-labelled note never teaches the model that a field is prose.
/// </summary>
public static class RealNoteAligner
{
    /// <summary>The labeller's label of each scored field.</summary>
    public static readonly IReadOnlyDictionary<string, string> LabelOfField = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["archive"] = "archive", ["fond"] = "fond", ["opis"] = "opis", ["delo"] = "delo", ["locator"] = "locator",
        ["authors"] = "author", ["editors"] = "editor", ["compilers"] = "compiler", ["title"] = "title",
        ["container"] = "container", ["place"] = "place", ["publisher"] = "publisher", ["year"] = "date",
        ["volume"] = "volume", ["issue"] = "issue",
    };

    private static readonly HashSet<string> NameFields = ["authors", "editors", "compilers"];

    /// <summary>Aligns the notes given (the caller passes development-half notes only; a test-half note is refused).</summary>
    public static Alignment Align(IEnumerable<EvaluationNote> notes)
    {
        var aligned = new List<(EvaluationNote, LabelledNote)>();
        var skipped = new List<(EvaluationNote, string)>();
        foreach (var note in notes)
        {
            if (note.Split != "dev") throw new ArgumentException($"{note.Id} is in the test half, which is never trained on.", nameof(notes));
            if (Align(note, out var reason) is { } labelled) aligned.Add((note, labelled));
            else skipped.Add((note, reason!));
        }
        return new Alignment(aligned, skipped);
    }

    /// <summary>The note labelled, or null with <paramref name="reason"/> when some field cannot be placed.</summary>
    public static LabelledNote? Align(EvaluationNote note, out string? reason)
    {
        var text = note.Note;
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        if (tokens.Count == 0 || tokens.Count > LabellerTrainer.MaxTokens) { reason = "no tokens, or more than the labeller reads"; return null; }
        var starts = tokens.Select(t => t.Start).ToHashSet();
        var ends = tokens.Select(t => t.End).ToHashSet();
        var (folded, map) = Fold(text);
        var spans = new List<(int Start, int End, string Label, int Citation)>();
        var cursor = 0;
        var citation = 0;
        foreach (var expected in note.Citations)
        {
            var wanted = new List<(string Field, string Value)>();
            foreach (var (field, values) in expected.Values)
                foreach (var value in values)
                    if (!string.IsNullOrWhiteSpace(value)) wanted.Add((field, value));
            var mine = new List<(int Start, int End, string Label, int Citation)>();
            if (expected.Kind == "ibid")
            {
                var ibid = FindIbid(text, cursor, starts, ends);
                if (ibid is null) { reason = $"citation {citation + 1}: no ibid phrase"; return null; }
                mine.Add((ibid.Value.Start, ibid.Value.End, "ibid", citation));
            }
            if (wanted.Count == 0 && mine.Count == 0) { reason = $"citation {citation + 1} has no field to label"; return null; }
            // The longest values first: they occur once, and the short ones (a year, a page) are then taken nearest them.
            foreach (var (field, value) in wanted.OrderByDescending(w => w.Value.Length).ThenBy(w => Array.IndexOf(EvaluationData.Fields, w.Field)))
            {
                var (from, to) = mine.Count == 0 ? (cursor, cursor) : (mine.Min(s => s.Start), mine.Max(s => s.End));
                (int Start, int End)? best = null;
                var bestDistance = int.MaxValue;
                foreach (var (s, e) in Occurrences(folded, map, Fold(value.Trim()).Text.Trim()))
                {
                    if (s < cursor || !starts.Contains(s) || !ends.Contains(e)) continue;
                    if (spans.Concat(mine).Any(o => s < o.End && o.Start < e)) continue;
                    var distance = e <= from ? from - e : s >= to ? s - to : 0;
                    if (distance < bestDistance) { best = (s, e); bestDistance = distance; }
                }
                if (best is null) { reason = $"citation {citation + 1}: {field} «{value}» not found as written"; return null; }
                var (start, end) = best.Value;
                if (NameFields.Contains(field)) (start, end) = WithGivenNames(text, tokens, start, end, spans.Concat(mine));
                mine.Add((start, end, LabelOfField[field], citation));
            }
            var first = mine.Min(s => s.Start);
            if (spans.Count > 0 && first < spans.Max(s => s.End)) { reason = $"citation {citation + 1} overlaps the one before it"; return null; }
            spans.AddRange(mine);
            cursor = mine.Max(s => s.End);
            citation++;
        }
        spans.AddRange(Prose(text, tokens, spans));
        reason = null;
        return new LabelledNote(text, spans.OrderBy(s => s.Start).ToList());
    }

    // The text lower-cased, its dashes one hyphen, its quotation marks dropped and its runs of spaces one space, with the
    // offset in the text of every character kept.
    private static (string Text, int[] Map) Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '«' or '»' or '"' or '“' or '”' or '„' or '‘' or '’' or '\'') continue;
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] == ' ') continue;
                c = ' ';
            }
            else if (c is >= '‐' and <= '―' or '−') c = '-';
            sb.Append(char.ToLowerInvariant(c));
            map.Add(i);
        }
        return (sb.ToString(), map.ToArray());
    }

    private static IEnumerable<(int Start, int End)> Occurrences(string folded, int[] map, string value)
    {
        if (value.Length == 0) yield break;
        for (var at = folded.IndexOf(value, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(value, at + 1, StringComparison.Ordinal))
            yield return (map[at], map[at + value.Length - 1] + 1);
    }

    // The first ibid phrase of the vocabulary at or after the cursor, as a whole phrase (its trailing dot included, as the
    // synthetic notes label "Ibid.").
    private static (int Start, int End)? FindIbid(string text, int cursor, HashSet<int> starts, HashSet<int> ends)
    {
        (int Start, int End)? best = null;
        foreach (var (phrase, _) in Vocabulary.IbidPhrases)
        {
            var at = text.IndexOf(phrase, cursor, StringComparison.OrdinalIgnoreCase);
            while (at >= 0 && !(starts.Contains(at) && ends.Contains(at + phrase.Length)))
                at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var end = at + phrase.Length;
            if (end < text.Length && text[end] == '.' && !phrase.EndsWith('.')) end++;
            if (best is null || at < best.Value.Start || at == best.Value.Start && end > best.Value.End) best = (at, end);
        }
        return best;
    }

    // A name's span widened over the initials and given names written next to the family name ("A. B. Ivanov", "Иванов
    // И. И.", "Harrison Salisbury"), where nothing else is labelled: the synthetic notes label the whole name. A
    // capitalised word before the name is taken for a given name unless it opens commentary ("See Ivanov").
    private static (int Start, int End) WithGivenNames(string text, List<Token> tokens, int start, int end, IEnumerable<(int Start, int End, string Label, int Citation)> taken)
    {
        var busy = taken.ToList();
        bool Free(int i) => !busy.Any(s => tokens[i].Start < s.End && s.Start < tokens[i].End);
        bool Initial(int i) => i >= 0 && i + 1 < tokens.Count && tokens[i].Kind == TokenKind.Word && tokens[i].Length <= 3
                               && char.IsUpper(text[tokens[i].Start]) && text[tokens[i + 1].Start] == '.' && tokens[i + 1].Length == 1 && Free(i) && Free(i + 1);
        var first = tokens.FindIndex(t => t.Start == start);
        var last = tokens.FindIndex(t => t.End == end);
        if (first < 0 || last < 0) return (start, end);
        // Backward: initials ("A. B."), then up to two given names ("Harriet", "Lynne"), stopping at commentary ("See").
        var k = first;
        while (Initial(k - 2)) k -= 2;
        for (var given = 0; given < 2 && k - 1 >= 0; given++)
        {
            var t = tokens[k - 1];
            if (t.Kind != TokenKind.Word || t.Length < 2 || !char.IsUpper(text[t.Start]) || !Free(k - 1)
                || !text.AsSpan(t.Start + 1, t.Length - 1).ToString().All(char.IsLower)
                || Conventions.CommentaryPrefixAt(text, t.Start, text.Length) > 0) break;
            k--;
        }
        // Forward: initials after the family name ("Иванов И. И.").
        var m = last;
        while (Initial(m + 1) && tokens[m + 1].SpaceBefore) m += 2;
        return (tokens[k].Start, tokens[m].End);
    }

    // Words outside every citation, before the first, between two, after the last, at least one of them not an
    // abbreviation. They are commentary ("See", "Цит.
    // по:", "Подлинник", "emphasis added"), labelled prose as the synthetic notes label theirs; the keywords and
    // punctuation inside a citation stay outside.
    private static IEnumerable<(int Start, int End, string Label, int Citation)> Prose(string text, List<Token> tokens, List<(int Start, int End, string Label, int Citation)> spans)
    {
        var byCitation = spans.GroupBy(s => s.Citation).OrderBy(g => g.Key).Select(g => (Start: g.Min(s => s.Start), End: g.Max(s => s.End), g.Key)).ToList();
        var gaps = new List<(int From, int To, int Citation)> { (0, byCitation[0].Start, byCitation[0].Key) };
        for (var c = 1; c < byCitation.Count; c++) gaps.Add((byCitation[c - 1].End, byCitation[c].Start, byCitation[c].Key));
        gaps.Add((byCitation[^1].End, text.Length, byCitation[^1].Key));
        foreach (var (from, to, citation) in gaps)
        {
            var words = tokens.Where(t => t.Start >= from && t.End <= to && t.Kind == TokenKind.Word).ToList();
            // Only abbreviations ("f." of a shelf mark continued after ";"): a keyword of the next citation, not prose.
            if (!words.Any(w => w.Length >= 3)) continue;
            var end = words[^1].End;
            if (end < to && text[end] == '.') end++;
            yield return (words[0].Start, end, "prose", citation);
        }
    }
}
